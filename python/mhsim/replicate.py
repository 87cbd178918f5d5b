"""Replications of one scenario: the same model, different seeds, with intervals."""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cached_property, partial

import numpy as np
import pandas as pd
import xarray as xr

from . import _core
from .catalogue import SUMMARY_DESCRIPTION, check_figures, tables_to_keep
from .intervals import figures_may_be_undefined, interval_table, t_half_width
from .results import Results, weekly_totals
from .scenario import Scenario, as_scenario
from .seeds import replication_seeds
from .threads import run_in_threads


class Replications:
    """n runs of one scenario. ``to_xarray()`` stacks them along a ``replication``
    dimension; ``interval()`` gives confidence intervals for the headline figures."""

    def __init__(self, scenario: Scenario, seeds: Sequence[int], runs: Sequence[Results]):
        if len(seeds) != len(runs):
            raise ValueError("one seed per run")
        self.scenario = scenario
        self.seeds = list(seeds)
        self.runs = list(runs)

    def __len__(self) -> int:
        return len(self.runs)

    def __repr__(self) -> str:
        return f"Replications(scenario={self.scenario.name!r}, n={len(self)})"

    def summary(self) -> pd.DataFrame:
        """Headline figures: one row per replication, one column per figure; units in ``.attrs``."""
        series = [run.summary() for run in self.runs]
        frame = pd.DataFrame(series, index=pd.RangeIndex(len(series), name="replication"))
        frame.attrs["units"] = series[0].attrs["units"]
        return frame

    def rule_firings(self) -> pd.DataFrame:
        """Every replication's ``Results.rule_firings()``, with the replication and its seed first."""
        frames = [run.rule_firings().assign(replication=i) for i, run in enumerate(self.runs)]
        frame = pd.concat(frames, ignore_index=True)
        replication = frame.pop("replication").to_numpy(dtype="int64")
        frame.insert(0, "seed", np.asarray(self.seeds, dtype="uint64")[replication])  # seeds use all 64 bits
        frame.insert(0, "replication", replication)
        return frame

    def _attrs(self) -> dict[str, str]:
        provenance = self.runs[0].provenance
        shared = ("mhsim_version", "git_revision", "platform")
        return {
            "scenario_name": self.scenario.name,
            "scenario_toml": self.scenario.toml,
            **{key: str(value) for key, value in provenance.items() if key in shared},
        }

    @cached_property
    def _summary_dataset(self) -> xr.Dataset:
        summary = self.summary()
        attrs = {"description": SUMMARY_DESCRIPTION}
        return xr.Dataset(
            {"summary": (("replication", "figure"), summary.to_numpy(), attrs)},
            coords={
                "replication": np.arange(len(self)),
                "seed": ("replication", np.asarray(self.seeds, dtype=np.uint64)),
                "figure": list(summary.columns),
                "unit": ("figure", [summary.attrs["units"][f] for f in summary.columns]),
            },
            attrs=self._attrs(),
        )

    @cached_property
    def _dataset(self) -> xr.Dataset:
        weekly = []
        for run in self.runs:
            dataset = run.to_xarray()
            dataset.attrs = {}  # each run's provenance; the replications' is set below
            weekly.append(dataset)
        dataset = xr.concat(
            weekly, dim="replication", data_vars="all", coords="minimal", compat="override", join="override"
        )
        # Every variable keeps its units and description (the first run's, the same in every run).
        dataset = xr.merge([dataset, self._summary_dataset], compat="override", join="override")
        dataset.attrs = self._attrs()
        return dataset

    def to_xarray(self, weekly: bool = True) -> xr.Dataset:
        """Every weekly table with dims (replication, week, ...), and ``summary`` (replication,
        figure); ``weekly=False`` gives ``summary`` alone. Each weekly table keeps its ``units``
        and ``description`` attributes; the summary figures' units are the ``unit`` coordinate."""
        return self._dataset if weekly else self._summary_dataset

    def mean(self, weekly: bool = False) -> xr.Dataset:
        """The mean over the replications: a Dataset whose ``summary`` has dims (figure), with
        the ``unit`` coordinate - the same kind of object as ``SweepResult.mean()``, which has
        (point, figure). With ``weekly=True`` every weekly table too (dims week, ...)."""
        with figures_may_be_undefined():
            return self.to_xarray(weekly).mean("replication", keep_attrs=True)

    def quantile(self, q: float | Sequence[float], weekly: bool = False) -> xr.Dataset:
        """Quantiles over the replications: ``summary`` with dims (quantile, figure) when ``q``
        is a list, (figure) when it is a number. The summary figures alone take milliseconds;
        ``weekly=True`` adds every weekly table (seconds: every cell of every table)."""
        # Only variables with an undefined value need NaNs skipped: numpy's nanquantile loops
        # in Python over every cell (minutes for the stratified tables), its quantile does not.
        dataset = self.to_xarray(weekly)
        undefined = [n for n, v in dataset.data_vars.items() if v.dtype.kind == "f" and v.isnull().any()]
        with figures_may_be_undefined(), np.errstate(invalid="ignore"):
            defined = _quantile_keeping_infinities(dataset.drop_vars(undefined), q, skipna=False)
            skipped = _quantile_keeping_infinities(dataset[undefined], q, skipna=True)
        merged = xr.merge([defined, skipped], compat="no_conflicts", join="exact", combine_attrs="override")
        return merged[[name for name in dataset.data_vars if name in merged.data_vars]]

    def interval(self, level: float = 0.95, method: str = "t") -> pd.DataFrame:
        """Mean and confidence interval of each headline figure over the replications
        (see ``mhsim.intervals`` for the methods)."""
        summary = self.summary()
        table = interval_table(summary, level, method)
        table.insert(0, "unit", pd.Series(summary.attrs["units"]))
        table.index.name = "figure"
        return table

    def weekly_interval(self, metric: str, by: Sequence[str] = (), level: float = 0.95) -> pd.DataFrame:
        """A weekly table summed over every dimension but ``by``, with the mean over the
        replications and its t interval per week: columns mean, lower, upper."""
        check_figures([metric], self.runs[0].metrics, what="weekly table")
        variable = self._dataset[metric]
        unknown = set(by) - set(variable.dims)
        if unknown:
            raise KeyError(f"{metric} has no dimension {sorted(unknown)}; it has {list(variable.dims)}")
        totals = weekly_totals(variable, ("replication", "week", *by)).transpose("replication", ...)
        mean = totals.mean("replication")
        half = xr.DataArray(t_half_width(totals.to_numpy(), level), dims=mean.dims, coords=mean.coords)
        return xr.Dataset({"mean": mean, "lower": mean - half, "upper": mean + half}).to_dataframe()

    def plot_weekly(self, metric: str, by: str | None = None, level: float = 0.95, ax=None):
        """A weekly table (as ``Results.plot``) with the mean over the replications as a line
        and its ``level`` interval as a band (``weekly_interval``), one per label of ``by``.
        Returns the matplotlib axes (see mhsim.plots)."""
        from . import plots

        return plots.weekly_band(self, metric, by, level, ax)


