"""Runs one peer (SimPy or Ciw) on the reduced model for some seeds and prints one JSON line a
run. Called by compare.py with bench/peers/.venv's Python, where SimPy and Ciw are installed.

    bench/peers/.venv/bin/python bench/peers/peer.py {simpy,ciw} --size N --seeds 1 2 3
"""

from __future__ import annotations

import argparse
import json

import reduced_model as model


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("tool", choices=["simpy", "ciw"])
    parser.add_argument("--size", type=int, required=True)
    parser.add_argument("--seeds", type=int, nargs="+", required=True)
    args = parser.parse_args()
    if args.tool == "simpy":
        import run_simpy as runner
    else:
        import run_ciw as runner
    reduced = model.load(args.size)
    for seed in args.seeds:
        print(json.dumps(runner.run(reduced, seed).to_dict()), flush=True)


if __name__ == "__main__":
    main()
