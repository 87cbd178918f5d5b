"""The numbers behind the report's charts, from the weekly tables of each run: quarterly
series of the headline quantities and of staff in post, with a t interval across
replications, budgets by year, and the headline figures by group.

Each run's tables are read as views on the engine's memory and reduced at once, so a
comparison of many scenarios never holds every weekly table of every run together.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd
import xarray as xr

from ..intervals import figures_may_be_undefined, t_half_width
from ..replicate import Replications
from ..results import Results, weekly_totals

WEEKS_PER_YEAR = 365.25 / 7
DAYS_PER_QUARTER = 365.25 / 4
# A last quarter with fewer weeks than this (the horizon ends in it) is left out.
MIN_WEEKS_IN_QUARTER = 7


@dataclass(frozen=True)
class Quantity:
    """A figure computed from a run's weekly tables, per quarter or per group."""

    key: str
    label: str  # plain words
    unit: str
    headline: str | None  # the summary figure it tracks, if any
    # (numerator, denominator) of one run's dataset, each summed over the weeks given
    parts: Callable[[xr.Dataset], tuple[xr.DataArray, xr.DataArray]]
    scale: float  # the ratio of the sums times this


def _total(variable: xr.DataArray, keep: tuple[str, ...] = ()) -> xr.DataArray:
    return weekly_totals(variable, ("week", *keep))


def _per_year(metric: str, select: dict | None = None) -> Callable:
    def parts(d: xr.Dataset) -> tuple[xr.DataArray, xr.DataArray]:
        variable = d[metric] if select is None else d[metric].sel(select)
        return variable, d["person_weeks_alive"]

    return parts


def _wait(service: str) -> Callable:
    def parts(d: xr.Dataset) -> tuple[xr.DataArray, xr.DataArray]:
        select = {"service": service}
        return d["wait_days_sum"].sel(select), d["treatment_starts"].sel(select)

    return parts


def _stock_per_population(metric: str) -> Callable:
    def parts(d: xr.Dataset) -> tuple[xr.DataArray, xr.DataArray]:
        return d[metric], d["population"]

    return parts


PER_100K_A_YEAR = 100_000 * WEEKS_PER_YEAR
PER_1000_A_YEAR = 1_000 * WEEKS_PER_YEAR

RUN_CHARTS = [
    Quantity("people_helped", "People helped (responded to treatment)", "per 1,000 people a year",
             "treatment_responses_per_1000_per_year", _per_year("responses"), PER_1000_A_YEAR),
    Quantity("treatment_starts", "People starting treatment", "per 1,000 people a year",
             None, _per_year("treatment_starts"), PER_1000_A_YEAR),
    Quantity("wait_high_intensity",
             "Wait for high-intensity therapy (mean of the quarter's starters)", "days",
             "wait_mean_days_high_intensity", _wait("high_intensity"), 1.0),
    Quantity("waiting", "People on a waiting list (any step of care)", "per 100,000 people",
             None, _stock_per_population("waiting"), 100_000),
    Quantity("crises", "Crises", "per 100,000 people a year",
             "crises_per_100k_per_year", _per_year("crises"), PER_100K_A_YEAR),
    Quantity("police_contacts", "Police contacts in a crisis", "per 100,000 people a year",
             "police_contacts_per_100k_per_year",
             _per_year("crisis_site_arrivals", {"crisis_site": "police"}), PER_100K_A_YEAR),
    Quantity("arrests", "Arrests in a crisis", "per 100,000 people a year",
             "arrests_per_100k_per_year", _per_year("arrests"), PER_100K_A_YEAR),
    Quantity("ed_boarding_hours", "Hours boarding in the emergency department", "per 100,000 people a year",
             "ed_boarding_hours_per_100k_per_year", _per_year("ed_boarding_hours_sum"), PER_100K_A_YEAR),
    Quantity("suicides", "Suicides", "per 100,000 people a year",
             "suicides_per_100k_per_year", _per_year("suicides"), PER_100K_A_YEAR),
    Quantity("cost", "Cost of care and justice (undiscounted)", "{money} per person a year",
             "cost_total_discounted", _per_year("costs"), WEEKS_PER_YEAR),
]  # fmt: skip


# Every weekly table the report reads (the run charts, staff and budgets; equity reads each
# run's summary by group): a comparison made for a report need keep no other
# (``mhsim.compare(..., weekly=REPORT_TABLES)``).
REPORT_TABLES = [
    "population", "person_weeks_alive", "responses", "treatment_starts",
    "wait_days_sum", "waiting", "crises", "crisis_site_arrivals", "arrests",
    "ed_boarding_hours_sum", "suicides", "costs", "budget", "staff_fte",
]  # fmt: skip


