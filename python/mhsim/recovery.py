"""Shocks and recovery: the backlog a reform's timeline leaves against the baseline, and
how long its waits take to come back (docs/model.md, "Demand shocks and recovery").

Each replication of a reform is read against the baseline's replication on the same
seed (common random numbers), so the excess is the shock's, not the runs' noise:

- the backlog is the excess of people on every waiting list over the baseline's, at its
  peak after the reform's first timeline change;
- a step's wait is the mean wait of the people who started treatment there in the last
  13 weeks (days waited / starts, so a quiet week weighs little), and it has recovered
  at the first week from which it stays within ``tolerance`` (10%) above the baseline's
  to the end of the horizon; a run in which it never does is counted as not recovered.
  Single runs of a small population are noisy week to week, so the same test is also
  made on the mean over replications of each arm's wait (``weeks_to_recover_on_average``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from .catalogue import UnknownFigureError, suggestion
from .intervals import defined, mean_interval

if TYPE_CHECKING:
    from .compare import Comparison
    from .results import Results

RECOVERY_TABLES = ("waiting", "wait_days_sum", "treatment_starts")
WINDOW_WEEKS = 13
DEFAULT_STEP = "high_intensity"


def _weekly(results: Results, table: str, step: str | None = None) -> np.ndarray:
    """One weekly table summed over everything but the week (and the step, if given)."""
    frame = results.to_dataframe([table], by=("service",) if step else ())
    if step:
        frame = frame.xs(step, level="service")
    return frame[table].to_numpy(dtype=float)


def _window_wait_days(results: Results, step: str) -> np.ndarray:
    days = np.convolve(_weekly(results, "wait_days_sum", step), np.ones(WINDOW_WEEKS))[: -WINDOW_WEEKS + 1]
    starts = np.convolve(_weekly(results, "treatment_starts", step), np.ones(WINDOW_WEEKS))[
        : -WINDOW_WEEKS + 1
    ]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(starts > 0, days / starts, np.nan)


def _first_change_week(results: Results) -> int:
    weeks = results.timeline()["week"]
    return int(weeks.min()) if len(weeks) else 0


def _recovered_week(reform: np.ndarray, baseline: np.ndarray, since: int, tolerance: float) -> float:
    """The first week from `since` on after which the reform's wait stays within tolerance."""
    within = ~(reform > baseline * (1.0 + tolerance))  # a week nobody started in counts as within
    for week in range(since, len(reform)):
        if within[week:].all():
            return float(week)
    return np.nan


def _one_replication(reform: Results, baseline: Results, step: str, tolerance: float) -> dict[str, float]:
    since = _first_change_week(reform)
    excess = _weekly(reform, "waiting")[since:] - _weekly(baseline, "waiting")[since:]
    recovered = _recovered_week(
        _window_wait_days(reform, step), _window_wait_days(baseline, step), since, tolerance
    )
    return {
        "since_week": since,
        "backlog_peak_people": float(excess.max()) if len(excess) else np.nan,
        "backlog_peak_week": float(since + excess.argmax()) if len(excess) else np.nan,
        "backlog_end_people": float(excess[-1]) if len(excess) else np.nan,
        "recovered_week": recovered,
    }


def _check_inputs(comparison: Comparison, step: str) -> None:
    results = comparison.baseline.runs[0]
    missing = [t for t in RECOVERY_TABLES if t not in results.metrics]
    if missing:
        raise ValueError(
            f"recovery needs the weekly tables {', '.join(missing)}, which this comparison did not keep: "
            f"run mhsim.compare(..., weekly=True) or weekly=[{', '.join(repr(t) for t in RECOVERY_TABLES)}]"
        )
    steps = results.dimensions["service"]
    if step not in steps:
        raise UnknownFigureError(f"no step {step!r}.{suggestion(step, steps)} The steps: {', '.join(steps)}")


def recovery_table(
    comparison: Comparison, step: str = DEFAULT_STEP, tolerance: float = 0.1, level: float = 0.95
) -> pd.DataFrame:
    """One row per reform: the backlog's peak and end (excess people waiting over the
    baseline, with paired intervals), the week of the peak, and how often and how soon the
    step's wait came back within ``tolerance`` of the baseline's: the share of replications
    in which it did, the median weeks from the first change among those, and the weeks
    until the mean wait over replications did (NaN: not within the horizon)."""
    _check_inputs(comparison, step)
    rows = []
    for name, runs in comparison.reforms.items():
        per_run = pd.DataFrame(
            [
                _one_replication(reform, baseline, step, tolerance)
                for reform, baseline in zip(runs.runs, comparison.baseline.runs, strict=True)
            ]
        )
        peak, peak_lower, peak_upper = mean_interval(per_run["backlog_peak_people"].to_numpy(), level)
        end, end_lower, end_upper = mean_interval(per_run["backlog_end_people"].to_numpy(), level)
        weeks_to_recover = per_run["recovered_week"] - per_run["since_week"]
        since = int(per_run["since_week"].min())
        mean_wait = [
            np.nanmean([_window_wait_days(r, step) for r in arm.runs], axis=0)
            for arm in (runs, comparison.baseline)
        ]
        rows.append(
            {
                "reform": name,
                "first_change_week": since,
                "backlog_peak_people": peak,
                "backlog_peak_lower": peak_lower,
                "backlog_peak_upper": peak_upper,
                "backlog_peak_week": float(per_run["backlog_peak_week"].median()),
                "backlog_end_people": end,
                "backlog_end_lower": end_lower,
                "backlog_end_upper": end_upper,
                "recovered_share": float(per_run["recovered_week"].notna().mean()),
                "weeks_to_recover_median": float(weeks_to_recover.median())
                if weeks_to_recover.notna().any()
                else np.nan,
                "weeks_to_recover_on_average": _recovered_week(*mean_wait, since, tolerance) - since,
                "n": int(defined(per_run["backlog_peak_people"], per_run["backlog_end_people"]).sum()),
            }
        )
    return pd.DataFrame(rows).set_index("reform")
