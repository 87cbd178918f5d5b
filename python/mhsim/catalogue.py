"""The catalogue of summary figures, and "did you mean" for a misspelled one.

The engine computes the same figures and weekly tables, in the same order, for every
scenario, so the catalogue is read from a run of the packaged baseline small and short
enough to take milliseconds.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from functools import cache

import pandas as pd

from . import _core
from .library import library_baseline

SUMMARY_DESCRIPTION = (
    "headline figures over the reported horizon; each figure's unit is the unit coordinate "
    "and mhsim.figures() describes them"
)
_TINY_RUN = {"population.size": 200, "simulation.horizon_years": 0.05, "simulation.burn_in_years": 0.0}


class UnknownFigureError(KeyError):
    """A figure name the results do not have; the message suggests the nearest names."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


@cache
def _tiny_run() -> _core.Results:
    from .scenario import Scenario

    return _core.run(Scenario.load(library_baseline(), _TINY_RUN)._loaded, 1)


@cache
def _catalogue() -> pd.DataFrame:
    rows = _tiny_run().summary
    table = pd.DataFrame(
        [(name, unit, description) for name, _, unit, description in rows],
        columns=["figure", "unit", "description"],
    )
    return table.set_index("figure")


def figures() -> pd.DataFrame:
    """Every summary figure the engine reports, in its order: unit and description."""
    return _catalogue().copy()


def weekly_tables() -> list[str]:
    """The names of every weekly table a run reports, in its order."""
    return list(_tiny_run().table_names)


def tables_to_keep(weekly: bool | Sequence[str]) -> list[str] | None:
    """The engine's ``keep_tables`` for a ``weekly`` argument: every table (None) for True,
    none for False, or the names given, checked."""
    if weekly is True:
        return None
    if weekly is False:
        return []
    if isinstance(weekly, str):
        raise TypeError("weekly takes True, False or a list of weekly table names, not one string")
    names = list(dict.fromkeys(weekly))
    check_figures(names, weekly_tables(), what="weekly table")
    return names


def suggestion(name: str, known: Iterable[str]) -> str:
    """' Did you mean 'x' or 'y'?' for the names closest to ``name``, or ''."""
    close = difflib.get_close_matches(name, list(known), n=3, cutoff=0.6)
    if not close:
        return ""
    return " Did you mean " + " or ".join(repr(c) for c in close) + "?"


def check_figures(names: Sequence[str], known: Sequence[str], what: str = "summary figure") -> None:
    """Raises UnknownFigureError naming each unknown name with its nearest known names."""
    known_set = set(known)
    unknown = [n for n in names if n not in known_set]
    if not unknown:
        return
    lines = [f"no {what} {name!r}.{suggestion(name, known)}" for name in unknown]
    hint = "mhsim.figures() lists every summary figure" if what == "summary figure" else ""
    raise UnknownFigureError(" ".join(lines) + (f" ({hint})" if hint else ""))
