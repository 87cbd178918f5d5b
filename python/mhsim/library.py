"""The scenario library installed with the package: the baseline, the reforms, the variants and
example sweep designs (the same files as ``scenarios/`` in the source tree)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def scenario_library() -> Path:
    """The folder holding ``baseline.toml``, ``reforms/``, ``variants/`` and ``designs/``."""
    return Path(str(resources.files("mhsim") / "scenarios"))


def library_baseline() -> Path:
    return scenario_library() / "baseline.toml"
