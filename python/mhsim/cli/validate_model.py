"""mhsim validate-model: every target of the validation table against the model, written as
Markdown (docs/validation.md) and an offline HTML page."""

from __future__ import annotations

import argparse

from ..validation import validate
from ..validation.write import write_html, write_markdown
from . import options
from .output import check_file, print_written, say

FAILED = 1  # a target that is not marked off is outside its tolerance


def validate_model_command(args: argparse.Namespace) -> int:
    markdown = check_file(args.out, "--out", {".md": "the table as Markdown"}) if args.out else None
    page = check_file(args.html, "--html", {".html": "the table as a web page"}) if args.html else None
    say(args, f"mhsim: measuring every target at {args.size:,} people, {args.seeds} run(s) per setting")
    table = validate(args.size, args.seeds, args.seed, args.workers, progress=not args.quiet)
    shown = table[["name", "model", "target", "tolerance", "status"]].set_index("name")
    print(shown.to_string(float_format=lambda value: f"{value:.4g}"))
    written = [write(table, path) for write, path in [(write_markdown, markdown), (write_html, page)] if path]
    print_written(written)
    failed = table[table["status"] == "fail"]
    if len(failed):
        print(f"mhsim: {len(failed)} target(s) outside their tolerance: {', '.join(failed['name'])}")
        return FAILED
    return 0


def add_command(commands) -> None:
    parser = commands.add_parser(
        "validate-model",
        help="measure the model against every calibration and validation target",
        description="Measure the model against every target of python/mhsim/validation/targets.toml "
        "and write the table (model value, target, tolerance, source, pass / fail / off with the "
        "reason). Exit status 1 when a target not marked off is outside its tolerance, after writing.",
    )
    parser.add_argument(
        "--size", type=options.at_least(1000), default=200_000, help="people per run (default 200,000)"
    )
    parser.add_argument("--seeds", type=options.at_least(1), default=2, help="runs per setting (default 2)")
    parser.add_argument(
        "--seed", type=options.seed_number, default=1, help="the seed the runs' seeds derive from (default 1)"
    )
    parser.add_argument(
        "--workers", type=options.at_least(1), metavar="K", help="engine runs at once, in threads"
    )
    parser.add_argument("--out", metavar="FILE.md", help="write the table as Markdown")
    parser.add_argument("--html", metavar="FILE.html", help="write the table as an offline web page")
    parser.add_argument("--quiet", action="store_true", help="no progress bars or messages on stderr")
    parser.set_defaults(handler=validate_model_command)
