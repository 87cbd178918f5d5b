"""Sweeps: designs, any executor, the store, resume and failed points."""

from __future__ import annotations

import itertools
import json
import time
from concurrent.futures import Future, ThreadPoolExecutor

import matplotlib
import numpy as np
import pytest

import mhsim
from mhsim.designs import Grid, LatinHypercube, Morris, Sobol
from mhsim.seeds import replication_seeds

matplotlib.use("Agg")

STAFF = "workforce.psychologist.fte_per_100k"
STIGMA = "access.stigma_factor"
GRID = Grid({STAFF: [5.5, 11.0, 22.0], STIGMA: [0.6, 1.0]})  # half, baseline and twice the staff


class CountingExecutor(ThreadPoolExecutor):
    """Threads are enough here (the engine releases the GIL); it counts what it is given."""

    def __init__(self):
        super().__init__(max_workers=2)
        self.submitted = 0

    def submit(self, *args, **kwargs):
        self.submitted += 1
        return super().submit(*args, **kwargs)


@pytest.fixture(scope="module")
def grid_sweep(small_baseline):
    return mhsim.sweep(small_baseline, GRID, n=2, seed=4, progress=False)


def test_designs_give_points_within_bounds():
    assert len(GRID.points()) == 6
    lhs = LatinHypercube({STAFF: (9, 36), STIGMA: (0.5, 1.0)}, n=10, seed=1).points()
    assert lhs.shape == (10, 2) and lhs[STAFF].between(9, 36).all()
    # Latin: each of the 10 equal strata of each parameter holds exactly one point.
    assert sorted(np.floor((lhs[STAFF] - 9) / 2.7).astype(int)) == list(range(10))
    assert Sobol({STAFF: (9, 36), STIGMA: (0.5, 1.0)}, n=8).points().shape == (8 * 4, 2)
    assert Morris({STAFF: (9, 36), STIGMA: (0.5, 1.0)}, trajectories=3).points().shape == (3 * 3, 2)
    with pytest.raises(ValueError, match="power of 2"):
        Sobol({STAFF: (9, 36)}, n=10).points()
    with pytest.raises(ValueError, match="low < high"):
        LatinHypercube({STAFF: (36, 9)}, n=4).points()


def test_a_point_equals_the_run_of_its_scenario(grid_sweep, small_baseline):
    point = grid_sweep.points.iloc[4]
    alone = mhsim.run(small_baseline.with_overrides(point.to_dict()), seed=replication_seeds(4, 2)[1])
    np.testing.assert_array_equal(
        grid_sweep.dataset["summary"].isel(point=4, replication=1).values, alone.summary().to_numpy()
    )


def test_dataset_carries_the_parameters_as_coordinates(grid_sweep):
    dataset = grid_sweep.dataset
    assert dataset["summary"].dims == ("point", "replication", "figure")
    assert list(dataset[STAFF].values) == [5.5, 5.5, 11.0, 11.0, 22.0, 22.0]
    grid = grid_sweep.to_grid("wait_mean_days_high_intensity")
    assert grid.dims == (STAFF, STIGMA)
    # More therapists, shorter waits, at either level of stigma.
    assert (grid.sel({STAFF: 5.5}) > grid.sel({STAFF: 22.0})).all()
    tidy = grid_sweep.to_dataframe()
    assert len(tidy) == 6 * 2 and {STAFF, STIGMA, "replication", "cmd_prevalence"} <= set(tidy.columns)
    assert grid_sweep.computed == 6 and grid_sweep.failures.empty


def test_any_executor_gives_the_same_numbers(grid_sweep, small_baseline):
    with CountingExecutor() as threads:
        again = mhsim.sweep(small_baseline, GRID, n=2, seed=4, executor=threads, progress=False)
    assert threads.submitted == 6
    assert again.dataset.identical(grid_sweep.dataset)


