"""Running the engine."""

from __future__ import annotations

import os

from . import _core
from .results import Results
from .scenario import Scenario, as_scenario
from .seeds import checked_seed


def run(scenario: Scenario | str | os.PathLike, seed: int = 1) -> Results:
    """Simulate one scenario with one seed. The GIL is released while the engine runs,
    so runs in several Python threads proceed in parallel."""
    scenario = as_scenario(scenario)
    seed = checked_seed(seed)
    return Results(_core.run(scenario._loaded, seed))
