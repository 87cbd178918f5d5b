"""Size of one run's results (issue 20): the baseline over 10 years after its 3-year burn-in, one
thread, journeys off. Runs `mhsim-engine run --out` in a fresh process and reports its peak RSS,
the results file on disk, the weekly tables' bytes by storage type in the file and in xarray.

    .venv/bin/python bench/results_size.py [--size 1000000] [--years 10] [--json]

`measure(size, years)` returns the figures as a dict (keys in `measure`'s docstring) for
`make bench`. The table sizes do not depend on the population, only on the weeks.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import xarray as xr

ROOT = Path(__file__).resolve().parents[1]
MIB = 1024 * 1024


def _engine() -> str:
    beside = Path(sys.executable).with_name("mhsim-engine")
    return str(beside) if beside.exists() else shutil.which("mhsim-engine") or "mhsim-engine"


def measure(size: int = 1_000_000, years: float = 10.0, seed: int = 1) -> dict:
    """One run in a fresh process. Keys: people, years, peak_rss_mib (the engine process),
    file_mib (on disk), tables_mib (the weekly tables in memory, every table in its type),
    xarray_mib (``Dataset.nbytes`` of the file's /weekly group opened with h5netcdf and loaded),
    tables_by_type (table count per dtype) and mib_by_type (their bytes)."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "run.h5"
        command = [
            _engine(),
            "run",
            str(ROOT / "scenarios" / "baseline.toml"),
            "--seed",
            str(seed),
            "--set",
            f"population.size={size}",
            "--set",
            f"simulation.horizon_years={years}",
            "--set",
            "recording.journey_sample_share=0",
            "--out",
            str(path),
        ]
        subprocess.run(command, capture_output=True, text=True, check=True)
        peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        with xr.open_dataset(path, group="weekly", engine="h5netcdf") as weekly:
            weekly.load()
            tables = list(weekly.data_vars.values())
            counts = Counter(str(v.dtype) for v in tables)
            by_type = Counter()
            for v in tables:
                by_type[str(v.dtype)] += v.nbytes
            return {
                "people": size,
                "years": years,
                "peak_rss_mib": peak_kib / 1024,
                "file_mib": path.stat().st_size / MIB,
                "tables_mib": sum(by_type.values()) / MIB,
                "xarray_mib": weekly.nbytes / MIB,
                "tables_by_type": dict(counts),
                "mib_by_type": {dtype: nbytes / MIB for dtype, nbytes in by_type.items()},
            }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--years", type=float, default=10.0)
    parser.add_argument("--json", action="store_true", help="print the dict as JSON")
    args = parser.parse_args()
    figures = measure(args.size, args.years)
    if args.json:
        print(json.dumps(figures, indent=1))
        return
    print(
        f"{figures['people']:,} people x {figures['years']:g} years: "
        f"peak RSS {figures['peak_rss_mib']:.0f} MiB, "
        f"file {figures['file_mib']:.1f} MiB, tables {figures['tables_mib']:.1f} MiB in memory "
        f"(xarray {figures['xarray_mib']:.1f} MiB)"
    )
    for dtype, mib in sorted(figures["mib_by_type"].items()):
        print(f"  {dtype:8} {figures['tables_by_type'][dtype]:4} tables {mib:8.1f} MiB")


if __name__ == "__main__":
    main()
