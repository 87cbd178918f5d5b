"""Designs for sweeps: which scenario keys to vary and at which points.

Each design gives ``points()``, a DataFrame with one column per dotted
scenario key and one row per point. Sampled designs draw floats, so they
suit number keys; use a ``Grid`` for integer keys such as population.size.
Sobol and Morris designs come from SALib, so that their points match what
SALib's analysers expect (``mhsim.sensitivity``). ``load(path)`` reads a design from
a TOML file (the format ``mhsim sweep`` takes; see README.md).
"""

from __future__ import annotations

import itertools
import os
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .catalogue import suggestion


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
        from scipy.stats import qmc  # here, not at import: scipy.stats takes a second to load

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
        from SALib.sample import sobol as sobol_sample

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
        from SALib.sample import morris as morris_sample

        samples = morris_sample.sample(
            self.problem, self.trajectories, num_levels=self.levels, seed=self.seed
        )
        return pd.DataFrame(samples, columns=list(self.bounds))


Design = Grid | LatinHypercube | Sobol | Morris


class DesignFileError(ValueError):
    """A design file that cannot be read: the message names the file, the key and what
    was expected."""


# The sections of a design file, each with its settings (besides the keys it varies).
_SECTIONS = {
    "grid": "one array of values per dotted scenario key",
    "latin_hypercube": "points, seed and [latin_hypercube.ranges]",
    "sobol": "samples, seed, second_order and [sobol.ranges]",
    "morris": "trajectories, levels, seed and [morris.ranges]",
}
_SETTINGS = {
    "latin_hypercube": {"points": int, "seed": int},
    "sobol": {"samples": int, "seed": int, "second_order": bool},
    "morris": {"trajectories": int, "levels": int, "seed": int},
}
_LEAST = {"points": 1, "samples": 2, "trajectories": 1, "levels": 2}
_REQUIRED = {"latin_hypercube": ("points",), "sobol": ("samples",), "morris": ()}


def load(path: str | os.PathLike) -> Design:
    """A design from a TOML file with one section: ``[grid]`` (``"key" = [values]``), or
    ``[latin_hypercube]`` (``points``, ``seed``), ``[sobol]`` (``samples``, ``seed``,
    ``second_order``) or ``[morris]`` (``trajectories``, ``levels``, ``seed``), each with a
    ``ranges`` table of ``"key" = [low, high]``. Keys are dotted scenario keys, quoted or
    not. Raises DesignFileError naming the file, the key and what was expected."""
    path = Path(path)
    try:
        with path.open("rb") as file:
            document = tomllib.load(file)
    except tomllib.TOMLDecodeError as error:
        raise DesignFileError(f"{path}: not valid TOML: {error}") from None
    unknown = [name for name in document if name not in _SECTIONS]
    if unknown or len(document) != 1:
        found = f"unknown section [{unknown[0]}]" if unknown else f"{len(document)} sections"
        close = suggestion(unknown[0], _SECTIONS) if unknown else ""
        raise DesignFileError(
            f"{path}: {found}.{close} A design file has one section: "
            + ", ".join(f"[{name}]" for name in _SECTIONS)
        )
    [(kind, section)] = document.items()
    if not isinstance(section, dict):
        raise DesignFileError(f"{path}: [{kind}] must be a table ({_SECTIONS[kind]})")
    if kind == "grid":
        values = _flatten(section)
        for key, value in values.items():
            if not isinstance(value, list) or not value:
                raise DesignFileError(f"{path}: [grid] {key!r} must be an array of values, got {value!r}")
        if not values:
            raise DesignFileError(f"{path}: [grid] is empty; expected {_SECTIONS['grid']}")
        return Grid(values)
    return _sampled(path, kind, section)


def _sampled(path: Path, kind: str, section: dict) -> Design:
    settings = _SETTINGS[kind]
    expected = f"expected {_SECTIONS[kind]}"
    for key, value in section.items():
        if key == "ranges":
            continue
        if key not in settings:
            close = suggestion(key, [*settings, "ranges"])
            raise DesignFileError(f"{path}: unknown key {key!r} in [{kind}].{close} {expected.capitalize()}")
        least = _LEAST.get(key, 0)
        if settings[key] is bool and type(value) is not bool:
            raise DesignFileError(f"{path}: [{kind}] {key} must be true or false, got {value!r}")
        if settings[key] is int and (type(value) is not int or value < least):
            raise DesignFileError(
                f"{path}: [{kind}] {key} must be an integer of at least {least}, got {value!r}"
            )
        if key == "samples" and value & (value - 1):
            raise DesignFileError(
                f"{path}: [{kind}] samples must be a power of 2 (64, 128, ...), got {value}"
            )
    missing = [key for key in (*_REQUIRED[kind], "ranges") if key not in section]
    if missing:
        raise DesignFileError(f"{path}: [{kind}] has no {missing[0]}; {expected}")
    ranges = section["ranges"]
    bounds = _flatten(ranges) if isinstance(ranges, dict) else {}
    if not bounds:
        raise DesignFileError(f'{path}: [{kind}.ranges] must list "key" = [low, high]; it is empty')
    for key, pair in bounds.items():
        numbers = isinstance(pair, list) and all(type(v) in (int, float) for v in pair)
        if not numbers or len(pair) != 2 or not pair[0] < pair[1]:
            raise DesignFileError(
                f"{path}: [{kind}.ranges] {key!r} must be [low, high] with low < high, got {pair!r}"
            )
    options = {key: value for key, value in section.items() if key != "ranges"}
    if kind == "latin_hypercube":
        return LatinHypercube(bounds, n=options["points"], seed=options.get("seed", 0))
    if kind == "sobol":
        samples = options.pop("samples")
        return Sobol(bounds, n=samples, **options)
    return Morris(bounds, **options)


def _flatten(table: dict, prefix: str = "") -> dict:
    """{"a": {"b": 1}} and {"a.b": 1} alike to {"a.b": 1}: an unquoted dotted key in TOML is
    a nested table."""
    flat = {}
    for key, value in table.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat
