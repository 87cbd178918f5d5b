"""Queueing checks from a run's own output (docs/validation.md, "Queues").

- Little's law (Little 1961, Operations Research 9(3):383-387: L = lambda W for any queue in
  steady state) on every care step's waiting list and on inpatient beds: the mean number
  waiting (or in a bed), from the time integral of the stock, against arrivals per day times
  the mean time of everyone who left (the list: started, misrouted, dropped out, recovered,
  died; a bed: discharged).
- Erlang C on a step reduced to an M/M/c queue (``mmc_overrides``): the mean wait against
  the Erlang C formula for c servers, the step's caseload places.

Each check returns ``Row``s: name, the model's value, the expected value, a relative
tolerance and where the expectation comes from.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import xarray as xr

from ..results import DAYS_PER_WEEK, Results, weekly_totals
from .measured import Measured

# Little's law holds on every sample path up to the people on the list at the horizon's two ends
# (their waits fall partly outside it), and only for a list in a steady state. Measured at 50,000
# people over 4 years, 3 seeds: at most 2.0% on every list and on beds in the baseline and the
# health-first crisis reform (at 20,000 people over 2 years, up to 9% on the small CAMHS list);
# the low-income variant's community team list, which grows without bound, misses by 16%. 3%
# finds a route off a list that is not counted without failing on the edge.
LITTLE_TOLERANCE = 0.03
# Erlang C against the simulated mean wait of the reduced step, pooled over 4 runs: one run's
# mean wait is dominated by a few congested weeks, so 4 runs at 200,000 people still scatter by
# about 25% (measured over 12 seeds in 3 pools: -35%, -10%, +14%; all 12 together -10%).
# 50% fails a 2x error: one place too few or too many at this load, or a fixed course (M/D/c
# waits about half as long).
ERLANG_C_TOLERANCE = 0.5
# The mean of a few thousand exponential courses: a standard error of 1-2%.
COURSE_TOLERANCE = 0.06


@dataclass(frozen=True)
class Row:
    """One check: the model's value against the expected one, within a relative tolerance."""

    name: str
    model: float
    expected: float
    tolerance: float  # relative to the expected value
    source: str

    @property
    def relative_difference(self) -> float:
        if self.expected == 0:  # a list nobody waited on: it holds if nobody was ever on it
            return 0.0 if self.model == 0 else math.inf
        return self.model / self.expected - 1.0

    @property
    def passed(self) -> bool:
        return math.isfinite(self.relative_difference) and abs(self.relative_difference) <= self.tolerance


def _by(weekly: xr.Dataset, table: str, dimension: str) -> dict[str, float]:
    """A weekly table's total over the reported horizon by the labels of one dimension."""
    totals = weekly_totals(weekly[table], [dimension])
    return {
        str(label): float(value) for label, value in zip(totals[dimension].values, totals.values, strict=True)
    }


def _weeks(weekly: xr.Dataset) -> float:
    return float(len(weekly["week"]))


def littles_law_rows(results: Results, tolerance: float = LITTLE_TOLERANCE) -> list[Row]:
    """Little's law on the waiting list of every staffed step that had arrivals, and on beds."""
    weekly = results.to_xarray()
    weeks = _weeks(weekly)
    person_weeks = _by(weekly, "person_weeks_waiting", "service")
    arrivals = _by(weekly, "referrals", "service")
    leavers = _by(weekly, "list_leavers", "service")
    list_days = _by(weekly, "list_days_sum", "service")
    rows = []
    for step in person_weeks:
        if step == "digital_self_help" or leavers[step] == 0:  # no list (no capacity limit), or no arrivals
            continue
        mean_list_days = list_days[step] / leavers[step]
        rows.append(
            Row(
                name=f"littles_law_waiting_{step}",
                model=person_weeks[step] / weeks,
                expected=arrivals[step] / (weeks * DAYS_PER_WEEK) * mean_list_days,
                tolerance=tolerance,
                source="Little's law: mean list length (person_weeks_waiting / weeks) = referrals per "
                "day x mean days on the list of everyone who left it (list_days_sum / list_leavers)",
            )
        )
    summary = results.summary()
    rows.append(
        Row(
            name="littles_law_beds",
            model=float(summary["inpatient_beds_occupied_mean"]),
            expected=float(summary["littles_law_beds_occupied"]),
            tolerance=tolerance,
            source="Little's law: mean beds occupied = admissions per day x mean length of stay",
        )
    )
    return rows


def erlang_c_probability_of_waiting(offered_load: float, servers: int) -> float:
    """Erlang C: the chance an arrival waits in an M/M/c queue with offered load a = lambda/mu
    (in servers) and c servers, a < c.

    C(c, a) = c B(c, a) / (c - a (1 - B(c, a))), with the Erlang B loss probability from its
    recursion B(0, a) = 1, B(k, a) = a B(k-1, a) / (k + a B(k-1, a)), which stays exact where
    a^c / c! would overflow (Gross, Shortle, Thompson and Harris 2008, Fundamentals of Queueing
    Theory, 4th ed., sections 2.3 and 2.5; Erlang 1917). Written here rather than taken from a
    library: the PyPI packages that have it (erlangccmath, erlanglib, pyworkforce, line-solver) are
    small single-author projects or large solvers, for a formula of four lines.
    """
    if servers < 1 or not 0 <= offered_load < servers:
        raise ValueError(f"Erlang C needs 0 <= offered load < servers, got a={offered_load}, c={servers}")
    blocking = 1.0
    for k in range(1, servers + 1):
        blocking = offered_load * blocking / (k + offered_load * blocking)
    return servers * blocking / (servers - offered_load * (1.0 - blocking))


