"""mhsim demo: the baseline against every reform of a scenario library, as one paired
comparison."""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from ..intervals import figures_may_be_undefined
from ..library import scenario_library
from . import options
from .compare import comparison_text, footer, load_comparison, run_comparison
from .output import check_folder, csv_writer, estimates_table, print_table, without_interval, write_outputs


def library_files(folder: Path) -> tuple[Path, list[Path]]:
    baseline, reforms = folder / "baseline.toml", sorted((folder / "reforms").glob("*.toml"))
    if not baseline.is_file() or not reforms:
        raise options.UsageError(
            f"--scenarios {folder} needs baseline.toml and at least one reform in reforms/*.toml"
        )
    return baseline, reforms


def means_table(comparison) -> pd.DataFrame:
    """Every figure: its unit and each scenario's mean over the replications."""
    summaries = {name: comparison.replications(name).summary() for name in comparison.scenario_names}
    with figures_may_be_undefined():
        table = pd.DataFrame({name: summary.mean() for name, summary in summaries.items()})
    table.insert(0, "unit", pd.Series(summaries[comparison.scenario_names[0]].attrs["units"]))
    return table.rename_axis("figure")


def demo_command(args: argparse.Namespace) -> int:
    out = check_folder(args.out, "--out")
    shown = options.chosen_figures(args)
    baseline_path, reform_paths = library_files(Path(args.scenarios))
    settings = [f"population.size={args.size}", *args.set]
    baseline, reforms = load_comparison(str(baseline_path), [str(p) for p in reform_paths], settings)
    comparison = run_comparison(args, baseline, reforms, for_report=True)
    headline = comparison.headline(args.willingness_to_pay, options.LEVEL)
    means = means_table(comparison)
    outputs = {out / "summary.csv": csv_writer(means), out / "headline.csv": csv_writer(headline)}
    report = out / "report.html"
    outputs[report] = lambda path: comparison.report(
        path, willingness_to_pay_per_daly=args.willingness_to_pay
    )
    write_outputs(outputs)
    if shown is None:
        print_table(comparison_text(comparison, None, headline))
        print(footer(comparison, args.willingness_to_pay))
    else:
        columns = {name: without_interval(means[name]) for name in comparison.scenario_names}
        print_table(estimates_table(columns, means["unit"], shown))
        print(f"Each scenario's mean over {args.n} replication{'s' if args.n != 1 else ''}.")
    print()
    print(f"report: {report}")
    print(
        f"tables: {out / 'headline.csv'} (the headline figures, unrounded) and "
        f"{out / 'summary.csv'} (every figure, each scenario's mean)"
    )
    return 0


def add_command(commands) -> None:
    parser = commands.add_parser(
        "demo",
        help="the baseline against every reform of the library, as one paired comparison",
        description="Run the baseline and every reform in SCENARIOS/reforms n times on the same "
        "seeds, at --size people, write summary.csv, headline.csv and report.html into --out and "
        f"print the headline table. {options.WORKERS_NOTE}",
    )
    parser.add_argument("--size", type=options.at_least(1), default=100_000, help="people (default 100,000)")
    options.add_runs(parser, n=10, what="paired replications of every scenario", where="every scenario")
    parser.add_argument(
        "--scenarios",
        metavar="DIR",
        default=str(scenario_library()),
        help="a folder with baseline.toml and reforms/*.toml (default: the library installed with mhsim)",
    )
    parser.add_argument("--out", metavar="DIR", default="results", help="where to write (default results)")
    options.add_willingness_to_pay(parser)
    options.add_display(parser)
    parser.set_defaults(handler=demo_command)
