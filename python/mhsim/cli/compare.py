"""mhsim compare: a baseline against reforms, paired replications on common random numbers."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from ..catalogue import tables_to_keep
from ..compare import BASELINE, Comparison, check_comparable, compare
from ..headline import format_headline_table
from ..interaction import check_package, format_interaction_table
from ..scenario import Scenario
from . import memory, options, output


def name_reforms(
    baseline: Scenario, paths: Sequence[str], reforms: Sequence[Scenario]
) -> dict[str, Scenario]:
    """Each reform by its scenario's name; by its file's stem if that name is taken (by the
    baseline or an earlier reform), or by its path as given if the stem is taken too."""
    taken = {BASELINE, baseline.name}
    named = {}
    for path, reform in zip(paths, reforms, strict=True):
        name = next((c for c in (reform.name, Path(path).stem, str(path)) if c not in taken), None)
        if name is None:
            raise options.UsageError(f"the reform {path} is given twice")
        taken.add(name)
        named[name] = reform
    return named


def load_comparison(baseline_path: str, reform_paths: Sequence[str], settings: list[str]):
    """The baseline and the named reforms, loaded with the settings and checked comparable."""
    baseline = options.load_scenario(baseline_path, settings)
    reforms = name_reforms(baseline, reform_paths, [options.load_scenario(p, settings) for p in reform_paths])
    try:
        check_comparable(baseline, reforms)
    except ValueError as error:
        raise options.UsageError(str(error)) from None
    return baseline, reforms


def run_comparison(
    args: argparse.Namespace, baseline: Scenario, reforms: dict[str, Scenario], for_report: bool
) -> Comparison:
    """The paired comparison, keeping of each run's weekly tables only what a report reads
    (or none without a report: the headline and CSV tables are summary figures)."""
    from ..report import REPORT_TABLES  # plotly loads only for a command that writes a report

    weekly = REPORT_TABLES if for_report else False
    output.say(
        args,
        f"mhsim: {baseline.name} and {len(reforms)} reform{'s' if len(reforms) != 1 else ''}, "
        f"{args.n} paired replication{'s' if args.n != 1 else ''} each ({size_and_horizon(baseline)}); "
        "Ctrl-C stops",
    )
    memory.warn_if_too_large(baseline, args.n * (1 + len(reforms)), tables_to_keep(weekly))
    shared_burn_in = getattr(args, "shared_burn_in", False)
    try:
        return compare(
            baseline,
            reforms,
            n=args.n,
            seed=args.seed,
            threads=args.workers,
            progress=not args.quiet,
            shared_burn_in=shared_burn_in,
            weekly=weekly,
        )
    except ValueError as error:
        if not shared_burn_in:
            raise
        # The engine finds a reform beyond policy when it forks the first burn-in.
        raise options.UsageError(f"--shared-burn-in: {error}") from None


def size_and_horizon(scenario: Scenario) -> str:
    size, years = scenario.value("population.size"), scenario.value("simulation.horizon_years")
    return f"{size:,} people, {years:g} year{'s' if years != 1 else ''}"


def comparison_text(comparison: Comparison, shown: list[str] | None, headline: pd.DataFrame) -> pd.DataFrame:
    """The headline table, or the named figures: the baseline's mean and each reform's
    paired difference, with intervals."""
    if shown is None:
        return format_headline_table(headline)
    base = comparison.baseline.interval(options.LEVEL)
    differences = comparison.differences(options.LEVEL).rename(columns={"difference": "mean"})
    columns = {BASELINE: base}
    columns.update({f"{name} vs {BASELINE}": differences.loc[name] for name in comparison.reforms})
    return output.estimates_table(columns, base["unit"], shown, signed=list(columns)[1:])


def footer(comparison: Comparison, willingness_to_pay: float | None) -> str:
    """What the columns are, the replications and the interval level; with the headline
    table, the willingness to pay behind its net monetary benefit."""
    n = len(comparison.baseline)
    text = f"Reform columns: the difference from the baseline. {output.interval_note(n, paired=True)}"
    if willingness_to_pay is None:
        return text + "."
    money = comparison.baseline.summary().attrs["units"]["cost_total_discounted"]
    return (
        f"{text}; net monetary benefit at a willingness to pay of {willingness_to_pay:,.0f} ({money}) "
        "per DALY averted."
    )


def checked_package(args: argparse.Namespace, reforms: dict[str, Scenario]) -> list[str] | None:
    """The parts of --package (--parts, or every other reform), checked before anything
    runs; None without --package."""
    if args.package is None:
        if args.parts is not None:
            raise options.UsageError("--parts names the parts of a --package; give --package too")
        return None
    parts = None if args.parts is None else [p.strip() for p in args.parts.split(",") if p.strip()]
    try:
        return check_package(list(reforms), args.package, parts)
    except (KeyError, ValueError) as error:
        raise options.UsageError(f"--package {args.package}: {error}") from None


def interaction_footer(package: str, parts: list[str]) -> str:
    return (
        f"Interaction: {package} against the sum of its parts ({', '.join(parts)}), each paired with "
        "the baseline; package - sum of parts per replication, with its interval."
    )


def checked_report_path(path: str) -> Path:
    """The report's path: an .html file in a folder that can be written to (made if missing)."""
    return output.check_file(path, "--report", {".html": "the report, one self-contained page"})


