"""The ``mhsim`` command.

    mhsim run SCENARIO [--seed N] [--set key=value ...] [--out FILE.h5]
    mhsim validate SCENARIO [--set key=value ...]
    mhsim demo [--size N] [--seed N] [--scenarios DIR] [--out DIR]

Exit status: 0 success, 2 a bad scenario or bad arguments, 1 any other failure.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from . import _core
from .results import Results
from .run import run
from .scenario import Scenario

USAGE_OR_SCENARIO_ERROR = 2


def _load(path: str, settings: list[str]) -> Scenario:
    # --set values are TOML text, passed to the engine as written.
    return Scenario(_core.load_scenario_file(path, settings))


def _print_summary(results: Results) -> None:
    summary = results.summary()
    table = pd.DataFrame({"value": summary, "unit": pd.Series(summary.attrs["units"])})
    print(f"scenario {results.scenario_name}, seed {results.seed}")
    print(table.to_string(float_format=lambda v: f"{v:,.4f}"))


def _run(args: argparse.Namespace) -> int:
    results = run(_load(args.scenario, args.set), seed=args.seed)
    if args.out:
        results.save(args.out)
    _print_summary(results)
    if args.out:
        print(f"results written to {args.out}")
    return 0


def _validate(args: argparse.Namespace) -> int:
    scenario = _load(args.scenario, args.set)
    print(f"{args.scenario}: valid (scenario {scenario.name!r})")
    return 0


def _demo(args: argparse.Namespace) -> int:
    """The baseline against every reform in the scenario library, side by side."""
    scenarios_dir = Path(args.scenarios)
    paths = [scenarios_dir / "baseline.toml", *sorted((scenarios_dir / "reforms").glob("*.toml"))]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    columns = {}
    for path in paths:
        scenario = _load(str(path), [f"population.size={args.size}"])
        print(f"running {scenario.name} ({args.size:,} people, seed {args.seed}) ...", flush=True)
        results = run(scenario, seed=args.seed)
        results.save(out / f"{scenario.name}.h5")
        columns[scenario.name] = results.summary()
    table = pd.DataFrame(columns)
    table.insert(0, "unit", pd.Series(next(iter(columns.values())).attrs["units"]))
    table.to_csv(out / "summary.csv")
    print()
    print(table.to_string(float_format=lambda v: f"{v:,.3f}"))
    print(f"\nresults in {out}/: one HDF5 file per scenario and summary.csv")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mhsim", description="Simulate mental health system reform.")
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="run one scenario and print its summary")
    run_parser.add_argument("scenario")
    run_parser.add_argument("--seed", type=int, default=1)
    run_parser.add_argument(
        "--set", action="append", default=[], metavar="KEY=VALUE", help="override a dotted key"
    )
    run_parser.add_argument("--out", help="write results to this HDF5 file")
    run_parser.set_defaults(handler=_run)
    validate_parser = commands.add_parser("validate", help="check a scenario file and print every problem")
    validate_parser.add_argument("scenario")
    validate_parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    validate_parser.set_defaults(handler=_validate)
    demo_parser = commands.add_parser("demo", help="run the baseline and every reform side by side")
    demo_parser.add_argument("--size", type=int, default=100_000)
    demo_parser.add_argument("--seed", type=int, default=1)
    demo_parser.add_argument("--scenarios", default="scenarios")
    demo_parser.add_argument("--out", default="results")
    demo_parser.set_defaults(handler=_demo)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)  # argparse exits with status 2 on bad arguments
    try:
        return args.handler(args)
    except _core.ScenarioError as error:
        print(f"mhsim: invalid scenario\n{error}", file=sys.stderr)
        return USAGE_OR_SCENARIO_ERROR
    except (OSError, RuntimeError) as error:
        print(f"mhsim: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
