"""Calibration: fit scenario keys to target values of summary figures, with Optuna.

``calibrate`` asks Optuna for a batch of trials (values of the keys within their bounds),
runs the batch as a ``mhsim.sweep`` on any executor (every trial on the same seeds, so
trials differ by their parameters, not by luck), and tells Optuna each trial's loss: the
sum over the targets of ((model mean - target) / tolerance) squared, the model mean taken
over the trial's replications. The sampler is seeded and the batches are fixed in size,
so the same call gives the same trials; with ``store`` every finished trial is on disk and
a repeated call after an interruption recomputes none of them.
"""

from __future__ import annotations

import math
import numbers
import os
from collections.abc import Iterable, Mapping
from concurrent.futures import Executor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from tqdm.auto import tqdm

from . import _core
from .catalogue import check_figures, figures
from .designs import _check_bounds
from .files import replace_atomically
from .scenario import Scenario, as_scenario
from .seeds import checked_seed
from .sweep import local_executor, sweep


@dataclass(frozen=True)
class Target:
    """A value a summary figure should have, within ``tolerance`` (the loss counts a miss of
    one tolerance as 1). ``name`` labels it in the trials table (default: the figure)."""

    figure: str
    value: float
    tolerance: float
    name: str | None = None
    source: str = ""

    @property
    def label(self) -> str:
        return self.name or self.figure


def _field(record: Any, key: str, default: Any = None) -> Any:
    if isinstance(record, Mapping):
        return record.get(key, default)
    return getattr(record, key, default)


def as_targets(targets: Any) -> list[Target]:
    """Targets from ``{figure: (value, tolerance)}``, ``{name: Target}``, or a list (or
    DataFrame) of records with ``figure``, ``value``, ``tolerance`` and optionally ``name``
    and ``source`` (the rows of the validation report's targets table); checked."""
    if isinstance(targets, pd.DataFrame):
        targets = targets.to_dict("records")
    if isinstance(targets, Mapping):
        records = []
        for key, given in targets.items():
            if isinstance(given, Target):
                records.append(Target(given.figure, given.value, given.tolerance, key, given.source))
            elif isinstance(given, tuple | list) and len(given) == 2:
                records.append(Target(key, *given))
            else:
                raise TypeError(f"target {key!r}: give (value, tolerance) or a mhsim.Target, got {given!r}")
    elif isinstance(targets, Iterable) and not isinstance(targets, str):
        records = [
            Target(
                _field(r, "figure"),
                _field(r, "value"),
                _field(r, "tolerance"),
                _field(r, "name"),
                _field(r, "source", "") or "",
            )
            for r in targets
        ]
    else:
        raise TypeError(
            "targets: give {figure: (value, tolerance)}, {name: mhsim.Target} or a list of records "
            f"with figure, value and tolerance, not {type(targets).__name__}"
        )
    if not records:
        raise ValueError("calibrate needs at least one target")
    for target in records:
        for key in ("value", "tolerance"):
            number = getattr(target, key)
            if isinstance(number, bool) or not isinstance(number, numbers.Real) or not math.isfinite(number):
                raise ValueError(f"target {target.label!r}: {key} must be a finite number, got {number!r}")
        if not target.tolerance > 0:
            raise ValueError(f"target {target.label!r}: tolerance must be above 0, got {target.tolerance!r}")
    labels = [t.label for t in records]
    if len(set(labels)) < len(labels):
        raise ValueError(f"two targets share a name: {labels}; give each a name")
    check_figures([t.figure for t in records], list(figures().index))
    return records


def _distributions(scenario: Scenario, parameters: Mapping[str, tuple[float, float]]) -> dict:
    """Optuna's distribution of each key; the keys and both bounds are checked by the engine
    (an unknown key or a value out of its range is a ScenarioError naming it)."""
    from optuna.distributions import FloatDistribution, IntDistribution

    _check_bounds(parameters)
    for end in (0, 1):
        scenario.with_overrides({key: bounds[end] for key, bounds in parameters.items()})
    distributions = {}
    for key, (low, high) in parameters.items():
        whole = isinstance(scenario.value(key), int) and all(
            isinstance(b, numbers.Integral) for b in (low, high)
        )
        distributions[key] = IntDistribution(int(low), int(high)) if whole else FloatDistribution(low, high)
    return distributions


