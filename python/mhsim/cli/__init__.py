"""The ``mhsim`` command.

    mhsim compare BASELINE REFORM... [-n 10] [--seed 1] [--set key=value ...] [--workers K]
                  [--willingness-to-pay GBP] [--shared-burn-in] [--out DIR] [--report FILE.html]
                  [--package NAME [--parts A,B,C]] [--figures a,b,c | --all] [--quiet]
    mhsim replicate SCENARIO [-n 10] [--seed 1] [--set ...] [--workers K] [--out DIR]
                  [--figures a,b,c | --all] [--quiet]
    mhsim sweep SCENARIO DESIGN.toml [-n 1] [--seed 1] [--set ...] [--workers K] [--store DIR]
                  [--out FILE.csv] [--figures a,b,c | --all] [--quiet]
    mhsim run SCENARIO [--seed 1] [--set ...] [--out FILE.csv | FILE.h5] [--figures a,b,c | --all]
    mhsim validate SCENARIO [--set ...]
    mhsim validate-model [--size 200000] [--seeds 2] [--seed 1] [--workers K] [--out FILE.md]
                  [--html FILE.html] [--quiet]
    mhsim figures
    mhsim demo [--size 100000] [--seed 1] [-n 10] [--set ...] [--scenarios DIR] [--out results]
                  [--workers K] [--willingness-to-pay GBP] [--figures a,b,c | --all] [--quiet]

Options are named as the Python functions' arguments: -n/--n is ``n``, --seed ``seed``,
--workers ``threads`` (a sweep's process pool: its workers), --willingness-to-pay
``willingness_to_pay_per_daly``. Progress bars go to stderr (--quiet hides them); files
are written only at the end, each whole.

Exit status: 0 success; 2 bad input (a scenario, design file, figure name, option or
output path), named before anything is written and, but for a --shared-burn-in reform
beyond policy, before anything runs; 130 stopped with Ctrl-C; 1 any other failure.
"""

from __future__ import annotations

import argparse
import sys

from .. import _core
from . import compare, demo, replicate, run, sweep, validate_model
from .options import BAD_INPUT, UsageError

STOPPED = 130  # 128 + SIGINT, as shells report it


def parser() -> argparse.ArgumentParser:
    main_parser = argparse.ArgumentParser(
        prog="mhsim",
        description="Simulate mental health system reform.",
        epilog="Options are named as the Python functions' arguments (-n is n, --seed seed, --workers "
        "threads, --willingness-to-pay willingness_to_pay_per_daly). "
        "Exit status: 0 success, 2 bad input (nothing written), 130 stopped with Ctrl-C, 1 any other "
        "failure.",
    )
    commands = main_parser.add_subparsers(dest="command", required=True, metavar="command")
    compare.add_command(commands)
    replicate.add_command(commands)
    sweep.add_command(commands)
    run.add_commands(commands)
    demo.add_command(commands)
    validate_model.add_command(commands)
    return main_parser


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)  # argparse exits with status 2 on bad arguments
    try:
        return args.handler(args)
    except KeyboardInterrupt as stop:
        # Outputs are written only at the end, each whole, so a stop leaves no half file.
        print(f"\nmhsim: stopped (Ctrl-C); {getattr(stop, 'note', 'nothing was written')}", file=sys.stderr)
        return STOPPED
    except _core.ScenarioError as error:
        print(f"mhsim: invalid scenario\n{error}", file=sys.stderr)
        return BAD_INPUT
    except UsageError as error:
        print(f"mhsim: {error}", file=sys.stderr)
        return BAD_INPUT
    except (OSError, RuntimeError) as error:
        print(f"mhsim: {error}", file=sys.stderr)
        return 1
