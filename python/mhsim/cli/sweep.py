"""mhsim sweep: one scenario over the points of a design read from a TOML file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from .. import _core, designs
from ..headline import format_estimate, headline_figures
from ..scenario import Scenario
from ..sweep import local_executor, sweep
from . import options
from .output import (
    Stopped,
    check_file,
    check_folder,
    csv_writer,
    print_table,
    print_written,
    say,
    write_outputs,
)


def load_points(path: str, scenario: Scenario) -> pd.DataFrame:
    """The design's points, each checked against the scenario before anything runs."""
    if not Path(path).is_file():
        raise options.UsageError(f"design file {path} does not exist")
    try:
        points = designs.load(path).points()
    except ValueError as error:  # DesignFileError, or a design designs.py refuses
        raise options.UsageError(str(error)) from None
    for i, point in enumerate(points.to_dict("records")):
        try:
            scenario.with_overrides(point)
        except _core.ScenarioError as error:
            listed = ", ".join(f"{key}={value!r}" for key, value in point.items())
            raise options.UsageError(f"invalid scenario at point {i} of {path} ({listed})\n{error}") from None
    return points


def sweep_command(args: argparse.Namespace) -> int:
    sweep_outputs = {".csv": "each point's parameters and means"}
    out = check_file(args.out, "--out", sweep_outputs) if args.out is not None else None
    store = check_folder(args.store, "--store") if args.store is not None else None
    shown = options.chosen_figures(args) or headline_figures()
    scenario = options.load_scenario(args.scenario, args.set)
    points = load_points(args.design, scenario)
    replications = f"{args.n} replication{'s' if args.n != 1 else ''}"
    say(args, f"mhsim: {scenario.name} at {len(points)} points, {replications} each; Ctrl-C stops")
    try:
        with local_executor(args.workers) as pool:
            result = sweep(
                scenario,
                points,
                n=args.n,
                seed=args.seed,
                executor=pool,
                store=store,
                progress=not args.quiet,
            )
    except KeyboardInterrupt:
        if store is None:
            raise
        raise Stopped(f"the finished points are in {store}; the same command again resumes") from None
    means = result.to_dataframe(mean=True)
    if out is not None:
        write_outputs({out: csv_writer(means)})
    print(f"scenario {scenario.name}: each point's means over {replications}")
    rounded = means[[*points.columns, *shown]].astype(object).rename_axis(None)
    rounded[shown] = means[shown].map(format_estimate)
    print_table(rounded)
    if store is not None:
        stored = len(points) - result.computed - len(result.failures)
        print(f"{result.computed} points run now, {stored} from the store {store}")
    if out is not None:
        print_written([out])
    if len(result.failures):
        print(f"mhsim: {len(result.failures)} of {len(points)} points failed:", file=sys.stderr)
        print(result.failures.to_string(), file=sys.stderr)
        return 1
    return 0


def add_command(commands) -> None:
    parser = commands.add_parser(
        "sweep",
        help="one scenario over the points of a design (TOML): each point's means",
        description="Run the scenario at every point of the design, n replications per point on "
        "the same seeds, and print each point's means. The design file has one section: [grid] "
        'with "key" = [values], or [latin_hypercube] (points, seed), [sobol] (samples, seed, '
        "second_order) or [morris] (trajectories, levels, seed), each with a ranges table of "
        '"key" = [low, high] (see README.md). Ctrl-C stops: with --store the finished points '
        "are kept and the same command resumes; each running point finishes first.",
    )
    parser.add_argument("scenario", help="a scenario file (TOML)")
    parser.add_argument("design", help="a design file (TOML)")
    options.add_runs(parser, n=1, what="replications per point", where="the scenario", sweep=True)
    parser.add_argument(
        "--store", metavar="DIR", help="keep each finished point in DIR; a rerun skips them (resume)"
    )
    parser.add_argument(
        "--out", metavar="FILE.csv", help="write each point's parameters and every figure's mean"
    )
    options.add_display(parser)
    parser.set_defaults(handler=sweep_command)