def loss(means: Mapping[str, float], targets: list[Target]) -> float:
    """The sum over targets of ((model mean - target) / tolerance) squared."""
    return float(sum(((means[t.label] - t.value) / t.tolerance) ** 2 for t in targets))


@contextmanager
def _quiet_optuna():
    # Optuna logs every trial at INFO; the trials table says the same.
    import optuna

    verbosity = optuna.logging.get_verbosity()
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    try:
        yield
    finally:
        optuna.logging.set_verbosity(verbosity)


@dataclass
class Calibration:
    """The trials of a calibration (``trials``: one row per trial with its parameters, each
    target's model mean over the replications, the loss, and the state and error of a
    failed trial), the targets, and the Optuna study."""

    scenario: Scenario
    targets: list[Target]
    parameters: dict[str, tuple[float, float]]
    trials: pd.DataFrame
    study: Any  # optuna.Study
    n: int
    seed: int
    started_from_scenario: bool  # trial 0 ran the scenario's own values

    @property
    def start(self) -> pd.Series | None:
        """Trial 0 when it ran the scenario's own values (``calibrate(start=True)``), else None."""
        return self.trials.iloc[0] if self.started_from_scenario else None

    @property
    def best(self) -> pd.Series:
        """The finished trial with the lowest loss (the first of equals)."""
        finished = self.trials[self.trials["state"] == "complete"]
        if finished.empty:
            raise ValueError("no trial finished; see the trials' errors")
        return finished.loc[finished["loss"].idxmin()]

    @property
    def best_parameters(self) -> dict[str, Any]:
        best = self.best
        return {
            key: best[key].item() if isinstance(best[key], np.generic) else best[key]
            for key in self.parameters
        }

    def best_scenario(self, name: str | None = None) -> Scenario:
        """The scenario with the best trial's values (named ``<name>_calibrated`` unless told)."""
        own = {"name": name or f"{self.scenario.name}_calibrated", "description": self._description()}
        return self.scenario.with_overrides({**self.best_parameters, **own})

    def _description(self) -> str:
        fitted = ", ".join(f"{t.figure} to {t.value:g}" for t in self.targets)
        return f"{self.scenario.description} Calibrated with mhsim.calibrate: {fitted}."

    def write_scenario(
        self, path: str | os.PathLike, extends: str | os.PathLike | None = None, name: str | None = None
    ) -> Path:
        """Writes the best scenario as a TOML file that extends the calibrated scenario's file
        (or ``extends``): the calibrated keys first, then any other key where the calibrated
        scenario differs from that file (the population size or horizon the calibration ran
        at, say: delete those lines to run at the file's own settings)."""
        best = self.best
        header = [
            f"Calibrated by mhsim.calibrate (mhsim {_core.__version__}): trial {int(best.name)} of "
            f"{len(self.trials)}, {self.n} replications each from seed {self.seed}; loss {best['loss']:.4g}"
            + (f" (start {self.start['loss']:.4g})" if self.start is not None else "")
            + ".",
            *(
                f"Target {t.label}: {t.figure} = {t.value:g} +/- {t.tolerance:g}; model {best[t.label]:.4g}"
                + (f" ({t.source})" if t.source else "")
                for t in self.targets
            ),
            "After the calibrated keys come the settings the calibration ran at, where they differ",
            "from the file extended; delete them to run at that file's own settings.",
        ]
        return self.best_scenario(name).save(
            path, extends=extends, first=list(self.parameters), header="\n".join(header)
        )


