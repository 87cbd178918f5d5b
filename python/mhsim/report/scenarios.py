"""What each reform changes against the baseline, the assumptions behind those keys, and
how the comparison was made: read from the scenarios' resolved TOML and the comments of
the packaged ``baseline.toml`` (``mhsim.parameter_notes``)."""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..compare import BASELINE
from ..parameter_notes import note_for, parameter_notes
from ..scenario import NOT_PARAMETERS, flatten, toml_literal

if TYPE_CHECKING:
    from ..compare import Comparison

NO_NOTE = "not documented in baseline.toml (the engine's default)"


@dataclass(frozen=True)
class Change:
    key: str  # dotted
    old: str  # the baseline's value, as TOML
    new: str  # the reform's value, as TOML
    note: str  # meaning and source, from baseline.toml's comments


def _shown(value: Any) -> str:
    return "(not set)" if value is None else toml_literal(value)


def scenario_changes(comparison: Comparison) -> dict[str, list[Change]]:
    """For each reform, every key whose value differs from the baseline's, in the
    baseline's order (keys only the reform has come last)."""
    notes = parameter_notes()
    base = flatten(tomllib.loads(comparison.baseline.scenario.toml))
    changes = {}
    for name, runs in comparison.reforms.items():
        reform = flatten(tomllib.loads(runs.scenario.toml))
        keys = [k for k in base if k not in NOT_PARAMETERS] + [k for k in reform if k not in base]
        changed = [k for k in keys if base.get(k) != reform.get(k) and k not in NOT_PARAMETERS]
        changes[name] = [
            Change(
                key,
                _shown(base.get(key)),
                _shown(reform.get(key)),
                note.note if (note := note_for(key, notes)) and note.note else NO_NOTE,
            )
            for key in changed
        ]
    return changes


@dataclass(frozen=True)
class Assumption:
    key: str
    default: str  # the baseline's value
    note: str
    reforms: list[tuple[str, str]]  # (reform, its value)


def assumptions(changes: dict[str, list[Change]]) -> list[Assumption]:
    """Every key some reform changes, once, with its baseline value, its source and the
    value each reform that touches it gives it."""
    by_key: dict[str, Assumption] = {}
    for reform, listed in changes.items():
        for change in listed:
            entry = by_key.setdefault(change.key, Assumption(change.key, change.old, change.note, []))
            entry.reforms.append((reform, change.new))
    return sorted(by_key.values(), key=lambda a: a.key)


def scenario_settings(comparison: Comparison) -> dict[str, Any]:
    """Population size, horizon and burn-in of the comparison (the baseline's; every
    scenario of a comparison shares them unless a reform sets them)."""
    simulation = tomllib.loads(comparison.baseline.scenario.toml)
    return {
        "population_size": simulation["population"]["size"],
        "horizon_years": simulation["simulation"]["horizon_years"],
        "burn_in_years": simulation["simulation"]["burn_in_years"],
        "discount_rate_per_year": simulation.get("economics", {}).get("discount_rate_per_year"),
    }


def provenance(comparison: Comparison) -> dict[str, Any]:
    """How the comparison was made: software, seeds, size, and a hash of each scenario."""
    first = comparison.baseline.runs[0].provenance
    scenarios = []
    for name in comparison.scenario_names:
        runs = comparison.replications(name)
        toml = runs.scenario.toml
        scenarios.append(
            {
                "name": name,
                "scenario_name": runs.scenario.name,
                "origin": runs.scenario.origin,
                "sha256": hashlib.sha256(toml.encode()).hexdigest(),
            }
        )
    return {
        "mhsim_version": str(first.get("mhsim_version", "")),
        "git_revision": str(first.get("git_revision", "")),
        "platform": str(first.get("platform", "")),
        "seeds": list(comparison.baseline.seeds),
        "replications": len(comparison.baseline),
        "scenarios": scenarios,
        "baseline": BASELINE,
        **scenario_settings(comparison),
    }
