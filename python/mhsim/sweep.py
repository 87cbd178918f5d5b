"""Sweeps: one scenario run over the points of a design, on any executor.

Each point runs in a worker as plain data in, plain data out: the resolved
scenario as TOML text, the point's overrides and the seeds go in; the
headline figures per replication come back. So any
``concurrent.futures.Executor`` serves: a local process pool by default, or
``dask.distributed.Client(...).get_executor()`` for a cluster. The driver
(this process) writes each finished point to the store, so workers need no
shared file system. Every point uses the same seeds (common random numbers
across points).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Mapping
from concurrent.futures import Executor, Future, as_completed
from dataclasses import dataclass

import numpy as np
import pandas as pd
import xarray as xr
from tqdm.auto import tqdm

from . import _core
from .catalogue import SUMMARY_DESCRIPTION, check_figures
from .designs import Design
from .intervals import figures_may_be_undefined
from .local_pool import LocalPool
from .point_store import PointStore, point_key
from .scenario import Scenario, as_scenario
from .seeds import replication_seeds


def _plain(value):
    """numpy scalars to Python values, so overrides hash and serialise the same everywhere."""
    return value.item() if isinstance(value, np.generic) else value


def run_point(scenario_toml: str, origin: str, overrides: dict, seeds: list[int]) -> dict:
    """Runs one point of a sweep (in a worker): every replication, one after another."""
    scenario = Scenario.from_toml(scenario_toml, origin, overrides)
    values, figures, units = [], [], []
    for seed in seeds:
        rows = _core.run(scenario._loaded, seed).summary
        figures = [name for name, _, _, _ in rows]
        units = [unit for _, _, unit, _ in rows]
        values.append([value for _, value, _, _ in rows])
    return {
        "values": np.array(values, dtype=float),
        "figures": figures,
        "units": units,
        "scenario_toml": scenario.toml,
    }


@dataclass
class SweepResult:
    """The points of the design, their headline figures per replication, and the
    points that failed (with their parameters and error)."""

    points: pd.DataFrame
    dataset: xr.Dataset
    failures: pd.DataFrame
    computed: int  # points run by this call (the rest came from the store)

    def mean(self) -> xr.Dataset:
        """The mean over the replications: a Dataset whose ``summary`` has dims (point, figure),
        with the parameters as coordinates on ``point`` and the ``unit`` coordinate - the same
        kind of object as ``Replications.mean()``, which has (figure).
        ``to_dataframe(mean=True)`` gives it as a table, one row per point."""
        with figures_may_be_undefined():
            return self.dataset.mean("replication", keep_attrs=True)

    def to_dataframe(self, mean: bool = False) -> pd.DataFrame:
        """Tidy: one row per point and replication, with the parameters and every figure; with
        ``mean=True`` one row per point, its parameters and each figure's mean over the
        replications."""
        if mean:
            return pd.concat([self.points, self.mean()["summary"].to_pandas()], axis=1)
        frame = self.dataset["summary"].to_series().unstack("figure").reset_index()
        return frame.merge(self.points, left_on="point", right_index=True)

    def to_grid(self, figure: str) -> xr.DataArray:
        """For a grid design: the mean of ``figure`` with one dimension per parameter."""
        check_figures([figure], list(self.dataset["figure"].values))
        with figures_may_be_undefined():
            mean = self.dataset["summary"].sel(figure=figure).mean("replication")
        return mean.set_index(point=list(self.points.columns)).unstack("point")


def _description(scenario: Scenario, points: pd.DataFrame, seeds: list[int]) -> dict:
    return {
        "scenario_name": scenario.name,
        "parameters": list(points.columns),
        "points": len(points),
        "seeds": seeds,
        "mhsim_version": _core.__version__,
    }


def local_executor(workers: int | None = None) -> Executor:
    """The default executor: a pool of ``workers`` processes (default: the cores this
    process may use) that works from a script without a main guard and ends with this
    process (``mhsim.local_pool``)."""
    return LocalPool(workers)


def sweep(
    scenario: Scenario | str | os.PathLike,
    design: Design | pd.DataFrame,
    n: int = 1,
    seed: int = 1,
    executor: Executor | None = None,
    store: str | os.PathLike | None = None,
    progress: bool = True,
) -> SweepResult:
    """Run ``scenario`` at every point of ``design`` (``mhsim.designs``, or a DataFrame
    of dotted keys), ``n`` replications per point on the same seeds.

    With ``store``, each finished point is saved there and a repeated call skips it.
    A point that fails is reported in ``.failures`` and does not stop the others.
    """
    scenario = as_scenario(scenario)
    points = design if isinstance(design, pd.DataFrame) else design.points()
    points = points.reset_index(drop=True).rename_axis("point")
    seeds = replication_seeds(seed, n)
    overrides = [{key: _plain(value) for key, value in row.items()} for row in points.to_dict("records")]
    keys = [point_key(scenario.toml, o, seeds) for o in overrides]
    point_store = PointStore(store) if store is not None else None

    outcomes: dict[str, dict] = {}
    if point_store is not None:
        for key in set(keys):
            if (found := point_store.load(key)) is not None:
                outcomes[key] = found
    to_run = {key: o for key, o in zip(keys, overrides, strict=True) if key not in outcomes}
    failures: dict[str, str] = {}

    own_executor = executor is None and bool(to_run)
    pool = local_executor() if own_executor else executor
    futures: dict[Future, str] = {}
    if point_store is not None:
        _write_index(point_store, scenario, points, seeds, keys, overrides, outcomes, failures)
    try:
        for key, o in to_run.items():
            futures[pool.submit(run_point, scenario.toml, scenario.origin, o, seeds)] = key
        with tqdm(
            total=len(set(keys)),
            initial=len(outcomes),
            desc=f"sweep {scenario.name}",
            unit="point",
            disable=not progress,
        ) as bar:
            for future in as_completed(futures):
                key = futures[future]
                try:
                    outcomes[key] = future.result()
                except Exception as error:  # a point's failure is reported, not raised
                    failures[key] = f"{type(error).__name__}: {error}"
                    if point_store is not None:
                        point_store.note_finished(key, to_run[key], error=failures[key])
                else:
                    if point_store is not None:
                        point_store.save(key, to_run[key], seeds, outcomes[key])
                        point_store.note_finished(key, to_run[key])
                bar.update()
    except BaseException:
        # Interrupted (Ctrl-C in Jupyter, say): queue no more work; finished points are stored.
        for future in futures:
            future.cancel()
        raise
    finally:
        if own_executor:
            pool.shutdown(cancel_futures=True)
        if point_store is not None:
            _write_index(point_store, scenario, points, seeds, keys, overrides, outcomes, failures)

    failure_rows = [
        {"point": i, **overrides[i], "error": failures[k]} for i, k in enumerate(keys) if k in failures
    ]
    if failures:
        print(
            f"sweep: {len(failure_rows)} of {len(points)} points failed; see SweepResult.failures",
            file=sys.stderr,
        )
    return SweepResult(
        points=points,
        dataset=_dataset(points, keys, outcomes, seeds),
        failures=pd.DataFrame(failure_rows, columns=["point", *points.columns, "error"]).set_index("point"),
        computed=len(to_run) - len(failures),
    )


def _write_index(store, scenario, points, seeds, keys, overrides, outcomes, failures) -> None:
    """The whole index, written when a call starts and when it ends (not after each point:
    that would cost time growing with the square of the number of points)."""
    listed = {}
    for i, key in enumerate(keys):
        status = "done" if key in outcomes else ("failed" if key in failures else "pending")
        listed[key] = {
            "point": i,
            "parameters": overrides[i],
            "status": status,
            "file": store.path(key).name if key in outcomes else None,
        }
    failed = [{"key": k, "error": e, "parameters": listed[k]["parameters"]} for k, e in failures.items()]
    store.write_index(
        {**_description(scenario, points, seeds), "updated": time.strftime("%Y-%m-%dT%H:%M:%S%z")},
        listed,
        failed,
    )


def _dataset(
    points: pd.DataFrame, keys: list[str], outcomes: Mapping[str, dict], seeds: list[int]
) -> xr.Dataset:
    """``summary`` (point, replication, figure), NaN for failed points; parameters as coordinates."""
    any_outcome = next(iter(outcomes.values()), None)
    figures = any_outcome["figures"] if any_outcome else []
    units = any_outcome["units"] if any_outcome else []
    values = np.full((len(keys), len(seeds), len(figures)), np.nan)
    for i, key in enumerate(keys):
        if key in outcomes:
            values[i] = outcomes[key]["values"]
    coords = {
        "point": np.arange(len(keys)),
        "replication": np.arange(len(seeds)),
        "seed": ("replication", np.asarray(seeds, dtype=np.uint64)),
        "figure": figures,
        "unit": ("figure", units),
        **{column: ("point", points[column].to_numpy()) for column in points.columns},
    }
    summary = (("point", "replication", "figure"), values, {"description": SUMMARY_DESCRIPTION})
    return xr.Dataset({"summary": summary}, coords=coords)
