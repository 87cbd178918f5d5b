"""The options the commands share, named as the Python functions name them: -n/--n is
``n``, --seed ``seed``, --workers ``threads`` (or a sweep's process pool), --set a
scenario override, --willingness-to-pay ``willingness_to_pay_per_daly``."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from .. import _core
from ..catalogue import UnknownFigureError, check_figures, figures
from ..headline import DEFAULT_WILLINGNESS_TO_PAY_PER_DALY
from ..scenario import Scenario
from ..seeds import SEED_LIMIT

LEVEL = 0.95  # the level of every interval the command prints
WORKERS_NOTE = (
    "Ctrl-C stops: runs not yet started are dropped, and each running engine run, which cannot "
    "be interrupted, finishes first (at most one run per worker); nothing half-written is left."
)

BAD_INPUT = 2  # the exit status of a refused scenario or option, as argparse uses


class UsageError(Exception):
    """Bad input the command names before running anything (exit status 2)."""


def at_least(least: int):
    """An argparse type: a whole number of at least ``least``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"must be a whole number, got {text!r}") from None
        if value < least:
            raise argparse.ArgumentTypeError(f"must be at least {least}, got {value}")
        return value

    return parse


def _money(text: str) -> float:
    try:
        value = float(text.replace(",", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be an amount of money, got {text!r}") from None
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"must be zero or more, got {text!r}")
    return value


def seed_number(text: str) -> int:
    """An argparse type: a seed, a whole number in [0, 2**64)."""
    value = at_least(0)(text)
    if value >= SEED_LIMIT:
        raise argparse.ArgumentTypeError(f"must be below 2**64 = {SEED_LIMIT}, got {value}")
    return value


def add_settings(parser: argparse.ArgumentParser, where: str = "the scenario") -> None:
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help=f"override a dotted key in {where}, as TOML: --set population.size=20000 (repeatable)",
    )


def add_runs(parser: argparse.ArgumentParser, n: int, what: str, where: str, sweep: bool = False) -> None:
    """-n, --seed, --set and --workers (a sweep's workers are processes, each running a point)."""
    parser.add_argument("-n", "--n", type=at_least(1), default=n, help=f"{what} (n; default {n})")
    parser.add_argument(
        "--seed", type=seed_number, default=1, help="the seed the replications' seeds derive from (default 1)"
    )
    add_settings(parser, where)
    at_once = "points at once, in processes" if sweep else "engine runs at once, in threads"
    parser.add_argument(
        "--workers",
        type=at_least(1),
        metavar="K",
        help=f"{at_once} (default: every core this process may use)",
    )


def add_display(parser: argparse.ArgumentParser, quiet: bool = True) -> None:
    """--figures or --all, and --quiet."""
    if quiet:
        parser.add_argument("--quiet", action="store_true", help="no progress bars or messages on stderr")
    chosen = parser.add_mutually_exclusive_group()
    chosen.add_argument(
        "--figures",
        metavar="A,B,C",
        help="print these summary figures instead of the headline ones (mhsim figures lists them)",
    )
    chosen.add_argument("--all", action="store_true", help="print every summary figure")


def add_willingness_to_pay(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--willingness-to-pay",
        type=_money,
        default=DEFAULT_WILLINGNESS_TO_PAY_PER_DALY,
        metavar="GBP",
        help="willingness to pay per DALY averted, in the scenarios' money unit, for the net "
        f"monetary benefit and the report (willingness_to_pay_per_daly; default "
        f"{DEFAULT_WILLINGNESS_TO_PAY_PER_DALY:,.0f})",
    )


def chosen_figures(args: argparse.Namespace) -> list[str] | None:
    """The figures --figures names (checked), every figure with --all, or None for the
    headline figures."""
    known = list(figures().index)
    if args.all:
        return known
    if not args.figures:
        return None
    names = [name.strip() for name in args.figures.split(",") if name.strip()]
    if not names:
        raise UsageError("--figures needs at least one figure name, e.g. --figures cmd_prevalence")
    try:
        check_figures(names, known, what="figure")
    except UnknownFigureError as error:
        raise UsageError(f"{error} (mhsim figures lists them all)") from None
    return names


def load_scenario(path: str | os.PathLike, settings: list[str]) -> Scenario:
    """The scenario file with the --set overrides (TOML text, passed to the engine as written)."""
    if not Path(path).is_file():
        what = "is a folder, not a scenario file" if Path(path).is_dir() else "does not exist"
        raise UsageError(f"scenario file {os.fspath(path)} {what}")
    return Scenario(_core.load_scenario_file(os.fspath(path), settings))