def erlang_c_mean_wait_days(arrivals_per_day: float, mean_service_days: float, servers: int) -> float:
    """The mean wait in queue of an M/M/c queue, W_q = C(c, a) / (c mu - lambda), in days."""
    service_rate = 1.0 / mean_service_days
    offered_load = arrivals_per_day * mean_service_days
    return erlang_c_probability_of_waiting(offered_load, servers) / (
        servers * service_rate - arrivals_per_day
    )


def erlang_a_mean_wait_days(
    arrivals_per_day: float, service_rate_per_day: float, servers: int, abandonment_rate_per_day: float
) -> float:
    """The mean wait in queue of the arrivals who are served, in an M/M/c+M queue (Erlang A: Palm
    1943; Garnett, Mandelbaum and Reiman 2002, M&SOM 4(3):208-227): Poisson arrivals, c servers
    with exponential service, and each person waiting leaves at an exponential rate (a remission
    while waiting, in the reduced model of bench/peers/). Near saturation even a little
    abandonment shortens the waits well below Erlang C's.

    The number in the system is a birth-death chain, departures min(n, c) mu + max(n - c, 0)
    theta; an arrival sees its stationary law (PASTA). At place i of the queue a person moves up
    at c mu + (i - 1) theta and leaves at theta, so from place j they are served with probability
    prod_i (c mu + (i - 1) theta) / (c mu + i theta), after sum_i 1 / (c mu + i theta) days on
    average. At theta = 0 it is Erlang C's W_q.
    """
    if servers < 1 or arrivals_per_day <= 0 or service_rate_per_day <= 0 or abandonment_rate_per_day < 0:
        raise ValueError(
            f"Erlang A needs c >= 1, lambda > 0, mu > 0, theta >= 0; got c={servers}, "
            f"lambda={arrivals_per_day}, mu={service_rate_per_day}, theta={abandonment_rate_per_day}"
        )
    capacity = servers * service_rate_per_day
    if abandonment_rate_per_day == 0:
        return erlang_c_mean_wait_days(arrivals_per_day, 1.0 / service_rate_per_day, servers)
    # Enough places in the queue that the chance of more is negligible (the terms fall geometrically
    # once the departures exceed the arrivals, at about lambda / theta people waiting at most).
    places = math.ceil(max(arrivals_per_day - capacity, 0.0) / abandonment_rate_per_day) + 50 * servers + 1000
    in_system = np.arange(1, servers + places + 1, dtype=float)
    departures = (
        np.minimum(in_system, servers) * service_rate_per_day
        + np.maximum(in_system - servers, 0.0) * abandonment_rate_per_day
    )
    log_weights = np.concatenate([[0.0], np.cumsum(np.log(arrivals_per_day / departures))])
    weights = np.exp(log_weights - log_weights.max())
    place = np.arange(1, places + 1, dtype=float)  # an arrival who finds servers + place - 1 people
    leaving = capacity + place * abandonment_rate_per_day
    served = np.cumprod((leaving - abandonment_rate_per_day) / leaving)
    waited = np.cumsum(1.0 / leaving)
    queued = weights[servers : servers + places]
    served_at_once = weights[:servers].sum()
    return float((queued * served * waited).sum() / (served_at_once + (queued * served).sum()))


def mmc_overrides(
    step: str = "low_intensity", course_weeks: float = 2 / 7, caseload_per_fte: float = 2.0
) -> dict:
    """The baseline's overrides that reduce ``step`` to an M/M/c queue: exponential courses of
    ``course_weeks`` on average, first come, first served, and nothing else ending a course or a
    wait but remission and death while waiting (docs/model.md, "Course length and list order").
    No misroutes, step-ups or registry, so every arrival is a referral by triage. The places and
    the arrivals both scale with the population, so the load does not depend on its size: at the
    defaults the low-intensity step runs at about 0.78 (22 places at 200,000 people, measured).
    Short courses give many busy periods in a horizon, and waits of hours, far shorter than the
    time to remission. Below about 1.5 per FTE the budget year's reallocation leaves the step
    0 or 1 place (measured): keep caseload_per_fte at 1.5 or more."""
    prefix = f"services.{step}."
    return {
        prefix + "course_length": "exponential",
        prefix + "waiting_list_order": "first_come_first_served",
        prefix + "treatment_weeks": course_weeks,
        prefix + "caseload_per_fte": caseload_per_fte,
        prefix + "payment_model": "capitation",
        prefix + "waiting_dropout_rate_per_year": 0.0,
        prefix + "treatment_dropout_rate_per_year": 0.0,
        "payment.discharge_on_recovery_share.capitation": 0.0,
        "payment.course_length_ratio.capitation": 1.0,
        "payment.measurement_based_care_share.capitation": 0.0,
        "stepped_care.misroute_share": 0.0,
        "stepped_care.late_step_up_probability": 0.0,
        "collaborative_care.registry_caseload_per_care_manager_fte": 0.0,
    }


