"""Runs one tool on the reduced model for some seeds in a process of its own and prints one JSON
line a run, with the process's peak memory so far. compare.py calls it with bench/peers/.venv's
Python for SimPy and Ciw, and with the package's Python for mhsim.

    bench/peers/.venv/bin/python bench/peers/peer.py {simpy,ciw} --size N --seeds 1 2 3
    .venv/bin/python bench/peers/peer.py mhsim --size N --seeds 1
"""

from __future__ import annotations

import argparse
import importlib
import json
from pathlib import Path

import reduced_model as model

RUNNERS = {"mhsim": "run_mhsim", "simpy": "run_simpy", "ciw": "run_ciw"}


def peak_rss_mib() -> float:
    """This process's peak resident memory. Linux's VmHWM, not getrusage's ru_maxrss, which keeps
    the parent's peak across fork and exec (compare.py's own, with SciPy and mhsim loaded)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("tool", choices=list(RUNNERS))
    parser.add_argument("--size", type=int, required=True)
    parser.add_argument("--seeds", type=int, nargs="+", required=True)
    args = parser.parse_args()
    runner = importlib.import_module(RUNNERS[args.tool])
    reduced = model.load(args.size)
    for seed in args.seeds:
        outcome = runner.run(reduced, seed).to_dict()
        outcome["peak_rss_mib"] = peak_rss_mib()  # after one seed, that run's (with the interpreter's)
        print(json.dumps(outcome), flush=True)


if __name__ == "__main__":
    main()
