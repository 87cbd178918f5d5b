"""The validation table measured once for the session at test size: smaller populations and
a shorter horizon than `make validate`, with each target's test allowance (targets.toml)."""

from __future__ import annotations

import pytest

from mhsim.validation import validate

TEST_SIZE = 20_000
TEST_RUNS = 1
TEST_OVERRIDES = {"simulation.horizon_years": 4.0}


@pytest.fixture(scope="session")
def validation_at_test_size():
    return validate(TEST_SIZE, TEST_RUNS, seed=1, progress=False, at_test_size=True, overrides=TEST_OVERRIDES)