def caseload_places(results: Results, step: str) -> int:
    """The step's caseload places, which the reduction needs constant over the horizon."""
    places = results.to_xarray()["capacity_places"].sel(service=step).values
    if places.min() != places.max():
        raise ValueError(
            f"{step}'s places change over the horizon ({places.min()} to {places.max()}): not M/M/c"
        )
    return int(places[0])


def _erlang_c_run(results: Results, step: str) -> tuple[float, float, float, float, str]:
    """One run's mean time on the list, its Erlang C wait, its mean course, and the source text."""
    scenario = tomllib.loads(results.provenance["scenario_toml"])
    settings = scenario["services"][step]
    if (
        settings["course_length"] != "exponential"
        or settings["waiting_list_order"] != "first_come_first_served"
    ):
        raise ValueError(f"{step} is not reduced to an M/M/c queue: run it with mmc_overrides({step!r})")
    weekly = results.to_xarray()
    weeks = _weeks(weekly)
    arrivals_per_day = _by(weekly, "referrals", "service")[step] / (weeks * DAYS_PER_WEEK)
    offered_load = _by(weekly, "person_weeks_in_treatment", "service")[step] / weeks
    mean_course_days = offered_load / arrivals_per_day
    places = caseload_places(results, step)
    return (
        float(results.summary()[f"list_time_mean_days_{step}"]),
        erlang_c_mean_wait_days(arrivals_per_day, mean_course_days, places),
        mean_course_days,
        settings["treatment_weeks"] * DAYS_PER_WEEK,
        f"lambda = {arrivals_per_day:.2f}/day, a = {offered_load:.2f}, c = {places}",
    )


def erlang_c_rows(
    runs: Results | Sequence[Results], step: str = "low_intensity", tolerance: float = ERLANG_C_TOLERANCE
) -> list[Row]:
    """The reduced step's mean time on the list (everyone who left it) against Erlang C for
    c = the step's places and each run's own load: arrivals per day (its referrals) and offered
    load a = the mean number in treatment (Little's law on the places: lambda x the mean course
    as it came out, whose sampling error alone moves an M/M/c wait by several per cent per per
    cent of load near saturation), averaged over the runs (the mean wait of one run is dominated
    by a few congested weeks). A second row checks the mean course against the scenario's
    ``treatment_weeks``."""
    runs = [runs] if isinstance(runs, Results) else list(runs)
    measured = [_erlang_c_run(results, step) for results in runs]
    waits, erlang_c, courses, planned, sources = zip(*measured, strict=True)
    source = f"Erlang C (M/M/c) over {len(runs)} runs: " + "; ".join(sources)
    return [
        Row(f"erlang_c_wait_{step}", float(np.mean(waits)), float(np.mean(erlang_c)), tolerance, source),
        Row(
            f"mean_course_days_{step}",
            float(np.mean(courses)),
            planned[0],
            COURSE_TOLERANCE,
            "the scenario's mean course (treatment_weeks x 7), against a / lambda from the runs",
        ),
    ]


def littles_law_waiting_ratio(measured: Measured, step: str) -> float:
    """The step's mean list length over Little's law's (1 when it holds), the mean over the runs:
    a derived figure of the validation table."""
    name = f"littles_law_waiting_{step}"
    every_run = measured.memo(
        "littles_law_rows", lambda: [littles_law_rows(r) for r in measured.replications.runs]
    )
    rows = [next(r for r in run if r.name == name) for run in every_run]
    return float(np.mean([row.model / row.expected for row in rows]))


def erlang_c_wait_ratio(measured: Measured, step: str = "low_intensity") -> float:
    """The reduced step's mean wait over Erlang C's, over the runs (a derived figure)."""
    wait = erlang_c_rows(measured.replications.runs, step)[0]
    return wait.model / wait.expected


def table(rows: list[Row]) -> str:
    """The rows as a plain text table, for notes and the report."""
    lines = [f"{'check':36} {'model':>10} {'expected':>10} {'diff':>8} {'tol':>6}"]
    for row in rows:
        lines.append(
            f"{row.name:36} {row.model:10.4g} {row.expected:10.4g} "
            f"{row.relative_difference:+8.2%} {row.tolerance:6.0%}{'' if row.passed else '  FAIL'}"
        )
    return "\n".join(lines)


__all__ = [
    "Row",
    "caseload_places",
    "erlang_a_mean_wait_days",
    "erlang_c_mean_wait_days",
    "erlang_c_probability_of_waiting",
    "erlang_c_rows",
    "littles_law_rows",
    "mmc_overrides",
    "table",
]
