"""What the commands print and write: text tables that fit the terminal, and files
written only at the end, each whole or not at all."""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable, Collection, Mapping, Sequence
from pathlib import Path

import pandas as pd

from ..files import replace_atomically
from ..headline import HEADLINES, format_estimate
from ..replicate import Replications
from .options import LEVEL, UsageError


class Stopped(KeyboardInterrupt):
    """Ctrl-C after some of the outputs were complete; ``note`` names them."""

    def __init__(self, note: str):
        super().__init__(note)
        self.note = note


def say(args, message: str) -> None:
    """A message on stderr, unless --quiet."""
    if not args.quiet:
        print(message, file=sys.stderr, flush=True)


def print_table(table: pd.DataFrame) -> None:
    """Column blocks as wide as the terminal."""
    print(table.to_string(line_width=shutil.get_terminal_size().columns))


def estimates_table(
    columns: Mapping[str, pd.DataFrame],
    units: Mapping[str, str],
    figures: Sequence[str] | None,
    signed: Collection[str] = (),
) -> pd.DataFrame:
    """Text, one column per frame of ``columns`` (each with mean, lower and upper per figure),
    rounded as a person writes numbers. With ``figures`` None the rows are the headline
    figures, labelled in plain words with their units; otherwise the named figures, with
    a unit column."""
    if figures is None:
        rows = [(h.label + (f", {units[h.figure]}" if h.money else ""), h.figure, h.scale) for h in HEADLINES]
    else:
        rows = [(figure, figure, 1.0) for figure in figures]
    text = {
        name: [
            format_estimate(
                *(frame.at[figure, c] * scale for c in ("mean", "lower", "upper")), name in signed
            )
            for _, figure, scale in rows
        ]
        for name, frame in columns.items()
    }
    table = pd.DataFrame(text, index=[label for label, _, _ in rows])
    if figures is not None:
        table.insert(0, "unit", [units[figure] for figure in figures])
    return table


def without_interval(values: pd.Series) -> pd.DataFrame:
    """Values as estimates_table takes them: a mean with no interval."""
    return pd.DataFrame({"mean": values, "lower": float("nan"), "upper": float("nan")})


def interval_note(n: int, paired: bool = False) -> str:
    runs = f"{n} {'paired ' if paired else ''}replication{'s' if n != 1 else ''}"
    if n == 1:
        return f"{runs}: no intervals (they need -n 2 or more)"
    common = " on common random numbers" if paired else ""
    return f"{runs}{common}; intervals at {LEVEL:.0%}"


def tidy_summary(replications: Mapping[str, Replications]) -> pd.DataFrame:
    """Every figure of every replication: columns scenario, replication, seed, figure,
    unit, value."""
    frames = []
    for name, runs in replications.items():
        summary = runs.summary()
        long = summary.reset_index().melt(id_vars="replication", var_name="figure", value_name="value")
        long = long.sort_values("replication", kind="stable")
        long.insert(0, "scenario", name)
        long.insert(2, "seed", long["replication"].map(dict(enumerate(runs.seeds))))
        long.insert(4, "unit", long["figure"].map(summary.attrs["units"]))
        frames.append(long)
    return pd.concat(frames, ignore_index=True)


def csv_writer(table: pd.DataFrame, **options) -> Callable[[Path], None]:
    return lambda path: table.to_csv(path, **options)


def write_outputs(outputs: Mapping[Path, Callable[[Path], None]]) -> None:
    """Writes each file whole (a temporary file renamed), one after another; Ctrl-C on the
    way raises Stopped naming the files already complete."""
    done: list[Path] = []
    try:
        for path, write in outputs.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            replace_atomically(path, write)
            done.append(path)
    except KeyboardInterrupt:
        if not done:
            raise
        raise Stopped(f"already complete: {', '.join(map(str, done))}; nothing else was written") from None


def print_written(paths: Collection[Path]) -> None:
    for path in paths:
        print(f"written: {path}")


def check_folder(folder: str | Path, option: str) -> Path:
    """Raises UsageError unless files can be created in ``folder``, or in the nearest
    folder above it that exists (the missing ones are made when the outputs are written)."""
    if not str(folder):
        raise UsageError(f"{option} needs a folder name, got ''")
    folder = Path(folder)
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise UsageError(f"cannot write to {option} {folder}: {existing} is a file, not a folder")
    try:
        with tempfile.NamedTemporaryFile(dir=existing, prefix=".mhsim-check-"):
            pass
    except OSError as error:
        raise UsageError(f"cannot write to {option} {folder}: {error.strerror} ({existing})") from None
    return folder


def check_file(path: str | Path, option: str, suffixes: Mapping[str, str]) -> Path:
    """The path of an output file, checked: an accepted extension and a folder that can be
    written to. ``suffixes`` maps each accepted extension to what it holds."""
    if not str(path):
        raise UsageError(f"{option} needs a file name, got ''")
    path = Path(path)
    if path.suffix.lower() not in suffixes:
        accepted = " or ".join(f"{suffix} ({what})" for suffix, what in suffixes.items())
        raise UsageError(f"{option} {path}: the file name must end in {accepted}")
    if path.is_dir():
        raise UsageError(f"{option} {path} is a folder; give a file name")
    check_folder(path.parent, option)
    return path
