"""A setting's runs as the derived figures read them: summaries, weekly tables and journeys,
each converted once."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TypeVar

import numpy as np
import pandas as pd
import xarray as xr

from ..replicate import Replications

T = TypeVar("T")


class Measured:
    """The replications of one setting (one run per seed)."""

    def __init__(self, replications: Replications):
        self.replications = replications
        self._memo: dict[str, object] = {}
        self._singles: dict[int, Measured] = {}

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """``compute()`` once per setting: for a slow step several figures share."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[return-value]

    def single(self, i: int) -> Measured:
        """The ``i``-th run alone (itself when there is one), sharing what is converted."""
        if len(self.replications) == 1:
            return self
        if i not in self._singles:
            r = self.replications
            one = Measured(Replications(r.scenario, [r.seeds[i]], [r.runs[i]]))
            one.__dict__["datasets"] = [self.datasets[i]]
            self._singles[i] = one
        return self._singles[i]

    @cached_property
    def summary(self) -> pd.DataFrame:
        return self.replications.summary()

    @cached_property
    def datasets(self) -> list[xr.Dataset]:
        return [run.to_xarray() for run in self.replications.runs]

    def mean(self, figure: str) -> float:
        """A summary figure's mean over the runs (NaN where any run leaves it undefined)."""
        return float(np.mean(self.summary[figure].to_numpy()))

    def total(self, table: str, **where) -> float:
        """A weekly table summed over weeks, runs and every dimension not fixed by ``where``."""
        return float(sum(dataset[table].sel(**where).sum() for dataset in self.datasets))

    def journeys(self) -> list[tuple[pd.DataFrame, float]]:
        """Each run's journey log with the day its reported horizon ends."""
        return [
            (run.journeys(), float(dataset["week"].values[-1]) + 7.0)
            for run, dataset in zip(self.replications.runs, self.datasets, strict=True)
        ]
