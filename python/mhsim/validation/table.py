"""The targets table (targets.toml): every calibration and validation target with the
setting it is measured in, read by the validation report, its test and ``mhsim.calibrate``.

A setting is a scenario file of the library with overrides; a target names a summary figure
(``mhsim.figures()``) or a derived figure of this package (``derived.DERIVED``), measured
in one setting, or in several for a figure that sets settings against each other."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from ..catalogue import figures
from .derived import DERIVED

TARGET_KEYS = {"name", "figure", "setting", "value", "tolerance", "source", "off", "test_tolerance", "note"}
SETTING_KEYS = {"scenario", "overrides", "journey_people", "description", "min_size"}


class TargetsTableError(ValueError):
    """targets.toml is malformed; the message names the entry and the key."""


@dataclass(frozen=True)
class Setting:
    """Where targets are measured: a library scenario file with overrides. ``journey_people``
    people (at most everyone) have every event logged, for figures read from journeys."""

    name: str
    scenario: str
    description: str
    overrides: dict[str, Any] = field(default_factory=dict)
    journey_people: int = 0
    min_size: int = 0  # the fewest people at which its figures can be measured at all

    def run_overrides(self, size: int) -> dict[str, Any]:
        more: dict[str, Any] = {"population.size": size}
        if self.journey_people:
            more["recording.journey_sample_share"] = min(1.0, self.journey_people / size)
        return {**self.overrides, **more}


@dataclass(frozen=True)
class Target:
    """One published figure the model should reproduce within ``tolerance`` (absolute, in the
    figure's unit). ``off`` says why the model does not meet it today or why it does not
    apply; ``test_tolerance`` is the wider allowance the test uses at its small size."""

    name: str
    figure: str
    settings: tuple[str, ...]
    value: float
    tolerance: float
    source: str
    off: str | None = None
    test_tolerance: float | None = None
    note: str | None = None

    @property
    def derived(self) -> bool:
        return self.figure in DERIVED

    def within(self, model: float, at_test_size: bool = False) -> bool:
        tolerance = self.test_tolerance if at_test_size and self.test_tolerance else self.tolerance
        return abs(model - self.value) <= tolerance  # False for NaN: an undefined figure fails


def _checked_keys(entry: dict, allowed: set[str], what: str) -> None:
    unknown = sorted(set(entry) - allowed)
    if unknown:
        raise TargetsTableError(
            f"targets.toml: {what} has unknown key(s) {unknown}; allowed: {sorted(allowed)}"
        )


def _setting(name: str, entry: dict) -> Setting:
    _checked_keys(entry, SETTING_KEYS, f"setting {name!r}")
    if "scenario" not in entry or "description" not in entry:
        raise TargetsTableError(f"targets.toml: setting {name!r} needs a scenario and a description")
    return Setting(name, **entry)


def _target(entry: dict, settings: dict[str, Setting], summary_figures: set[str]) -> Target:
    name = entry.get("name", "?")
    _checked_keys(entry, TARGET_KEYS, f"target {name!r}")
    missing = sorted({"name", "figure", "setting", "value", "tolerance", "source"} - set(entry))
    if missing:
        raise TargetsTableError(f"targets.toml: target {name!r} lacks {missing}")
    names = entry.pop("setting")
    names = (names,) if isinstance(names, str) else tuple(names)
    unknown = [s for s in names if s not in settings]
    if unknown:
        raise TargetsTableError(f"targets.toml: target {name!r} names unknown setting(s) {unknown}")
    figure = entry["figure"]
    if figure not in DERIVED and figure not in summary_figures:
        raise TargetsTableError(
            f"targets.toml: target {name!r} has figure {figure!r}, neither a summary figure "
            "(mhsim.figures()) nor a derived figure (mhsim.validation.derived.DERIVED)"
        )
    if figure not in DERIVED and len(names) != 1:
        raise TargetsTableError(f"targets.toml: target {name!r}: a summary figure is measured in one setting")
    if entry.get("off") == "":
        raise TargetsTableError(f"targets.toml: target {name!r}: off needs a reason")
    return Target(settings=names, **entry)


@cache
def _table() -> tuple[dict[str, Setting], tuple[Target, ...]]:
    text = (resources.files(__package__) / "targets.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    _checked_keys(data, {"setting", "target"}, "the file")
    settings = {name: _setting(name, dict(entry)) for name, entry in data["setting"].items()}
    summary_figures = set(figures().index)
    targets = tuple(_target(dict(entry), settings, summary_figures) for entry in data["target"])
    repeated = {t.name for t in targets if [u.name for u in targets].count(t.name) > 1}
    if repeated:
        raise TargetsTableError(f"targets.toml: target names used twice: {sorted(repeated)}")
    return settings, targets


def settings() -> dict[str, Setting]:
    """The settings of targets.toml by name."""
    return dict(_table()[0])


def targets() -> list[Target]:
    """Every target of targets.toml, in its order."""
    return list(_table()[1])