def calibrate(
    scenario: Scenario | str | os.PathLike,
    targets: Any,
    parameters: Mapping[str, tuple[float, float]],
    n_trials: int,
    executor: Executor | None = None,
    n: int = 2,
    seed: int = 1,
    batch_size: int = 4,
    start: bool = True,
    sampler: Any = None,
    store: str | os.PathLike | None = None,
    progress: bool = True,
) -> Calibration:
    """Fit the scenario keys of ``parameters`` (``{dotted key: (low, high)}``) so that the
    summary figures of ``targets`` come near their values: ``n_trials`` trials chosen by
    Optuna (``sampler``, default its TPE sampler seeded from ``seed``), each ``n``
    replications on the same seeds, run ``batch_size`` at a time as a sweep on ``executor``
    (default: a local process pool). With ``start``, trial 0 is the scenario's own values
    (they must lie within the bounds), the point to improve on. A trial that fails is kept
    in the table with its error; with ``store`` (a directory) each finished trial is saved
    there (``trials.csv`` lists the trials so far) and a repeated call recomputes none of
    them: the sampler asks for the same trials again and the sweep finds them stored. Keys
    and bounds are checked before anything runs."""
    import optuna

    scenario = as_scenario(scenario)
    target_list = as_targets(targets)
    parameters = {key: tuple(bounds) for key, bounds in parameters.items()}
    distributions = _distributions(scenario, parameters)
    seed = checked_seed(seed)
    if n_trials < 1 or batch_size < 1:
        raise ValueError(f"n_trials and batch_size must be at least 1, got {n_trials} and {batch_size}")
    if sampler is None:  # numpy seeds take 32 bits; mhsim's seeds take 64
        sampler = optuna.samplers.TPESampler(seed=int(np.random.SeedSequence(seed).generate_state(1)[0]))
    with _quiet_optuna():
        study = optuna.create_study(direction="minimize", sampler=sampler)
        if start:
            own = {key: scenario.value(key) for key in parameters}
            outside = [k for k, v in own.items() if not parameters[k][0] <= v <= parameters[k][1]]
            if outside:
                key = outside[0]
                raise ValueError(
                    f"the scenario's {key} = {own[key]} lies outside its bounds {parameters[key]}; "
                    "widen the bounds, or pass start=False"
                )
            study.enqueue_trial(own)
        trials = _Trials(scenario, distributions, target_list, n, seed, store)
        rows = trials.run(study, n_trials, batch_size, executor, progress)
    columns = ["state", *parameters, *(t.label for t in target_list), "loss", "error"]
    table = pd.DataFrame(rows).set_index("trial").reindex(columns=columns)
    table["state"] = np.where(table["error"].isna(), "complete", "failed")
    return Calibration(scenario, target_list, parameters, table, study, n, seed, start)


TRIALS = "trials.csv"  # in the store: every trial so far, for people and tools


@dataclass(frozen=True)
class _Trials:
    """Runs the trials Optuna asks for, a batch at a time, as sweeps on one executor."""

    scenario: Scenario
    distributions: dict
    targets: list[Target]
    n: int
    seed: int
    store: str | os.PathLike | None

    def run(self, study, n_trials: int, batch_size: int, executor: Executor | None, progress: bool):
        """Asks, runs and tells ``n_trials`` trials; their rows for the trials table."""
        from optuna.trial import TrialState

        own_executor = executor is None
        pool = local_executor() if own_executor else executor
        rows: list[dict] = []
        bar = tqdm(total=n_trials, desc=f"calibrate {self.scenario.name}", unit="trial", disable=not progress)
        try:
            while len(rows) < n_trials:
                asked = [study.ask(self.distributions) for _ in range(min(batch_size, n_trials - len(rows)))]
                for trial, row in zip(asked, self._batch(asked, pool), strict=True):
                    if "loss" in row:
                        study.tell(trial, row["loss"])
                    else:
                        study.tell(trial, state=TrialState.FAIL)
                    rows.append(row)
                bar.update(len(asked))
                if self.store is not None:
                    replace_atomically(
                        Path(self.store) / TRIALS, pd.DataFrame(rows).set_index("trial").to_csv
                    )
        finally:
            bar.close()
            if own_executor:
                pool.shutdown(cancel_futures=True)
        return rows

    def _batch(self, asked: list, pool: Executor) -> list[dict]:
        """Each trial's row: the target figures' means over the replications and the loss,
        or the error of a trial whose runs failed or left a target figure undefined."""
        design = pd.DataFrame([trial.params for trial in asked], columns=list(self.distributions))
        result = sweep(
            self.scenario, design, n=self.n, seed=self.seed, executor=pool, store=self.store, progress=False
        )
        means = result.to_dataframe(mean=True)
        rows = []
        for point, trial in enumerate(asked):
            row = {"trial": trial.number, **trial.params}
            row.update(
                {t.label: means.loc[point, t.figure] if t.figure in means else np.nan for t in self.targets}
            )
            undefined = [t.figure for t in self.targets if not np.isfinite(row[t.label])]
            if point in result.failures.index:
                row["error"] = result.failures.loc[point, "error"]
            elif undefined:
                row["error"] = f"{undefined[0]} is undefined in every replication"
            else:
                row["loss"] = loss(row, self.targets)
            rows.append(row)
        return rows
