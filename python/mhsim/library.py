"""The scenario library installed with the package: the baseline, the reforms and the variants
(the same files as ``scenarios/`` in the source tree)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def scenario_library() -> Path:
    """The folder holding ``baseline.toml``, ``reforms/`` and ``variants/``."""
    return Path(str(resources.files("mhsim") / "scenarios"))


def library_baseline() -> Path:
    return scenario_library() / "baseline.toml"
