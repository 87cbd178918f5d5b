"""Sweeps on a Dask cluster: the same numbers as locally, and a killed worker
loses and duplicates nothing."""

from __future__ import annotations

import os
import signal
import threading
import time

import numpy as np
import pytest
from distributed import Client, LocalCluster

import mhsim
from mhsim.designs import Grid

STAFF = "workforce.psychologist.fte_per_100k"
# Slow enough (about 1 s a point) that the worker is killed mid-task.
DESIGN = Grid({STAFF: [9.0, 18.0, 36.0], "access.stigma_factor": [0.7, 1.0]})


@pytest.fixture(scope="module")
def scenario(small_baseline):
    return small_baseline.with_overrides({"population.size": 200000, "simulation.horizon_years": 3.0})


@pytest.fixture(scope="module")
def reference(scenario):
    return mhsim.sweep(scenario, DESIGN, n=2, seed=9, progress=False)


@pytest.fixture(scope="module")
def client():
    # dashboard_address=None still binds the scheduler's HTTP port 8787; ":0" takes any free
    # port, so an overlapping test run cannot make the cluster warn (warnings are errors here).
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            scheduler_kwargs={"dashboard_address": ":0"},
        ) as cluster,
        Client(cluster) as dask_client,
    ):
        yield dask_client


def test_dask_sweep_equals_the_local_one(client, scenario, reference):
    result = mhsim.sweep(scenario, DESIGN, n=2, seed=9, executor=client.get_executor(), progress=False)
    assert result.failures.empty
    np.testing.assert_array_equal(result.dataset["summary"].values, reference.dataset["summary"].values)


def test_a_killed_worker_loses_and_duplicates_no_point(client, scenario, reference, tmp_path):
    worker_address, worker_pid = next(iter(client.run(os.getpid).items()))
    killed = {}

    def kill_one_worker_after_the_first_point():
        deadline = time.monotonic() + 120
        while not list(tmp_path.glob("point-*.h5")) and time.monotonic() < deadline:
            time.sleep(0.02)
        killed["points_stored"] = len(list(tmp_path.glob("point-*.h5")))
        killed["at"] = time.time()
        os.kill(worker_pid, signal.SIGKILL)

    killer = threading.Thread(target=kill_one_worker_after_the_first_point)
    killer.start()
    result = mhsim.sweep(
        scenario, DESIGN, n=2, seed=9, executor=client.get_executor(), store=tmp_path, progress=False
    )
    finished = time.time()
    killer.join()
    # The kill came while points were still to be computed, and the scheduler lost the worker then
    # (not at a planned shutdown): the sweep had to recover from it.
    assert killed, "the worker was killed during the sweep"
    assert killed["points_stored"] < len(DESIGN.points())
    assert killed["at"] < finished
    removals = [
        (stamp, event)
        for stamp, event in client.get_events("all")
        if event.get("action") == "remove-worker" and event.get("worker") == worker_address
    ]
    assert removals, f"the scheduler never lost {worker_address}"
    lost_at, removal = removals[0]
    assert not removal["expected"]
    assert killed["at"] <= lost_at < finished
    assert len(list(tmp_path.glob("point-*.h5"))) == len(DESIGN.points())
    assert result.failures.empty
    np.testing.assert_array_equal(result.dataset["summary"].values, reference.dataset["summary"].values)
