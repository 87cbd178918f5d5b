"""Seeds for replications, derived from one seed.

``replication_seeds(seed, n)`` hashes the seed with numpy's SeedSequence, so
seeds are well spread even for seeds 1, 2, 3, and the first k of n seeds do
not depend on n: asking for more replications later extends a set, it does
not replace it.
"""

from __future__ import annotations

import numbers

import numpy as np

SEED_LIMIT = 2**64  # the engine keys its streams with an unsigned 64-bit seed


def checked_seed(seed: object) -> int:
    """``seed`` as an int if it is a whole number in [0, 2**64) (numpy integers too), else a
    TypeError or ValueError that says what a seed is."""
    if isinstance(seed, bool) or not isinstance(seed, numbers.Integral):
        kind = type(seed).__name__
        raise TypeError(f"seed must be a whole number from 0 to 2**64 - 1, got {kind} {seed!r:.40}")
    if not 0 <= int(seed) < SEED_LIMIT:
        raise ValueError(f"seed must be a whole number from 0 to 2**64 - 1, got {int(seed)}")
    return int(seed)


def replication_seeds(seed: int, n: int) -> list[int]:
    if n < 1:
        raise ValueError(f"the number of replications must be at least 1, got {n}")
    seed = checked_seed(seed)
    return [int(s) for s in np.random.SeedSequence(seed).generate_state(n, dtype=np.uint64)]
