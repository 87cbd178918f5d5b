"""mhsim replicate: one scenario, n seeds, the headline figures' means with intervals."""

from __future__ import annotations

import argparse

from ..replicate import replicate
from . import options, output
from .compare import size_and_horizon


def replicate_command(args: argparse.Namespace) -> int:
    out = output.check_folder(args.out, "--out") if args.out is not None else None
    shown = options.chosen_figures(args)
    scenario = options.load_scenario(args.scenario, args.set)
    output.say(
        args, f"mhsim: {scenario.name}, {args.n} replications ({size_and_horizon(scenario)}); Ctrl-C stops"
    )
    # Only the summary figures are printed and written: the runs keep no weekly table.
    runs = replicate(
        scenario, n=args.n, seed=args.seed, threads=args.workers, progress=not args.quiet, weekly=False
    )
    interval = runs.interval(options.LEVEL)
    outputs = {}
    if out is not None:
        outputs[out / "intervals.csv"] = output.csv_writer(interval)
        outputs[out / "summary.csv"] = output.csv_writer(
            output.tidy_summary({scenario.name: runs}), index=False
        )
    output.write_outputs(outputs)
    print(f"scenario {scenario.name}: means over the replications")
    output.print_table(output.estimates_table({"mean": interval}, interval["unit"], shown))
    print(f"{output.interval_note(len(runs))}.")
    output.print_written(outputs)
    return 0


def add_command(commands) -> None:
    parser = commands.add_parser(
        "replicate",
        help="one scenario, n seeds: the headline figures' means with intervals",
        description="Run one scenario n times with seeds derived from --seed and print the "
        f"headline figures' means with intervals. {options.WORKERS_NOTE}",
    )
    parser.add_argument("scenario", help="a scenario file (TOML)")
    options.add_runs(parser, n=10, what="replications", where="the scenario")
    parser.add_argument(
        "--out",
        metavar="DIR",
        help="write intervals.csv (every figure: unit, mean, lower, upper, n) and summary.csv "
        "(every figure per replication) into DIR",
    )
    options.add_display(parser)
    parser.set_defaults(handler=replicate_command)