def quarter_of_week(week_start_day: np.ndarray) -> np.ndarray:
    return np.floor(np.asarray(week_start_day, dtype=float) / DAYS_PER_QUARTER).astype(int)


def _full_quarters(quarters: np.ndarray) -> np.ndarray:
    labels, counts = np.unique(quarters, return_counts=True)
    return labels[counts >= MIN_WEEKS_IN_QUARTER]


@dataclass
class Band:
    """Mean over replications and its t interval, per step (quarter or year)."""

    x: np.ndarray  # years since the start of the reported period
    mean: np.ndarray
    lower: np.ndarray  # NaN where there is no interval (one replication)
    upper: np.ndarray


def band(values: np.ndarray, x: np.ndarray, level: float) -> Band:
    """``values`` (replication, step) -> the mean and its t interval per step."""
    with figures_may_be_undefined():
        mean = np.nanmean(values, axis=0)
    half = t_half_width(values, level) if len(values) > 1 else np.full(mean.shape, np.nan)
    return Band(x, mean, mean - half, mean + half)


def tables(run: Results) -> xr.Dataset:
    """The run's weekly tables (views on the engine's memory), built once per run."""
    dataset = _TABLES.get(run)
    if dataset is None:
        dataset = _TABLES[run] = run.to_xarray()
    return dataset


_TABLES: weakref.WeakKeyDictionary[Results, xr.Dataset] = weakref.WeakKeyDictionary()


def _by_quarter(variable: xr.DataArray, quarters: np.ndarray, keep: tuple[str, ...]) -> np.ndarray:
    """Sums over the weeks of each quarter: (quarter, *keep); the weeks run in order."""
    values = _total(variable, keep).transpose("week", *keep).to_numpy()
    starts = np.flatnonzero(np.r_[True, np.diff(quarters) != 0])
    return np.add.reduceat(values, starts, axis=0)


def _quarterly(d: xr.Dataset, quantity: Quantity, quarters: np.ndarray, keep: tuple[str, ...] = ()):
    """The quantity per quarter (rows: every quarter the weeks reach, in order)."""
    numerator, denominator = quantity.parts(d)
    num = _by_quarter(numerator, quarters, keep)
    den = _by_quarter(denominator, quarters, ())
    den = den.reshape(den.shape + (1,) * (num.ndim - den.ndim))
    with np.errstate(invalid="ignore", divide="ignore"):
        return num / den * quantity.scale


def quarterly_series(runs: Replications, quantities: list[Quantity], level: float) -> dict[str, Band]:
    """Each quantity per quarter of the reported period for one scenario."""
    per_run: dict[str, list[np.ndarray]] = {q.key: [] for q in quantities}
    x = None
    for run in runs.runs:
        d = tables(run)
        quarters = quarter_of_week(d["week"].to_numpy())
        full = _full_quarters(quarters)
        x = (full + 0.5) / 4
        for q in quantities:
            per_run[q.key].append(_quarterly(d, q, quarters)[full - quarters[0]])
    return {key: band(np.array(values), x, level) for key, values in per_run.items()}


def staff_series(runs: Replications, level: float) -> dict[str, Band]:
    """Staff in post per 100,000 people by cadre, quarterly means."""
    per_cadre: dict[str, list[np.ndarray]] = {}
    x = None
    staff = Quantity("staff", "", "", None, _stock_per_population("staff_fte"), 100_000)
    for run in runs.runs:
        d = tables(run)
        quarters = quarter_of_week(d["week"].to_numpy())
        full = _full_quarters(quarters)
        x = (full + 0.5) / 4
        # staff_fte has no strata; the population is summed to a total per week.
        per_quarter = _quarterly(d, staff, quarters, keep=("cadre",))[full - quarters[0]]
        for i, cadre in enumerate(d["cadre"].to_numpy()):
            per_cadre.setdefault(str(cadre), []).append(per_quarter[:, i])
    return {cadre: band(np.array(values), x, level) for cadre, values in per_cadre.items()}


def budget_table(runs: Replications) -> pd.DataFrame:
    """Budget, spending and balance by (year, budget_line), the mean over replications."""
    tables = [run.budget_by_year() for run in runs.runs]
    unit = tables[0].attrs["unit"]
    mean = pd.concat(tables).groupby(level=["year", "budget_line"], sort=False).mean()
    mean.attrs["unit"] = unit
    return mean