def compare_command(args: argparse.Namespace) -> int:
    out = output.check_folder(args.out, "--out") if args.out is not None else None
    report = checked_report_path(args.report) if args.report else None
    shown = options.chosen_figures(args)
    baseline, reforms = load_comparison(args.baseline, args.reforms, args.set)
    parts = checked_package(args, reforms)
    comparison = run_comparison(args, baseline, reforms, for_report=report is not None)
    headline = comparison.headline(args.willingness_to_pay, options.LEVEL)
    interaction = None if parts is None else comparison.interaction(args.package, parts, options.LEVEL)
    outputs = {}
    if out is not None:
        outputs[out / "headline.csv"] = output.csv_writer(headline)
        outputs[out / "differences.csv"] = output.csv_writer(comparison.differences(options.LEVEL))
        every_run = {name: comparison.replications(name) for name in comparison.scenario_names}
        outputs[out / "summary.csv"] = output.csv_writer(output.tidy_summary(every_run), index=False)
        if interaction is not None:
            outputs[out / "interaction.csv"] = output.csv_writer(interaction)
    if report is not None:
        outputs[report] = lambda path: comparison.report(
            path, willingness_to_pay_per_daly=args.willingness_to_pay, package=args.package, parts=parts
        )
    output.write_outputs(outputs)
    output.print_table(comparison_text(comparison, shown, headline))
    print(footer(comparison, args.willingness_to_pay if shown is None else None))
    if interaction is not None:
        print()
        output.print_table(format_interaction_table(interaction))
        print(interaction_footer(args.package, parts))
    output.print_written(outputs)
    return 0


def add_command(commands) -> None:
    parser = commands.add_parser(
        "compare",
        help="a baseline against reforms: paired replications and the headline table",
        description="Run the baseline and every reform n times on the same seeds (common random "
        "numbers: the same people with the same luck) and print the headline table: the "
        "baseline's figures and each reform's paired difference from it, with intervals. "
        f"{options.WORKERS_NOTE}",
    )
    parser.add_argument("baseline", help="the baseline scenario file")
    parser.add_argument(
        "reforms",
        nargs="+",
        metavar="reform",
        help="reform scenario files, named by their scenario name (or file stem if the name is taken)",
    )
    options.add_runs(parser, n=10, what="paired replications of every scenario", where="every scenario")
    options.add_willingness_to_pay(parser)
    parser.add_argument(
        "--shared-burn-in",
        action="store_true",
        help="run each seed's burn-in once, under the baseline; every reform starts from it "
        "(reforms may then change policy only; shared_burn_in)",
    )
    parser.add_argument(
        "--out",
        metavar="DIR",
        help="write headline.csv (unrounded), differences.csv (every figure) and summary.csv "
        "(every figure per scenario and replication) into DIR",
    )
    parser.add_argument(
        "--report", metavar="FILE.html", help="write the report for policymakers to FILE.html"
    )
    parser.add_argument(
        "--package",
        metavar="NAME",
        help="a reform that combines others: print its effect against the sum of its parts' "
        "effects, and their interaction, for the headline figures (and write interaction.csv "
        "with --out, and the table in the report)",
    )
    parser.add_argument(
        "--parts",
        metavar="A,B,C",
        help="the reforms that are the package's parts, by name (default: every reform but the package)",
    )
    options.add_display(parser)
    parser.set_defaults(handler=compare_command)