def test_a_repeated_sweep_recomputes_nothing_and_a_partial_one_resumes(small_baseline, grid_sweep, tmp_path):
    store = tmp_path / "store"
    first_two = GRID.points().iloc[:2]
    with CountingExecutor() as executor:
        mhsim.sweep(small_baseline, first_two, n=2, seed=4, executor=executor, store=store, progress=False)
    assert executor.submitted == 2  # as if a sweep had died after two points
    with CountingExecutor() as executor:
        resumed = mhsim.sweep(
            small_baseline, GRID, n=2, seed=4, executor=executor, store=store, progress=False
        )
    assert executor.submitted == 4 and resumed.computed == 4
    with CountingExecutor() as executor:
        repeated = mhsim.sweep(
            small_baseline, GRID, n=2, seed=4, executor=executor, store=store, progress=False
        )
    assert executor.submitted == 0 and repeated.computed == 0
    assert repeated.dataset.identical(grid_sweep.dataset)
    assert sorted(p.name for p in store.iterdir() if p.name.startswith(".")) == []  # no temporary files left
    index = json.loads((store / "index.json").read_text())
    assert len(index["points"]) == 6 and {p["status"] for p in index["points"].values()} == {"done"}


class InterruptedExecutor(CountingExecutor):
    """Its third point is interrupted, as by Ctrl-C while the sweep waits for it."""

    def submit(self, *args, **kwargs):
        if self.submitted == 2:
            self.submitted += 1
            interrupted = Future()
            interrupted.set_exception(KeyboardInterrupt())
            return interrupted
        return super().submit(*args, **kwargs)


def test_an_interrupted_sweep_stops_and_resumes_where_it_stopped(small_baseline, grid_sweep, tmp_path):
    with InterruptedExecutor() as executor, pytest.raises(KeyboardInterrupt):
        mhsim.sweep(small_baseline, GRID, n=2, seed=4, executor=executor, store=tmp_path, progress=False)
    stored = len(list(tmp_path.glob("point-*.h5")))
    assert stored < 6
    with CountingExecutor() as executor:
        resumed = mhsim.sweep(
            small_baseline, GRID, n=2, seed=4, executor=executor, store=tmp_path, progress=False
        )
    assert executor.submitted == 6 - stored
    assert resumed.dataset.identical(grid_sweep.dataset)


class OneAtATimeExecutor(ThreadPoolExecutor):
    """One worker. Before each point it waits until the driver has logged every point before it,
    then keeps what the store's index and log hold at that moment."""

    def __init__(self, store):
        super().__init__(max_workers=1)
        self.log, self.index = store / "finished.jsonl", store / "index.json"
        self.seen: list[tuple[bytes, int, bytes]] = []

    def submit(self, fn, *args, **kwargs):
        def observed():
            deadline = time.monotonic() + 10
            while self._logged_lines() < len(self.seen) and time.monotonic() < deadline:
                time.sleep(0.01)
            log = self.log.read_bytes() if self.log.exists() else b""
            index, inode = (
                (self.index.read_bytes(), self.index.stat().st_ino) if self.index.exists() else (b"", 0)
            )
            self.seen.append((index, inode, log))
            return fn(*args, **kwargs)

        return super().submit(observed)

    def _logged_lines(self) -> int:
        return self.log.read_bytes().count(b"\n") if self.log.exists() else 0


