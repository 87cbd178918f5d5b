"""What changed when in each reform - its timeline's changes and its learning rules' firings -
as a table for the report and as marks on its run charts (docs/model.md, "Policy over time")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..results import DAYS_PER_WEEK

if TYPE_CHECKING:
    from ..compare import Comparison

DAYS_PER_YEAR = 365.25


@dataclass(frozen=True)
class Mark:
    """One dated change of one scenario: the week it took effect and what it did, in words."""

    scenario: str
    week: int
    what: str
    note: str

    @property
    def years(self) -> float:
        return self.week * DAYS_PER_WEEK / DAYS_PER_YEAR


def _value(value) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def timeline_marks(comparison: Comparison) -> list[Mark]:
    """Each reform's timeline changes, one mark per week, in time order (the timeline is the
    same in every replication, so the first one's is read)."""
    marks = []
    for name, runs in comparison.reforms.items():
        timeline = runs.runs[0].timeline() if runs.runs else None
        if timeline is None or timeline.empty:
            continue
        for week, rows in timeline.groupby("week", sort=True):
            settings = [
                f"{row.key} = {_value(row.value)}" + ("" if row.regions == "all" else f" ({row.regions})")
                for row in rows.itertuples()
            ]
            notes = sorted({note for note in rows["note"] if note})
            marks.append(Mark(name, int(week), "; ".join(settings), "; ".join(notes)))
    return marks


def rule_marks(comparison: Comparison) -> list[Mark]:
    """Each reform's rule firings, one mark per rule and week: a rule fires when its own
    replication's figure says so, so the mark says in how many replications it did."""
    marks = []
    for name, runs in comparison.reforms.items():
        firings = runs.rule_firings()
        if firings.empty:
            continue
        for (week, rule), rows in firings.groupby(["week", "rule"], sort=True):
            replications = rows["replication"].nunique()
            moved = "; ".join(dict.fromkeys(rows["key"]))
            marks.append(Mark(name, int(week), f"rule {rule!r} fired: {moved}",
                              f"in {replications} of {len(runs)} replications"))  # fmt: skip
    return marks


def change_marks(comparison: Comparison) -> list[Mark]:
    """Timeline changes and rule firings together, in time order."""
    return sorted(timeline_marks(comparison) + rule_marks(comparison), key=lambda m: (m.week, m.scenario))
