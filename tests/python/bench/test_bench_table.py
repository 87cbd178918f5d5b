"""`make bench` (bench/bench.py) at tiny sizes, so its table and bench/results.json cannot rot."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[3] / "bench" / "bench.py"
PEERS = {
    "model": {"horizon_years": 5.0},
    "tools": {
        "mhsim": {"size": 20000, "wall_s": 0.5, "events": 1_000_000, "events_per_s": 2_000_000.0},
        "simpy": {"size": 20000, "wall_s": 10.0, "events": 1_000_000, "events_per_s": 100_000.0},
        "ciw": {"size": 5000, "wall_s": 50.0, "events": 250_000, "events_per_s": 5_000.0},
    },
    "ratios": {
        "mhsim_over_simpy": {"size": 20000, "wall": 20.0},
        "mhsim_over_ciw": {"size": 5000, "wall": 300.0},
    },
}


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report(bench, tmp_path_factory):
    directory = tmp_path_factory.mktemp("bench")
    peers = directory / "peers.json"
    peers.write_text(json.dumps(PEERS))
    tiny = ["--sizes", "2000", "--years", "1", "--long-size", "2000", "--long-years", "2"]
    tiny += ["--replication-size", "2000", "--replications", "2", "--sweep-size", "2000"]
    tiny += ["--sweep-points", "2", "--sweep-years", "1", "--peers", str(peers)]
    return bench.main([*tiny, "--json", str(directory / "results.json")]), directory / "results.json"


def test_the_engine_rows_measure_each_size_and_horizon(report):
    measured, _ = report
    engine = measured["engine"]
    assert [(r["people"], r["years"]) for r in engine] == [(2000, 1.0), (2000, 2.0)]
    for row in engine:
        assert row["events"] > 1000 and row["events_per_s"] == pytest.approx(row["events"] / row["wall_s"])
        assert row["peak_rss_mib"] > 10 and row["bytes_per_person"] == pytest.approx(
            row["peak_rss_mib"] * 1024 * 1024 / row["people"]
        )
        assert row["results_file_mb"] > 0.1
    # A year more after the same burn-in: the long row ran the years it says.
    assert engine[1]["events"] > 1.1 * engine[0]["events"]
    assert engine[0]["cost_per_person_year_ratio"] == 1.0


def test_each_row_carries_its_ratio_to_each_peer(report):
    measured, _ = report
    rows = {row["row"]: row for row in measured["rows"]}
    first = measured["rows"][0]
    assert first["x_simpy"] == pytest.approx(first["events_per_s"] / 100_000.0)
    assert first["x_ciw"] == pytest.approx(first["events_per_s"] / 5_000.0)
    assert rows["reduced model: mhsim"]["x_simpy"] == 20.0 and rows["reduced model: mhsim"]["x_ciw"] == 300.0
    assert rows["reduced model: SimPy"]["people"] == 20000


def test_replications_and_the_sweep_are_timed(report):
    measured, _ = report
    replications, sweep = measured["replications"], measured["sweep"]
    assert replications["speedup"] == pytest.approx(
        replications["threads_1"]["wall_s"] / replications["threads_2"]["wall_s"]
    )
    processes = replications["processes"]
    assert processes["speedup"] == pytest.approx(2 * processes["one_s"] / processes["two_at_once_s"])
    assert sweep["overhead"] == pytest.approx(sweep["one_worker_s"] / sweep["loop_s"] - 1)
    # The worker's CPU time is counted: the sweep used at least the CPU the loop's runs did, less noise.
    assert sweep["one_worker_cpu_s"] > 0.5 * sweep["loop_cpu_s"] > 0
    labels = [row["row"] for row in measured["rows"]]
    assert (
        "2 replications, 2 threads" in labels
        and "2 engine processes at once" in labels
        and "sweep of 2 points, 1 worker" in labels
    )


def test_the_json_holds_what_the_table_shows(report, bench):
    measured, path = report
    assert json.loads(path.read_text())["rows"] == measured["rows"]
    text = bench.table(measured["rows"])
    assert text.splitlines()[0].split()[:3] == ["row", "people", "years"]
    assert len(text.splitlines()) == len(measured["rows"]) + 2


def test_without_peer_figures_the_ratios_read_n_a(bench):
    rows = [{"row": "baseline", "people": 1000, "years": 1.0, "wall_s": 1.0, "events_per_s": 5.0}]
    bench.with_peer_ratios(rows, None)
    assert bench.peer_rows(None) == []
    assert bench.table(rows).splitlines()[1].split()[-2:] == ["n/a", "n/a"]
