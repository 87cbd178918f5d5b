"""What each scenario key means and where its default comes from, read from the comments of
``baseline.toml``: the note beside a key, and any comment lines just above it.

docs/generate_parameters.py writes docs/parameters.md from these notes; the report reads
them from the baseline installed with the package, so a reform's changed keys are shown
with their meaning and source.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .library import library_baseline

KEY_LINE = re.compile(r"^(?P<key>[a-z_0-9]+)\s*=\s*(?P<value>.+?)\s*(?:#\s*(?P<note>.*))?$")


@dataclass(frozen=True)
class ParameterNote:
    key: str  # dotted: section and name, e.g. "workforce.psychologist.fte_per_100k"
    default: str  # the value as written in the file
    note: str  # the source, or "assumption" and why


@dataclass
class Section:
    name: str  # the table's dotted name, e.g. "workforce.psychologist"
    notes: list[ParameterNote] = field(default_factory=list)


def split_value_and_note(line: str) -> tuple[str, str, str] | None:
    """(key, value, note) of a ``key = value  # note`` line, or None for any other line."""
    # A '#' inside a quoted string is not a comment.
    in_string = False
    for i, ch in enumerate(line):
        if ch == '"':
            in_string = not in_string
        elif ch == "#" and not in_string:
            code, note = line[:i].rstrip(), line[i + 1 :].strip()
            break
    else:
        code, note = line.rstrip(), ""
    match = KEY_LINE.match(code)
    if not match:
        return None
    return match["key"], match["value"], note


def read_sections(text: str) -> list[Section]:
    """The tables of a scenario file in order, each key with its default and note (the
    comment lines just above a key join the note beside it). Keys before the first table
    (name, description) are not parameters and are left out."""
    sections: list[Section] = []
    pending_note: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("[") and line.endswith("]"):
            sections.append(Section(line.strip("[]")))
            pending_note = []
        elif line.startswith("#"):
            if sections:
                pending_note.append(line.lstrip("# "))
        elif line and sections:
            parsed = split_value_and_note(line)
            if parsed:
                key, value, note = parsed
                section = sections[-1]
                text_note = " ".join([*pending_note, note]).strip()
                section.notes.append(ParameterNote(f"{section.name}.{key}", value, text_note))
                pending_note = []
    return sections


@cache
def _notes_of(path: str) -> dict[str, ParameterNote]:
    sections = read_sections(Path(path).read_text())
    return {note.key: note for section in sections for note in section.notes}


def parameter_notes(baseline: str | os.PathLike | None = None) -> dict[str, ParameterNote]:
    """Every documented key of ``baseline`` (default: the packaged ``baseline.toml``) by
    its dotted name, in file order."""
    return dict(_notes_of(os.fspath(baseline or library_baseline())))


def note_for(key: str, notes: dict[str, ParameterNote]) -> ParameterNote | None:
    """The note of ``key`` or of the nearest table value holding it: a labelled value such
    as ``population.region_share.rural`` is documented at ``population.region_share``."""
    parts = key.split(".")
    for end in range(len(parts), 0, -1):
        found = notes.get(".".join(parts[:end]))
        if found:
            return found
    return None
