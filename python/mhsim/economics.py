"""The money side of the results: each budget line's budget and spending by budget year
for one run, and the cost-effectiveness of each reform against the baseline on paired
runs: incremental cost, DALYs averted, the incremental cost per DALY averted (ICER) and
the net monetary benefit at a willingness to pay per DALY; and the return on investment
(health-system savings and productivity gained per unit of extra cost).

Each replication of a reform is paired with the baseline's replication of the same
seed, so the increments are per replication and their intervals paired. The ICER is
the ratio of the mean increments; its sampling distribution is awkward (the
denominator can be near zero), so its interval is a percentile bootstrap over the
pairs, missing when the denominator's sign is uncertain, and decisions should read the
net monetary benefit, whose interval is an ordinary paired interval.

The helpers take the engine's results and summary tables, not ``Results`` or
``Comparison``, so that both of those can use them without an import cycle.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from . import _core
from .catalogue import check_figures
from .intervals import defined, mean_interval


def budget_by_year(run: _core.Results) -> pd.DataFrame:
    """Each budget line's budget, spending and balance (unspent if positive, overspent if
    negative) per budget year, indexed by (year, budget_line); years count from 0."""
    budget = run.table("budget")
    costs = run.table("costs")
    lines = run.dimensions["budget_line"]
    years = [_core.budget_year_of_week(w) for w in range(len(run.week_start_day))]
    given = pd.DataFrame(np.asarray(budget["values"]), columns=lines).groupby(years).sum()
    cost_lines = run.dimensions["cost_line"]
    spent = pd.DataFrame(np.asarray(costs["values"]), columns=cost_lines)[lines].groupby(years).sum()
    table = pd.concat({"budget": given.stack(), "spent": spent.stack()}, axis=1).rename_axis(
        ["year", "budget_line"]
    )
    table["balance"] = table["budget"] - table["spent"]
    table.attrs["unit"] = budget["unit"]
    return table


def _quadrant(incremental_cost: float, dalys_averted: float) -> str:
    if dalys_averted > 0 and incremental_cost <= 0:
        return "dominant"  # better health for less money
    if dalys_averted < 0 and incremental_cost >= 0:
        return "dominated"
    return "trade-off"


def _defined_pairs(*increments: np.ndarray) -> tuple[np.ndarray, ...]:
    """The paired increments of the replications where all of them are defined (a figure may be NaN
    in a run): the intervals, ratios and ``n`` of a row are all over these."""
    keep = defined(*increments)
    return tuple(np.asarray(values, dtype=float)[keep] for values in increments)


def _with_intervals(
    row: dict, named_values: list[tuple[str, np.ndarray]], level: float, method: str = "t"
) -> None:
    """Adds each paired increment's mean and interval to ``row`` as label, label_lower, label_upper."""
    for label, values in named_values:
        mean, lower, upper = mean_interval(values, level, method)
        row.update({label: mean, f"{label}_lower": lower, f"{label}_upper": upper})


def _with_ratio(row: dict, label: str, numerator: np.ndarray, denominator: np.ndarray, level: float) -> None:
    """Adds the ratio of mean increments and its bootstrap interval (``_ratio_interval``) to ``row``."""
    ratio, lower, upper = _ratio_interval(numerator, denominator, level)
    row.update({label: ratio, f"{label}_lower": lower, f"{label}_upper": upper})


def cost_effectiveness_table(
    baseline: pd.DataFrame,
    reforms: Mapping[str, pd.DataFrame],
    willingness_to_pay_per_daly: float,
    cost: str = "cost_total_discounted",
    effect: str = "dalys_discounted",
    level: float = 0.95,
    method: str = "t",
) -> pd.DataFrame:
    """One row per reform. ``baseline`` and each of ``reforms`` hold the summary figures of
    their replications (``Replications.summary()``), row i of each from the same seed;
    ``cost`` and ``effect`` name summary figures (the defaults discount both at
    ``economics.discount_rate_per_year``)."""
    if not willingness_to_pay_per_daly >= 0:
        raise ValueError(
            f"willingness_to_pay_per_daly must be a number >= 0, not {willingness_to_pay_per_daly!r}"
        )
    check_figures([cost, effect], list(baseline.columns))
    rows = []
    for name, reform in reforms.items():
        incremental_cost, dalys_averted = _defined_pairs(
            reform[cost].to_numpy() - baseline[cost].to_numpy(),
            baseline[effect].to_numpy() - reform[effect].to_numpy(),
        )
        net_benefit = willingness_to_pay_per_daly * dalys_averted - incremental_cost
        row = {"reform": name}
        _with_intervals(
            row,
            [
                ("incremental_cost", incremental_cost),
                ("dalys_averted", dalys_averted),
                ("net_monetary_benefit", net_benefit),
            ],
            level,
            method,
        )
        _with_ratio(row, "icer_per_daly_averted", incremental_cost, dalys_averted, level)
        row["quadrant"] = _quadrant(row["incremental_cost"], row["dalys_averted"])
        row["willingness_to_pay_per_daly"] = willingness_to_pay_per_daly
        row["cost_unit"] = baseline.attrs["units"][cost]
        row["n"] = len(incremental_cost)
        rows.append(row)
    return pd.DataFrame(rows).set_index("reform")


