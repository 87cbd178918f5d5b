"""Scenarios: loaded, validated and resolved by the engine; carried in Python as TOML text."""

from __future__ import annotations

import json
import math
import numbers
import os
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from . import _core


def toml_literal(value: Any) -> str:
    """The TOML spelling of a Python value, for a dotted-key override."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, numbers.Integral):  # numpy's integers too
        return str(int(value))
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(float(value))  # numpy's float64 is a float whose repr is 'np.float64(...)'
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string is a valid TOML basic string
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{key} = {toml_literal(item)}" for key, item in value.items()) + "}"
    if isinstance(value, Sequence):
        return "[" + ", ".join(toml_literal(item) for item in value) + "]"
    raise TypeError(f"cannot express {value!r} ({type(value).__name__}) as a scenario value")


def flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Dotted keys to values; labelled tables ({ urban = 0.8, ... }) become one key per label."""
    flat = {}
    for key, value in table.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(flatten(value, f"{dotted}."))
        else:
            flat[dotted] = value
    return flat


# Keys that name or describe a scenario rather than set the model.
NOT_PARAMETERS = {"name", "description", "schema_version"}


def _override_strings(overrides: Mapping[str, Any] | None) -> list[str]:
    return [f"{key}={toml_literal(value)}" for key, value in (overrides or {}).items()]


class Scenario:
    """A validated scenario. Immutable: ``with_overrides`` returns a new one.

    It pickles as its resolved TOML text, so it travels to worker processes
    and machines as plain data.
    """

    def __init__(self, loaded: _core.LoadedScenario):
        self._loaded = loaded

    @classmethod
    def load(cls, path: str | os.PathLike, overrides: Mapping[str, Any] | None = None) -> Scenario:
        """Load a TOML file (following ``extends``) and validate it; raises ScenarioError."""
        return cls(_core.load_scenario_file(os.fspath(path), _override_strings(overrides)))

    @classmethod
    def from_toml(
        cls,
        text: str,
        origin: str = "<text>",
        overrides: Mapping[str, Any] | None = None,
        base_directory: str | os.PathLike = ".",
    ) -> Scenario:
        """Validate TOML text; ``extends`` paths resolve against ``base_directory``."""
        return cls(
            _core.load_scenario_text(text, origin, _override_strings(overrides), os.fspath(base_directory))
        )

    def with_overrides(self, overrides: Mapping[str, Any]) -> Scenario:
        """A copy with dotted keys replaced, e.g. ``{"population.size": 20000}``; validated again."""
        return Scenario(_core.load_scenario_text(self.toml, self.origin, _override_strings(overrides), "."))

    @property
    def name(self) -> str:
        return self._loaded.name

    @property
    def description(self) -> str:
        return self._loaded.description

    @property
    def origin(self) -> str:
        return self._loaded.origin

    @property
    def toml(self) -> str:
        """The fully resolved scenario: every key, no ``extends``."""
        return self._loaded.resolved_toml

    def value(self, dotted_key: str) -> Any:
        """The value of a dotted key in the resolved scenario, e.g. ``"population.size"``."""
        value: Any = tomllib.loads(self.toml)
        for part in dotted_key.split("."):
            if not isinstance(value, dict) or part not in value:
                raise KeyError(f"scenario {self.name!r} has no key {dotted_key!r}")
            value = value[part]
        return value

    def save(
        self,
        path: str | os.PathLike,
        extends: str | os.PathLike | None = None,
        first: Sequence[str] = (),
        header: str = "",
    ) -> Path:
        """Writes this scenario as a TOML file that ``extends`` a scenario file (default: the
        file it was loaded from) and sets, as dotted keys, every key where the two differ:
        the keys of ``first`` at the top, the others after them. ``header`` becomes comment
        lines at the head of the file. The written file is loaded back and must resolve to
        this scenario, else ValueError."""
        path = Path(path)
        if extends is None:
            if not Path(self.origin).is_file():
                raise ValueError(
                    f"scenario {self.name!r} was not loaded from a file ({self.origin!r}); "
                    "pass extends=<the scenario file to extend>"
                )
            extends = self.origin
        base = flatten(tomllib.loads(Scenario.load(extends).toml))
        own = flatten(tomllib.loads(self.toml))
        unset = [key for key in base if key not in own]
        if unset:
            raise ValueError(f"a file that extends {os.fspath(extends)!r} cannot unset {unset[0]!r}")
        changed = [k for k, v in own.items() if k not in NOT_PARAMETERS and base.get(k, _MISSING) != v]
        groups = [[k for k in first if k in changed], [k for k in changed if k not in first]]
        target, folder = Path(extends).resolve(), path.resolve().parent
        # Relative when the two share a folder, so the pair can move together; else absolute.
        shared = Path(os.path.commonpath([target, folder]))
        relative = os.path.relpath(target, folder) if shared != Path(shared.anchor) else target
        lines = [f"# {line}".rstrip() for line in header.splitlines()]
        lines += [f"extends = {toml_literal(Path(relative).as_posix())}"]
        lines += [f"{key} = {toml_literal(own[key])}" for key in ("name", "description") if key in own]
        for group in groups:
            lines += ["", *(f"{key} = {toml_literal(own[key])}" for key in group)] if group else []
        path.write_text("\n".join(lines) + "\n")
        if Scenario.load(path).toml != self.toml:
            raise ValueError(f"{path} does not resolve to scenario {self.name!r}; please report this")
        return path

    def __reduce__(self):
        return (Scenario.from_toml, (self.toml, self.origin))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Scenario) and self.toml == other.toml

    def __hash__(self) -> int:
        return hash(self.toml)

    def __repr__(self) -> str:
        return f"Scenario(name={self.name!r}, origin={self.origin!r})"


_MISSING = object()


def as_scenario(scenario: Scenario | str | os.PathLike) -> Scenario:
    """A Scenario as given, or loaded from the path given."""
    return scenario if isinstance(scenario, Scenario) else Scenario.load(scenario)
