"""A warning before a comparison too large for this machine's memory: the weekly tables a
run keeps stay in memory until the end, about 100 MB a run for a 10-year horizon whatever
the population size if it keeps them all, a fifth of that for the tables a report reads."""

from __future__ import annotations

import sys

import numpy as np

from .. import _core
from ..scenario import Scenario

_FEW_WEEKS = {"population.size": 200, "simulation.horizon_years": 0.1, "simulation.burn_in_years": 0.0}


def weekly_tables_bytes(scenario: Scenario, keep: list[str] | None = None) -> float:
    """The memory one run's weekly tables take (those in ``keep``, or all), measured on a
    run of a few weeks of a few people (milliseconds) and scaled to the scenario's horizon."""
    core = _core.run(scenario.with_overrides(_FEW_WEEKS)._loaded, 1, keep_tables=keep)
    per_week = sum(np.asarray(core.table(name)["values"]).nbytes for name in core.table_names)
    weeks = len(core.week_start_day)
    return per_week / weeks * scenario.value("simulation.horizon_years") * 365.25 / 7


def available_bytes() -> float | None:
    """MemAvailable of /proc/meminfo (Linux), or None where there is none."""
    try:
        with open("/proc/meminfo") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def warn_if_too_large(scenario: Scenario, runs: int, keep: list[str] | None = None) -> None:
    """On stderr, even with --quiet: a run killed for want of memory writes nothing."""
    if keep == []:
        return  # the summary figures alone: kilobytes a run
    needed, available = weekly_tables_bytes(scenario, keep) * runs, available_bytes()
    if available is not None and needed > 0.8 * available:
        print(
            f"mhsim: warning: the {runs} runs keep their weekly tables in memory, about "
            f"{needed / 1e9:.1f} GB, and this machine has {available / 1e9:.1f} GB available; "
            "fewer replications (-n) or reforms, or a shorter horizon, need less",
            file=sys.stderr,
            flush=True,
        )