RATIO_RESAMPLES = 2_000


def _ratio_interval(
    numerator: np.ndarray, denominator: np.ndarray, level: float
) -> tuple[float, float, float]:
    """The ratio of the mean paired increments, with a percentile bootstrap interval over the
    pairs (a fixed random state): the usual interval for an ICER, whose t interval does not exist."""
    mean_denominator = denominator.mean()
    point = numerator.mean() / mean_denominator if mean_denominator != 0 else np.nan
    if len(numerator) < 2 or np.isnan(point):
        return (point, np.nan, np.nan)
    rng = np.random.default_rng(0)
    picks = rng.integers(0, len(numerator), size=(RATIO_RESAMPLES, len(numerator)))
    with np.errstate(divide="ignore", invalid="ignore"):
        ratios = numerator[picks].mean(axis=1) / denominator[picks].mean(axis=1)
    # A resample whose denominator changes sign makes the ratio meaningless: no interval then.
    if np.any(np.sign(denominator[picks].mean(axis=1)) != np.sign(mean_denominator)):
        return (point, np.nan, np.nan)
    tail = (1 - level) / 2 * 100
    lower, upper = np.percentile(ratios, [tail, 100 - tail])
    return (point, float(lower), float(upper))


def return_on_investment_table(
    baseline: pd.DataFrame,
    reforms: Mapping[str, pd.DataFrame],
    budget_lines: list[str],
    level: float = 0.95,
) -> pd.DataFrame:
    """One row per reform: what it returns for each pound of extra spending, paired by seed.

    The extra cost is the rise in spending on the health-and-care budget lines whose mean
    spending rose; the health-system savings are the fall on the lines whose mean spending
    fell; the productivity gained is the rise in the value of paid work. The return on
    investment is (savings + productivity gained) / extra cost, above 1 when the reform
    pays for itself. All undiscounted, over the reported horizon (the engine reports cost
    lines undiscounted).
    """
    columns = [f"cost_{line}" for line in budget_lines]
    rows = []
    for name, reform in reforms.items():
        increments = reform[columns].to_numpy() - baseline[columns].to_numpy()
        rising = increments.mean(axis=0) > 0
        extra_cost, savings, productivity = _defined_pairs(
            increments[:, rising].sum(axis=1),
            -increments[:, ~rising].sum(axis=1),
            reform["productivity_value"].to_numpy() - baseline["productivity_value"].to_numpy(),
        )
        row = {"reform": name}
        _with_intervals(
            row,
            [
                ("extra_cost", extra_cost),
                ("health_system_savings", savings),
                ("productivity_gained", productivity),
            ],
            level,
        )
        _with_ratio(row, "return_on_investment", savings + productivity, extra_cost, level)
        row["cost_unit"] = baseline.attrs["units"][columns[0]]
        row["n"] = len(extra_cost)
        rows.append(row)
    return pd.DataFrame(rows).set_index("reform")


def cost_per_case_prevented_table(
    baseline: pd.DataFrame,
    reforms: Mapping[str, pd.DataFrame],
    cost: str = "prevention_cost_total",
    cases: str = "cmd_onsets_total",
    level: float = 0.95,
) -> pd.DataFrame:
    """One row per reform: the extra prevention cost, the cases prevented (onsets of a common
    mental disorder in the baseline less those in the reform, paired by seed) and the cost per
    case prevented, their ratio, with a bootstrap interval over the pairs (missing when the
    cases prevented might be zero or negative). Undiscounted, over the reported horizon."""
    check_figures([cost, cases], list(baseline.columns))
    rows = []
    for name, reform in reforms.items():
        extra_cost, prevented = _defined_pairs(
            reform[cost].to_numpy() - baseline[cost].to_numpy(),
            baseline[cases].to_numpy() - reform[cases].to_numpy(),
        )
        row = {"reform": name}
        _with_intervals(row, [("extra_prevention_cost", extra_cost), ("cases_prevented", prevented)], level)
        _with_ratio(row, "cost_per_case_prevented", extra_cost, prevented, level)
        row["cost_unit"] = baseline.attrs["units"][cost]
        row["n"] = len(extra_cost)
        rows.append(row)
    return pd.DataFrame(rows).set_index("reform")
