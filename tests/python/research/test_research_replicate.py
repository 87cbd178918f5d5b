"""Replications: derived seeds, threads, the stacked dataset and its intervals."""

from __future__ import annotations

import itertools
import threading
import time

import numpy as np
import pytest
from scipy import stats

import mhsim
from mhsim.intervals import mean_interval
from mhsim.seeds import replication_seeds


@pytest.fixture(scope="module")
def replications(small_baseline):
    return mhsim.replicate(small_baseline, n=5, seed=11, progress=False)


def test_seeds_are_derived_deterministically_and_extend():
    assert replication_seeds(11, 5) == replication_seeds(11, 5)
    assert replication_seeds(11, 8)[:5] == replication_seeds(11, 5)
    assert len(set(replication_seeds(11, 100))) == 100
    assert replication_seeds(11, 3) != replication_seeds(12, 3)
    with pytest.raises(ValueError):
        replication_seeds(1, 0)


def test_each_replication_is_the_run_of_its_seed(replications, small_baseline):
    third = mhsim.run(small_baseline, seed=replications.seeds[2])
    np.testing.assert_array_equal(replications.summary().iloc[2].to_numpy(), third.summary().to_numpy())


def test_one_thread_and_two_threads_give_identical_datasets(small_baseline, replications):
    one = mhsim.replicate(small_baseline, n=5, seed=11, threads=1, progress=False).to_xarray()
    two = replications.to_xarray()
    assert one.identical(two)


def test_dataset_has_a_replication_dimension(replications):
    dataset = replications.to_xarray()
    assert dataset.sizes["replication"] == 5
    assert dataset["waiting"].dims[:2] == ("replication", "week")
    assert dataset["summary"].dims == ("replication", "figure")
    assert list(dataset["seed"].values) == replications.seeds
    mean = replications.mean()
    np.testing.assert_allclose(mean["summary"].values, replications.summary().mean().to_numpy())
    assert float(replications.quantile(0.5)["summary"].sel(figure="cmd_prevalence")) == pytest.approx(
        replications.summary()["cmd_prevalence"].median()
    )
    # Digital self-help has no caseload limit: its capacity is infinite, and so is any quantile of it.
    capacity = replications.quantile([0.1, 0.5], weekly=True)["capacity_places"]
    assert np.isinf(capacity.sel(service="digital_self_help")).all()
    assert np.isfinite(capacity.sel(service="high_intensity")).all()


def test_t_interval_matches_the_textbook(replications):
    table = replications.interval()
    values = replications.summary()["cmd_prevalence"].to_numpy()
    half = stats.t.ppf(0.975, 4) * values.std(ddof=1) / np.sqrt(5)
    row = table.loc["cmd_prevalence"]
    assert row["unit"] == "share"
    assert row["n"] == 5
    assert row["lower"] == pytest.approx(values.mean() - half)
    assert row["upper"] == pytest.approx(values.mean() + half)
    narrower = replications.interval(level=0.8).loc["cmd_prevalence"]
    assert narrower["upper"] - narrower["lower"] < row["upper"] - row["lower"]


def test_bootstrap_interval_surrounds_the_mean():
    values = np.random.default_rng(3).normal(10, 2, size=30)
    mean, lower, upper = mean_interval(values, method="bootstrap")
    assert lower < mean < upper
    _, t_lower, t_upper = mean_interval(values, method="t")
    assert abs((upper - lower) - (t_upper - t_lower)) < 0.5 * (t_upper - t_lower)
    with pytest.raises(ValueError, match="method"):
        mean_interval(values, method="normal")


def test_weekly_interval_by_region(replications):
    table = replications.weekly_interval("treatment_starts", by=["region"])
    assert list(table.columns) == ["mean", "lower", "upper"]
    assert table.index.names == ["week", "region"]
    assert (table["lower"] <= table["mean"]).all() and (table["mean"] <= table["upper"]).all()
    with pytest.raises(KeyError, match="severity"):
        replications.weekly_interval("waiting", by=["severity"])


def test_python_runs_on_while_the_engine_runs_in_another_thread(small_baseline):
    # Replications on n threads run at once only if the engine lets go of the GIL for a whole run:
    # this thread then never waits long between two steps of its own loop.
    engine = threading.Thread(target=mhsim.run, args=(small_baseline,), kwargs={"seed": 3})
    steps = [time.perf_counter()]
    engine.start()
    while engine.is_alive():
        steps.append(time.perf_counter())
    run_seconds = steps[-1] - steps[0]
    longest_wait = max(later - earlier for earlier, later in itertools.pairwise(steps))
    assert len(steps) > 1000 and longest_wait < 0.5 * run_seconds, (longest_wait, run_seconds)