def test_a_finished_point_appends_one_line_and_leaves_the_index_alone(small_baseline, tmp_path):
    tiny = small_baseline.with_overrides({"population.size": 2000, "simulation.horizon_years": 1.0})
    design = Grid({STAFF: [5.5, 11.0, 22.0, 33.0]})
    with OneAtATimeExecutor(tmp_path) as executor:
        mhsim.sweep(tiny, design, executor=executor, store=tmp_path, progress=False)
    [(first_index, first_inode, _), *_] = executor.seen
    # The index written when the sweep started is neither rewritten nor replaced while points finish.
    assert all(index == first_index and inode == first_inode for index, inode, _ in executor.seen)
    logs = [log for *_, log in executor.seen] + [(tmp_path / "finished.jsonl").read_bytes()]
    for finished, (before, after) in enumerate(itertools.pairwise(logs)):
        assert before.count(b"\n") == finished and after.startswith(before)  # earlier bytes never rewritten
        line = json.loads(after[len(before) :])
        assert line["status"] == "done" and len(after) - len(before) < 1000  # one short line a point
    assert sorted(json.loads(line)["parameters"][STAFF] for line in logs[-1].splitlines()) == [
        5.5,
        11.0,
        22.0,
        33.0,
    ]
    index = json.loads((tmp_path / "index.json").read_text())  # written again when the sweep ends
    assert {p["status"] for p in json.loads(first_index)["points"].values()} == {"pending"}
    assert {p["status"] for p in index["points"].values()} == {"done"}


def test_a_changed_seed_or_scenario_does_not_reuse_stored_points(small_baseline, tmp_path):
    design = GRID.points().iloc[:1]
    with CountingExecutor() as executor:
        mhsim.sweep(small_baseline, design, seed=1, executor=executor, store=tmp_path, progress=False)
        mhsim.sweep(small_baseline, design, seed=2, executor=executor, store=tmp_path, progress=False)
        mhsim.sweep(
            small_baseline.with_overrides({"access.awareness_factor": 0.9}),
            design,
            seed=1,
            executor=executor,
            store=tmp_path,
            progress=False,
        )
    assert executor.submitted == 3


def test_a_failing_point_is_reported_and_the_others_finish(small_baseline, tmp_path, capsys):
    design = Grid({STAFF: [11.0, -1.0, 22.0]})
    result = mhsim.sweep(small_baseline, design, executor=CountingExecutor(), store=tmp_path, progress=False)
    assert list(result.failures.index) == [1]
    assert result.failures.loc[1, STAFF] == -1.0
    assert STAFF in result.failures.loc[1, "error"] and "ScenarioError" in result.failures.loc[1, "error"]
    summary = result.dataset["summary"]
    assert np.isnan(summary.isel(point=1)).all()
    assert np.isfinite(summary.isel(point=[0, 2]).sel(figure="population_mean")).all()
    assert len(list(tmp_path.glob("point-*.h5"))) == 2
    index = json.loads((tmp_path / "index.json").read_text())
    assert [f["parameters"][STAFF] for f in index["failures"]] == [-1.0]
    assert "1 of 3 points failed" in capsys.readouterr().err


def test_the_default_executor_is_a_local_process_pool(small_baseline, grid_sweep):
    first = GRID.points().iloc[[0, 5]]
    result = mhsim.sweep(small_baseline, first, n=2, seed=4, progress=False)
    np.testing.assert_array_equal(
        result.dataset["summary"].values, grid_sweep.dataset["summary"].isel(point=[0, 5]).values
    )


def test_sobol_indices_find_the_lever_that_matters(small_baseline):
    # Screening is off in the baseline, so its specificity cannot change anything: with
    # common random numbers its total index is exactly zero.
    result = mhsim.sensitivity(
        small_baseline.with_overrides({"population.size": 4000}),
        {STAFF: (9.0, 36.0), "screening.specificity": (0.7, 0.95)},
        outputs=["wait_mean_days_high_intensity"],
        n=8,
        executor=CountingExecutor(),
        progress=False,
    )
    indices = result.indices.loc["wait_mean_days_high_intensity"]
    assert indices.loc[STAFF, "ST"] > 0.5
    assert indices.loc["screening.specificity", "ST"] == pytest.approx(0.0, abs=1e-12)
    [axis] = result.plot()
    assert axis.get_title() == "Wait for high-intensity therapy, days"  # plain words, not the identifier
    with pytest.raises(KeyError, match=r"no summary figure 'waits'"):
        mhsim.sensitivity(
            small_baseline,
            {STAFF: (9.0, 36.0)},
            outputs=["waits"],
            n=2,
            method="morris",
            executor=CountingExecutor(),
            progress=False,
        )
