"""Run every setting of the targets table and read each target's figure from the runs."""

from __future__ import annotations

import math
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from .. import __version__
from ..library import scenario_library
from ..replicate import Replications, replicate
from ..scenario import Scenario
from ..seeds import replication_seeds
from .derived import DERIVED
from .measured import Measured
from .pathways import WEEKLY_TABLES
from .table import Setting, Target, settings, targets

COLUMNS = [
    "name", "figure", "setting", "model", "standard_error", "target", "tolerance", "status", "within", "off",
    "source", "note",
]  # fmt: skip


def setting_scenario(setting: Setting, size: int, overrides: Mapping[str, Any] | None = None) -> Scenario:
    """The setting's scenario at ``size`` people, with ``overrides`` (for every setting) last."""
    path = scenario_library() / setting.scenario
    return Scenario.load(path, {**setting.run_overrides(size), **(overrides or {})})


def figure_value(target: Target, measured: Sequence[Measured]) -> float:
    """The model's value of the target's figure: a derived figure's function of the settings'
    runs, or a summary figure's mean over the runs. NaN where it is undefined."""
    try:
        if target.derived:
            return float(DERIVED[target.figure](*measured))
        return measured[0].mean(target.figure)
    except ZeroDivisionError:
        return math.nan


def standard_error(target: Target, measured: Sequence[Measured]) -> float:
    """The standard error of the model's value from its spread over the runs (each run's own
    value; the runs of a setting pair with the same runs of another). NaN with one run."""
    n = len(measured[0].replications)
    if n < 2:
        return math.nan
    values = [figure_value(target, [m.single(i) for m in measured]) for i in range(n)]
    return float(np.std(values, ddof=1) / math.sqrt(n))


def _provenance(replications: Replications) -> dict:
    scenario = replications.scenario
    return {
        "git_revision": replications.runs[0].provenance["git_revision"],
        "horizon_years": scenario.value("simulation.horizon_years"),
        "burn_in_years": scenario.value("simulation.burn_in_years"),
    }


def _row(target: Target, measured: Sequence[Measured], at_test_size: bool) -> list:
    """The target's row of the table (COLUMNS)."""
    model = figure_value(target, measured)
    within = target.within(model, at_test_size)
    status = "off" if target.off else "pass" if within else "fail"
    row = [target.name, target.figure, ", ".join(target.settings), model, standard_error(target, measured)]
    return [
        *row,
        target.value,
        target.tolerance,
        status,
        within,
        target.off or "",
        target.source,
        target.note or "",
    ]


def _not_measured(target: Target, min_size: int, size: int) -> list:
    """The row of a target whose setting cannot be measured at ``size`` people."""
    reason = f"its setting is measured at {min_size:,} people or more, not {size:,}"
    row = [target.name, target.figure, ", ".join(target.settings), math.nan, math.nan, target.value]
    return [*row, target.tolerance, "not measured", False, reason, target.source, target.note or ""]


def validate(
    size: int = 200_000,
    n: int = 2,
    seed: int = 1,
    threads: int | None = None,
    progress: bool = True,
    only: Sequence[str] | None = None,
    at_test_size: bool = False,
    overrides: Mapping[str, Any] | None = None,
) -> pd.DataFrame:
    """Every target of the table (or those named in ``only``) with the model's value measured
    in its settings at ``size`` people, ``n`` runs each (seeds from ``seed``), and whether it is
    within its tolerance (the test tolerance with ``at_test_size``); ``overrides`` apply to every
    setting (a shorter horizon for a test, say). One row per target; the
    settings and provenance in ``.attrs``. Each setting runs once; its runs are let go as soon
    as no target left needs them."""
    started = time.monotonic()
    chosen = [t for t in targets() if only is None or t.name in only]
    needed = Counter(name for target in chosen for name in target.settings)
    known = settings()
    runs: dict[str, Measured] = {}
    provenance: dict = {}
    rows = []
    for target in chosen:
        too_small = max(known[name].min_size for name in target.settings)
        if size < too_small:
            rows.append(_not_measured(target, too_small, size))
            continue
        for name in target.settings:
            if name not in runs:
                scenario = setting_scenario(known[name], size, overrides)
                runs[name] = Measured(replicate(scenario, n, seed, threads, progress, weekly=WEEKLY_TABLES))
                provenance = provenance or _provenance(runs[name].replications)
        rows.append(_row(target, [runs[name] for name in target.settings], at_test_size))
        for name in target.settings:
            needed[name] -= 1
            if needed[name] == 0:
                del runs[name]
    table = pd.DataFrame(rows, columns=COLUMNS)
    table.attrs.update(
        size=size,
        seeds=replication_seeds(seed, n),
        seed=seed,
        n=n,
        overrides=dict(overrides or {}),
        mhsim_version=__version__,
        **provenance,
        seconds=time.monotonic() - started,
        settings={name: known[name] for name in dict.fromkeys(s for t in chosen for s in t.settings)},
    )
    return table
