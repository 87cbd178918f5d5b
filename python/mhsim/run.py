"""Running the engine."""

from __future__ import annotations

import os

from . import _core
from .results import Results
from .scenario import Scenario


def run(scenario: Scenario | str | os.PathLike, seed: int = 1) -> Results:
    """Simulate one scenario with one seed. The GIL is released while the engine runs,
    so runs in several Python threads proceed in parallel."""
    if not isinstance(scenario, Scenario):
        scenario = Scenario.load(scenario)
    if seed < 0:
        raise ValueError(f"seed must be a non-negative integer, got {seed}")
    return Results(_core.run(scenario._loaded, seed))
