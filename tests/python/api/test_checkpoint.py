"""Checkpoint and fork through Python: a burn-in run once, continued under several reforms."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd
import pytest

import mhsim
from mhsim import _core

SEED = 3
MORE_THERAPISTS = {"workforce.psychologist.fte_per_100k": 22.0}  # twice the baseline


@pytest.fixture(scope="module")
def checkpoint(small_baseline) -> mhsim.BurnIn:
    return mhsim.burn_in(small_baseline, seed=SEED)


@pytest.fixture(scope="module")
def reform(small_baseline) -> mhsim.Scenario:
    return small_baseline.with_overrides(MORE_THERAPISTS)


def assert_bit_identical(a: mhsim.Results, b: mhsim.Results) -> None:
    assert a.metrics == b.metrics
    weekly_a, weekly_b = a.to_xarray(), b.to_xarray()
    for name in a.metrics:
        x, y = weekly_a[name].values, weekly_b[name].values
        assert np.array_equal(np.isnan(x), np.isnan(y)), name
        assert np.array_equal(x, y, equal_nan=True), name
        assert x.tobytes() == y.tobytes(), name
    pd.testing.assert_series_equal(a.summary(), b.summary(), check_exact=True)
    pd.testing.assert_frame_equal(a.journeys(), b.journeys())


def test_burn_in_knows_its_scenario_and_seed(checkpoint, small_baseline):
    assert checkpoint.scenario == small_baseline
    assert checkpoint.seed == SEED
    assert "seed=3" in repr(checkpoint)


def test_a_fork_to_the_same_scenario_is_the_plain_run(checkpoint, small_baseline):
    forked = checkpoint.run(small_baseline)
    assert_bit_identical(forked, mhsim.run(small_baseline, seed=SEED))
    assert forked.provenance["burn_in_scenario_toml"] == ""
    assert forked.seed == SEED


def test_a_fork_to_a_reform_is_the_run_from_scratch_with_the_same_burn_in(checkpoint, small_baseline, reform):
    forked = checkpoint.run(reform)
    from_scratch = mhsim.Results(_core.run(reform._loaded, SEED, burn_in_scenario=small_baseline._loaded))
    assert_bit_identical(forked, from_scratch)
    assert forked.provenance["scenario_toml"] == reform.toml
    assert forked.provenance["burn_in_scenario_toml"] == small_baseline.toml
    plain = checkpoint.run(small_baseline)
    therapy = {"service": "high_intensity"}
    starts = [r.to_xarray()["treatment_starts"].sel(therapy).sum().item() for r in (plain, forked)]
    # Twice the psychologists: high-intensity starts rise (under-18s go to CAMHS, so its list is shorter).
    assert starts[1] > 1.05 * starts[0]


def test_forks_in_two_threads_equal_the_sequential_ones(checkpoint, small_baseline, reform):
    sequential = [checkpoint.run(small_baseline), checkpoint.run(reform)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        concurrent = list(pool.map(checkpoint.run, [small_baseline, reform]))
    for a, b in zip(sequential, concurrent, strict=True):
        assert_bit_identical(a, b)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("population.size", 20000),
        ("common_mental_disorder.onset_rate_per_year", 0.05),
        ("simulation.horizon_years", 3.0),
    ],
)
def test_a_change_beyond_policy_is_a_value_error_naming_the_key(checkpoint, small_baseline, key, value):
    with pytest.raises(ValueError, match=key.replace(".", r"\.")):
        checkpoint.run(small_baseline.with_overrides({key: value}))
