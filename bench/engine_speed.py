"""Engine speed, memory and results file size: the baseline after its 3-year burn-in, one thread.

    .venv/bin/python bench/engine_speed.py [--sizes 1000000 3000000] [--years 10]

Each run is a fresh process, so its peak RSS is its own. That process loads the engine's
extension module alone, not the mhsim package (whose pandas and xarray would add about 100 MB
to the peak), runs the scenario, then writes its results file: the run and the writing are
timed apart. Peak memory is the whole process's (about 19 MB of it is Python and the libraries).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "scenarios" / "baseline.toml"


def measure(size: int, years: float, seed: int = 1) -> dict:
    """One run of the baseline at ``size`` people over ``years`` (after the burn-in) in a fresh process."""
    return measure_at_once(size, years, [seed])[0]


def measure_at_once(size: int, years: float, seeds: list[int]) -> list[dict]:
    """A run per seed, each in its own fresh process, all at once: with two, what two cores give
    two engine runs that share nothing but the machine (caches, memory bandwidth)."""
    core = importlib.util.find_spec("mhsim._core")
    if core is None or core.origin is None:
        raise RuntimeError("mhsim._core not found: run `make build` first")
    with tempfile.TemporaryDirectory() as directory:
        children = []
        for seed in seeds:
            out = Path(directory) / f"results-{seed}.h5"
            command = [
                sys.executable,
                __file__,
                "--child",
                core.origin,
                str(size),
                str(years),
                str(seed),
                str(out),
            ]
            children.append(subprocess.Popen(command, stdout=subprocess.PIPE, text=True))
        return [_finish(child, size, years) for child in children]


def _finish(child: subprocess.Popen, size: int, years: float) -> dict:
    stdout = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)  # this child's own peak RSS and CPU time
    child.returncode = os.waitstatus_to_exitcode(status)
    child.stdout.close()
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(child.args)} failed with status {child.returncode}")
    timed = json.loads(stdout)
    burn_in_years = tomllib.loads(BASELINE.read_text())["simulation"]["burn_in_years"]
    return {
        "people": size,
        "years": years,
        "burn_in_years": burn_in_years,
        "wall_s": timed["run_s"],
        "write_s": timed["write_s"],
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "events": timed["events"],
        "events_per_s": timed["events"] / timed["run_s"],
        "peak_rss_mib": usage.ru_maxrss / 1024,
        "bytes_per_person": usage.ru_maxrss * 1024 / size,
        "results_file_mb": timed["file_bytes"] / 1e6,
    }


def run_in_child(core_path: str, size: int, years: float, seed: int, out: Path) -> None:
    spec = importlib.util.spec_from_file_location("mhsim._core", core_path)
    core = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(core)
    overrides = [
        f"population.size={size}",
        f"simulation.horizon_years={years}",
        "recording.journey_sample_share=0",
    ]
    scenario = core.load_scenario_file(BASELINE, overrides)
    statistics = core.RunStatistics()
    start = time.perf_counter()
    results = core.run(scenario, seed, statistics=statistics)
    ran = time.perf_counter()
    results.write(out)
    written = time.perf_counter()
    timed = {
        "run_s": ran - start,
        "write_s": written - ran,
        "events": statistics.events_processed,
        "file_bytes": out.stat().st_size,
    }
    print(json.dumps(timed))


def main() -> None:
    if len(sys.argv) == 7 and sys.argv[1] == "--child":
        core_path, size, years, seed, out = sys.argv[2:]
        run_in_child(core_path, int(size), float(years), int(seed), Path(out))
        return
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--years", type=float, default=10.0)
    args = parser.parse_args()
    print(f"{'people':>10} {'wall s':>8} {'events':>12} {'events/s':>12} {'peak MiB':>9} {'B/person':>9}")
    for size in sorted(args.sizes):
        r = measure(size, args.years)
        print(
            f"{r['people']:>10,} {r['wall_s']:>8.2f} {r['events']:>12,} {r['events_per_s']:>12,.0f} "
            f"{r['peak_rss_mib']:>9.1f} {r['bytes_per_person']:>9.0f}"
        )


if __name__ == "__main__":
    main()
