"""mhsim run, mhsim validate and mhsim figures: one scenario, one seed."""

from __future__ import annotations

import argparse
import sys

import pandas as pd

from .. import _core
from ..catalogue import figures
from ..run import run
from . import options
from .output import (
    check_file,
    csv_writer,
    estimates_table,
    print_table,
    print_written,
    without_interval,
    write_outputs,
)

RUN_OUTPUTS = {".csv": "the summary figures with units", ".h5": "every table, HDF5"}


def run_command(args: argparse.Namespace) -> int:
    out = check_file(args.out, "--out", RUN_OUTPUTS) if args.out is not None else None
    shown = options.chosen_figures(args)
    results = run(options.load_scenario(args.scenario, args.set), seed=args.seed)
    summary = results.summary()
    units = summary.attrs["units"]
    if out is not None and out.suffix.lower() == ".csv":
        table = pd.DataFrame({"unit": pd.Series(units), "value": summary}).rename_axis("figure")
        write_outputs({out: csv_writer(table)})
    elif out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)  # as write_outputs makes the folders of a .csv
        results.save(out)  # the engine writes it whole or not at all
    print(f"scenario {results.scenario_name}, seed {results.seed}")
    print_table(estimates_table({results.scenario_name: without_interval(summary)}, units, shown))
    if out is not None:
        print_written([out])
    return 0


def validate_command(args: argparse.Namespace) -> int:
    """Every file is checked, so one command lists the problems of a whole folder."""
    invalid = 0
    for path in args.scenario:
        try:
            scenario = options.load_scenario(path, args.set)
        except _core.ScenarioError as error:
            print(f"mhsim: invalid scenario\n{error}", file=sys.stderr)
            invalid += 1
            continue
        print(f"{path}: valid (scenario {scenario.name!r})")
    if invalid and len(args.scenario) > 1:
        print(f"mhsim: {invalid} of {len(args.scenario)} scenario files are invalid", file=sys.stderr)
    return options.BAD_INPUT if invalid else 0


def figures_command(args: argparse.Namespace) -> int:
    print_table(figures())
    return 0


def add_commands(commands) -> None:
    run_parser = commands.add_parser(
        "run",
        help="run one scenario with one seed and print its headline figures",
        description="Run one scenario with one seed and print its headline figures. One seed "
        "gives one possible history: compare or replicate give intervals.",
    )
    run_parser.add_argument("scenario", help="a scenario file (TOML)")
    run_parser.add_argument("--seed", type=options.seed_number, default=1, help="the run's seed (default 1)")
    options.add_settings(run_parser)
    run_parser.add_argument(
        "--out",
        metavar="FILE",
        help="write FILE.csv (the summary figures with units) or FILE.h5 (every table, HDF5)",
    )
    options.add_display(run_parser, quiet=False)
    run_parser.set_defaults(handler=run_command)

    validate_parser = commands.add_parser(
        "validate", help="check scenario files and print every problem of each (status 2 if any is invalid)"
    )
    validate_parser.add_argument("scenario", nargs="+", help="one or more scenario files (TOML)")
    options.add_settings(validate_parser)
    validate_parser.set_defaults(handler=validate_command)

    figures_parser = commands.add_parser(
        "figures", help="list every summary figure with its unit and meaning (for --figures)"
    )
    figures_parser.set_defaults(handler=figures_command)
