"""Designs for sweeps: which scenario keys to vary and at which points.

Each design gives ``points()``, a DataFrame with one column per dotted
scenario key and one row per point. Sampled designs draw floats, so they
suit number keys; use a ``Grid`` for integer keys such as population.size.
Sobol and Morris designs come from SALib, so that their points match what
SALib's analysers expect (``mhsim.sensitivity``).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from SALib.sample import morris as morris_sample
from SALib.sample import sobol as sobol_sample
from scipy.stats import qmc


def _check_bounds(bounds: Mapping[str, tuple[float, float]]) -> None:
    if not bounds:
        raise ValueError("a design needs at least one parameter")
    for key, pair in bounds.items():
        if len(pair) != 2 or not pair[0] < pair[1]:
            raise ValueError(f"bounds of {key!r} must be (low, high) with low < high, got {pair!r}")


@dataclass(frozen=True)
class Grid:
    """Every combination of the listed values, e.g.
    ``Grid({"workforce.psychologist.fte_per_100k": [11, 16.5, 22],
    "access.stigma_factor": [0.8, 1.0]})``."""

    values: Mapping[str, Sequence]

    def points(self) -> pd.DataFrame:
        if not self.values or any(len(v) == 0 for v in self.values.values()):
            raise ValueError("a grid needs at least one key with at least one value")
        rows = list(itertools.product(*self.values.values()))
        return pd.DataFrame(rows, columns=list(self.values))


@dataclass(frozen=True)
class LatinHypercube:
    """``n`` points spread by a Latin hypercube (scipy.stats.qmc) within ``bounds``."""

    bounds: Mapping[str, tuple[float, float]]
    n: int
    seed: int = 0

    def points(self) -> pd.DataFrame:
        _check_bounds(self.bounds)
        unit = qmc.LatinHypercube(d=len(self.bounds), seed=np.random.default_rng(self.seed)).random(self.n)
        low, high = np.array(list(self.bounds.values()), dtype=float).T
        return pd.DataFrame(qmc.scale(unit, low, high), columns=list(self.bounds))


@dataclass(frozen=True)
class _SALibDesign:
    bounds: Mapping[str, tuple[float, float]]

    @property
    def problem(self) -> dict:
        """The SALib problem definition of the design."""
        _check_bounds(self.bounds)
        return {
            "num_vars": len(self.bounds),
            "names": list(self.bounds),
            "bounds": [list(map(float, b)) for b in self.bounds.values()],
        }


@dataclass(frozen=True)
class Sobol(_SALibDesign):
    """Saltelli's extension of the Sobol sequence: ``n * (d + 2)`` points for first and
    total order indices (``n`` a power of 2)."""

    n: int = 64
    seed: int = 0
    second_order: bool = field(default=False)

    def points(self) -> pd.DataFrame:
        if self.n < 2 or self.n & (self.n - 1):
            raise ValueError(f"a Sobol design needs n a power of 2, got {self.n}")
        samples = sobol_sample.sample(
            self.problem, self.n, calc_second_order=self.second_order, seed=self.seed
        )
        return pd.DataFrame(samples, columns=list(self.bounds))


@dataclass(frozen=True)
class Morris(_SALibDesign):
    """Morris elementary effects: ``trajectories * (d + 1)`` points on a ``levels`` grid."""

    trajectories: int = 10
    levels: int = 4
    seed: int = 0

    def points(self) -> pd.DataFrame:
        samples = morris_sample.sample(
            self.problem, self.trajectories, num_levels=self.levels, seed=self.seed
        )
        return pd.DataFrame(samples, columns=list(self.bounds))


Design = Grid | LatinHypercube | Sobol | Morris
