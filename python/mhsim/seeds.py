"""Seeds for replications, derived from one seed.

``replication_seeds(seed, n)`` hashes the seed with numpy's SeedSequence, so
seeds are well spread even for seeds 1, 2, 3, and the first k of n seeds do
not depend on n: asking for more replications later extends a set, it does
not replace it.
"""

from __future__ import annotations

import numpy as np


def replication_seeds(seed: int, n: int) -> list[int]:
    if n < 1:
        raise ValueError(f"the number of replications must be at least 1, got {n}")
    if seed < 0:
        raise ValueError(f"seed must be a non-negative integer, got {seed}")
    return [int(s) for s in np.random.SeedSequence(seed).generate_state(n, dtype=np.uint64)]
