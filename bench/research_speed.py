"""Speed of the research workflow (issue 3):

1. replications per minute of the reference baseline (1,000,000 people, 10 years
   after a 3-year burn-in) on 1 thread and on 2 threads (``mhsim.replicate``);
2. the overhead of a 100-point sweep: the same points in a plain loop, through
   ``mhsim.sweep`` on a one-process pool (overhead per point) and on the default
   local pool (all cores).

    .venv/bin/python bench/research_speed.py [--replications 4] [--sweep-size 50000]
"""

from __future__ import annotations

import argparse
import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import mhsim
from mhsim.designs import LatinHypercube
from mhsim.seeds import replication_seeds

ROOT = Path(__file__).resolve().parents[1]
STAFF = "workforce.psychologist.fte_per_100k"


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def replications_per_minute(n: int) -> None:
    baseline = mhsim.Scenario.load(ROOT / "scenarios" / "baseline.toml").with_overrides(
        {"recording.journey_sample_share": 0.0}
    )
    print(f"replications of the baseline ({baseline._loaded.population_size:,} people, 10 + 3 years)")
    rates = {}
    for threads in (1, 2):
        wall = timed(lambda t=threads: mhsim.replicate(baseline, n=n, seed=1, threads=t, progress=False))
        rates[threads] = n / wall * 60
        label = f"{threads} thread{'s' if threads > 1 else ' '}"
        print(f"  {label}: {n} in {wall:6.1f} s = {rates[threads]:5.2f} per minute")
    print(f"  speed-up on 2 threads: {rates[2] / rates[1]:.2f}x")


def sweep_overhead(size: int, points: int) -> None:
    scenario = mhsim.Scenario.load(ROOT / "scenarios" / "baseline.toml").with_overrides(
        {
            "population.size": size,
            "simulation.horizon_years": 3.0,
            "simulation.burn_in_years": 1.0,
            "recording.journey_sample_share": 0.0,
        }
    )
    design = LatinHypercube(
        {STAFF: (5.5, 22.0), "access.stigma_factor": (0.5, 1.0)}, n=points, seed=1
    ).points()
    seed = replication_seeds(1, 1)[0]

    def plain_loop():
        for row in design.to_dict("records"):
            mhsim.run(scenario.with_overrides(row), seed=seed).summary()

    loop = timed(plain_loop)
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as one_process:
        one = timed(lambda: mhsim.sweep(scenario, design, executor=one_process, progress=False))
    default = timed(lambda: mhsim.sweep(scenario, design, progress=False))
    print(f"{points}-point sweep, {size:,} people, 3 + 1 years a point")
    print(f"  plain loop:               {loop:6.2f} s ({loop / points * 1000:5.1f} ms a point)")
    print(
        f"  sweep, 1 worker process:  {one:6.2f} s (overhead {(one - loop) / points * 1000:+5.1f} ms a point)"
    )
    print(f"  sweep, default local pool:{default:6.2f} s ({loop / default:.2f}x the loop)")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--replications", type=int, default=4)
    parser.add_argument("--sweep-size", type=int, default=50_000)
    parser.add_argument("--sweep-points", type=int, default=100)
    args = parser.parse_args()
    replications_per_minute(args.replications)
    sweep_overhead(args.sweep_size, args.sweep_points)


if __name__ == "__main__":
    main()