def replicate(
    scenario: Scenario | str | os.PathLike,
    n: int = 10,
    seed: int = 1,
    threads: int | None = None,
    progress: bool = True,
    weekly: bool | Sequence[str] = True,
) -> Replications:
    """Run ``n`` replications with seeds derived from ``seed`` (``mhsim.seeds``), on
    ``threads`` C++ threads at once (default: the cores this process may use). ``weekly``
    says which weekly tables each run keeps, as in ``mhsim.compare``."""
    scenario = as_scenario(scenario)
    keep = tables_to_keep(weekly)
    seeds = replication_seeds(seed, n)
    jobs = [partial(_core.run, scenario._loaded, s, keep_tables=keep) for s in seeds]
    runs = run_in_threads(jobs, threads, progress, f"{scenario.name} replications")
    return Replications(scenario, seeds, [Results(run) for run in runs])


def _quantile_keeping_infinities(dataset: xr.Dataset, q: float | Sequence[float], skipna: bool) -> xr.Dataset:
    # numpy interpolates between two infinite values as inf - inf, NaN. Where the two
    # order statistics around the quantile are equal the quantile is their value, so an
    # infinite one is kept (the capacity of a step without a caseload limit).
    interpolated = dataset.quantile(q, dim="replication", skipna=skipna)
    lower = dataset.quantile(q, dim="replication", method="lower", skipna=skipna)
    higher = dataset.quantile(q, dim="replication", method="higher", skipna=skipna)
    return lower.where(lower == higher, interpolated)
