"""Speed of the research workflow:

1. replications of the baseline (10 years after a 3-year burn-in) on 1 thread and on 2
   threads (``mhsim.replicate``), in wall and CPU seconds;
2. the overhead of a sweep: the same points in a plain loop, through ``mhsim.sweep`` on a
   one-process pool (its overhead over the loop), and on the default local pool (all cores).

    .venv/bin/python bench/research_speed.py [--size 1000000] [--replications 4] [--sweep-size 50000]
"""

from __future__ import annotations

import argparse
import gc
import time
from pathlib import Path

import engine_speed  # bench/, beside this file
import pandas as pd

import mhsim
from mhsim.designs import LatinHypercube
from mhsim.seeds import replication_seeds
from mhsim.sweep import local_executor

ROOT = Path(__file__).resolve().parents[1]
STAFF = "workforce.psychologist.fte_per_100k"
SWEEP_TURN = 10


def timed(action) -> tuple[float, float]:
    """Wall and CPU seconds (every thread of this process) of ``action()``."""
    gc.collect()  # the previous measurement's results are freed before this one starts
    start, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - start, time.process_time() - cpu


def replication_speed(size: int, n: int, years: float = 10.0) -> dict:
    """``n`` replications on 1 thread, then on 2 threads."""
    baseline = mhsim.Scenario.load(ROOT / "scenarios" / "baseline.toml").with_overrides(
        {"population.size": size, "simulation.horizon_years": years, "recording.journey_sample_share": 0.0}
    )
    measured = {"people": size, "years": years, "replications": n}
    for threads in (1, 2):
        wall, cpu = timed(lambda t=threads: mhsim.replicate(baseline, n=n, seed=1, threads=t, progress=False))
        measured[f"threads_{threads}"] = {"wall_s": wall, "cpu_s": cpu, "runs_per_minute": n / wall * 60}
    measured["speedup"] = measured["threads_2"]["runs_per_minute"] / measured["threads_1"]["runs_per_minute"]
    # CPU time on 2 threads over 1: above 1 when the threads slow each other (caches, memory).
    measured["cpu_ratio"] = measured["threads_2"]["cpu_s"] / measured["threads_1"]["cpu_s"]
    # The machine's own ceiling: two engine runs in separate processes, which share no heap or GIL.
    alone = engine_speed.measure(size, years)["wall_s"]
    together = max(run["wall_s"] for run in engine_speed.measure_at_once(size, years, [1, 2]))
    measured["processes"] = {"one_s": alone, "two_at_once_s": together, "speedup": 2 * alone / together}
    return measured


def sweep_overhead(size: int, points: int, years: float = 3.0) -> dict:
    """A ``points``-point sweep at ``size`` people, ``years`` after a 1-year burn-in a point."""
    scenario = mhsim.Scenario.load(ROOT / "scenarios" / "baseline.toml").with_overrides(
        {
            "population.size": size,
            "simulation.horizon_years": years,
            "simulation.burn_in_years": 1.0,
            "recording.journey_sample_share": 0.0,
        }
    )
    design = LatinHypercube(
        {STAFF: (5.5, 22.0), "access.stigma_factor": (0.5, 1.0)}, n=points, seed=1
    ).points()
    seed = replication_seeds(1, 1)[0]

    def plain_loop(rows: pd.DataFrame = design) -> None:
        for row in rows.to_dict("records"):
            mhsim.run(scenario.with_overrides(row), seed=seed).summary()

    loop = one = loop_cpu = driver_cpu = worker_cpu = 0.0
    with local_executor(1) as one_process:  # the default executor, on one process like the loop
        # Once a session, not a point's overhead: the fork server imports mhsim, xarray imports
        # dask at its first Dataset, and each process's heap grows to a run's size.
        mhsim.sweep(scenario, design.iloc[:2], executor=one_process, progress=False)
        plain_loop(design.iloc[:2])
        # In turns of SWEEP_TURN points, so a change in the machine's other load falls on both alike.
        for first in range(0, points, SWEEP_TURN):
            rows = design.iloc[first : first + SWEEP_TURN]
            wall, cpu = timed(lambda r=rows: plain_loop(r))
            loop, loop_cpu = loop + wall, loop_cpu + cpu
            worker_before = one_process.submit(time.process_time).result()  # the worker's own CPU time
            wall, cpu = timed(lambda r=rows: mhsim.sweep(scenario, r, executor=one_process, progress=False))
            one, driver_cpu = one + wall, driver_cpu + cpu
            worker_cpu += one_process.submit(time.process_time).result() - worker_before
    default, _ = timed(lambda: mhsim.sweep(scenario, design, progress=False))
    return {
        "people": size,
        "years": years,
        "points": points,
        "loop_s": loop,
        "one_worker_s": one,
        "overhead": one / loop - 1,
        # CPU seconds of the sweep (driver and worker) over the loop's: steadier on a busy machine.
        "loop_cpu_s": loop_cpu,
        "one_worker_cpu_s": driver_cpu + worker_cpu,
        "cpu_overhead": (driver_cpu + worker_cpu) / loop_cpu - 1,
        # What the sweep adds in this process (sending points, receiving figures, the dataset) a point.
        "driver_cpu_ms_per_point": driver_cpu / points * 1000,
        "default_pool_s": default,
        "default_pool_speedup": loop / default,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--replications", type=int, default=4)
    parser.add_argument("--sweep-size", type=int, default=50_000)
    parser.add_argument("--sweep-points", type=int, default=100)
    args = parser.parse_args()
    r = replication_speed(args.size, args.replications)
    print(f"{args.replications} replications of the baseline, {args.size:,} people, 10 + 3 years")
    for threads in (1, 2):
        t = r[f"threads_{threads}"]
        print(f"  {threads} thread(s): {t['wall_s']:6.1f} s wall, {t['cpu_s']:6.1f} s CPU")
    print(f"  speed-up on 2 threads: {r['speedup']:.2f}x (CPU time {r['cpu_ratio']:.2f}x one thread's)")
    print(f"  two engine processes at once: {r['processes']['speedup']:.2f}x one")
    s = sweep_overhead(args.sweep_size, args.sweep_points)
    print(f"{s['points']}-point sweep, {s['people']:,} people, 3 + 1 years a point")
    print(f"  plain loop {s['loop_s']:.2f} s; sweep on 1 worker {s['one_worker_s']:.2f} s")
    print(f"  overhead of the sweep over the loop: {s['overhead']:+.1%} wall, {s['cpu_overhead']:+.1%} CPU")
    print(f"  sweep on the default local pool {s['default_pool_s']:.2f} s ({s['default_pool_speedup']:.2f}x)")


if __name__ == "__main__":
    main()
