"""Engine speed and memory: the baseline over 10 years after a 3-year burn-in, one thread.

    .venv/bin/python bench/engine_speed.py [--sizes 100000 1000000 4000000]

Runs `mhsim-engine` in a fresh process per size (so peak RSS is that run's
alone) and reports wall time, events per second and peak memory per person.
Target (issue 2): 1,000,000 people in at most 10 s and 250 bytes per person.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def measure(engine: str, size: int) -> dict:
    command = [
        engine,
        "run",
        str(ROOT / "scenarios" / "baseline.toml"),
        "--seed",
        "1",
        "--set",
        f"population.size={size}",
        "--set",
        "recording.journey_sample_share=0",
    ]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    completed = subprocess.run(command, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if peak_kib < before:
        raise RuntimeError("peak RSS went down: run each size in a fresh benchmark process")
    events = next(
        int(line.split()[-1]) for line in completed.stdout.splitlines() if line.startswith("events")
    )
    return {
        "size": size,
        "wall_s": wall,
        "events": events,
        "events_per_s": events / wall,
        "peak_rss_mib": peak_kib / 1024,
        "bytes_per_person": peak_kib * 1024 / size,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000, 4_000_000])
    args = parser.parse_args()
    engine = shutil.which("mhsim-engine", path=str(Path(sys.executable).parent)) or shutil.which(
        "mhsim-engine"
    )
    if engine is None:
        sys.exit("mhsim-engine not found: run `make build` first")
    print(f"{'people':>10} {'wall s':>8} {'events':>12} {'events/s':>12} {'peak MiB':>9} {'B/person':>9}")
    for size in sorted(args.sizes):
        # Peak RSS of children only grows, so each size runs in its own benchmark process.
        if size != min(args.sizes):
            completed = subprocess.run(
                [sys.executable, __file__, "--sizes", str(size)], capture_output=True, text=True, check=True
            )
            print(completed.stdout.splitlines()[-1])
            continue
        r = measure(engine, size)
        print(
            f"{r['size']:>10,} {r['wall_s']:>8.2f} {r['events']:>12,} {r['events_per_s']:>12,.0f} "
            f"{r['peak_rss_mib']:>9.1f} {r['bytes_per_person']:>9.0f}"
        )


if __name__ == "__main__":
    main()
