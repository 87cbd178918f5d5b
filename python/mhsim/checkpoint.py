"""Checkpoint and fork: run the burn-in once, then continue it under several reforms."""

from __future__ import annotations

import os

from . import _core
from .results import Results
from .scenario import Scenario, as_scenario
from .seeds import checked_seed


class BurnIn:
    """The complete state at the end of a burn-in: people, queues, staff and every
    person's random-stream position. Each ``run`` continues a copy of it, so one
    burn-in serves any number of reforms, also from several threads at once; each
    result equals, bit for bit, a run from scratch with the same seed whose
    burn-in ran under this scenario.
    """

    def __init__(self, core: _core.BurnIn):
        self._core = core

    @property
    def scenario(self) -> Scenario:
        """The scenario the burn-in ran under."""
        return Scenario(self._core.scenario)

    @property
    def seed(self) -> int:
        return self._core.seed

    def run(self, reform: Scenario | str | os.PathLike) -> Results:
        """The reported horizon under ``reform``. It may differ from the burn-in's scenario
        in policy (the sections listed in docs/model.md, "Checkpoint and fork": access, the
        care pathway, the workforce, the crisis system, community services, cost-sharing and
        the economic accounting) and in ``name`` and ``description`` only; any other
        difference raises ValueError naming the keys. Staff in post carry on at the fork and
        the reform's posts fill over the recruitment lag. The GIL is released while the
        engine runs."""
        return Results(_core.run_from(self._core, as_scenario(reform)._loaded))

    def __repr__(self) -> str:
        return f"BurnIn(scenario={self._core.scenario.name!r}, seed={self.seed})"


def burn_in(scenario: Scenario | str | os.PathLike, seed: int = 1) -> BurnIn:
    """Simulate the burn-in of ``scenario`` with ``seed`` once, to start reforms from."""
    seed = checked_seed(seed)
    return BurnIn(_core.run_burn_in(as_scenario(scenario)._loaded, seed))
