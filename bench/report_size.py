"""Size and time of the offline report for the demo's comparison: the baseline and every
reform of scenarios/reforms (17 scenarios), 10 replications, 20,000 people, the baseline's
10-year horizon after its 3-year burn-in. The report must stay under 10 MB.

    .venv/bin/python bench/report_size.py [--size 20000] [--replications 10] [--out build/report.html]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import mhsim

ROOT = Path(__file__).resolve().parents[1]
LIMIT_BYTES = 10 * 1024 * 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--replications", type=int, default=10)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "report.html")
    args = parser.parse_args()
    mhsim.report.check_report_path(args.out)
    size = {"population.size": args.size}
    scenarios = ROOT / "scenarios"
    baseline = mhsim.Scenario.load(scenarios / "baseline.toml", size)
    reforms = {p.stem: mhsim.Scenario.load(p, size) for p in sorted((scenarios / "reforms").glob("*.toml"))}
    start = time.perf_counter()
    comparison = mhsim.compare(baseline, reforms, n=args.replications, seed=1, progress=False)
    simulated = time.perf_counter() - start
    start = time.perf_counter()
    path = comparison.report(args.out)
    written = time.perf_counter() - start
    size_bytes = path.stat().st_size
    print(
        f"{len(reforms) + 1} scenarios x {args.replications} replications, {args.size:,} people: "
        f"simulations {simulated:.0f} s, report {written:.1f} s, "
        f"{size_bytes / 1024 / 1024:.2f} MB ({size_bytes:,} bytes) -> {path}"
    )
    if size_bytes >= LIMIT_BYTES:
        raise SystemExit(f"the report is {size_bytes:,} bytes, over the 10 MB bound")


if __name__ == "__main__":
    main()
