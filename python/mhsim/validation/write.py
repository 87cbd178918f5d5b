"""The validation table as Markdown (docs/validation.md) and as an offline HTML page in the
report's style; both written whole or not at all."""

from __future__ import annotations

import datetime as dt
import math
import os
from functools import cache
from importlib import resources
from pathlib import Path

import jinja2
import pandas as pd

from ..files import replace_atomically
from ..report import check_report_path
from ..report.build import report_css

TITLE = "Validation: the model against its targets"
COMMAND = "mhsim validate-model"


def format_value(value: float) -> str:
    if not math.isfinite(value):
        return "not defined"
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"


def format_error(value: float) -> str:
    if not math.isfinite(value):
        return "one run"
    return f"{value:,.0f}" if abs(value) >= 10 else f"{value:.2g}"


def result_text(row: pd.Series) -> str:
    if row["status"] == "off":
        return f"off ({'within' if row['within'] else 'outside'} tolerance): {row['off']}"
    if row["status"] == "not measured":
        return f"not measured: {row['off']}"
    return row["status"]


def counts(table: pd.DataFrame) -> str:
    found = table["status"].value_counts()
    shown = ["pass", "fail", "off"] + (["not measured"] if "not measured" in found else [])
    return ", ".join(f"{found.get(status, 0)} {status}" for status in shown)


def measured_at(table: pd.DataFrame) -> str:
    a = table.attrs
    seeds = ", ".join(str(s) for s in a["seeds"])
    return (
        f"mhsim {a['mhsim_version']} (git {a['git_revision']}), {a['size']:,} people per setting, "
        f"{a['n']} run{'s' if a['n'] != 1 else ''} each (seeds {seeds}), {a['horizon_years']:g} years "
        f"reported after a burn-in of {a['burn_in_years']:g} years; "
        f"measured in {a['seconds'] / 60:.1f} minutes"
    )


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def markdown(table: pd.DataFrame) -> str:
    a = table.attrs
    lines = [
        f"# {TITLE}",
        "",
        f"Written by `make validate` (`{COMMAND} --size {a['size']} --seeds {a['n']} --seed {a['seed']}`) "
        "from `python/mhsim/validation/targets.toml`; do not edit by hand.",
        f"{measured_at(table)}.",
        "",
        f"**{counts(table)}.** A target passes when the model's value is within its tolerance (absolute, "
        "in the figure's unit) of the target value. The standard error is the spread of each run's own "
        "value over the runs: how precisely this size and these seeds measure it. A target marked *off* "
        "is one the model does not meet today or that does not apply, with the reason; it is reported, "
        "not tested.",
        "",
        "| target | model | standard error | target value | tolerance | result | setting | source |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for _, row in table.iterrows():
        cells = [row["name"], format_value(row["model"]), format_error(row["standard_error"])]
        cells += [format_value(row["target"])]
        source = f"{row['source']}. {row['note']}" if row["note"] else row["source"]
        cells += [format_value(row["tolerance"]), result_text(row), row["setting"], source]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    lines += ["", "## Settings", "", "| setting | scenario | overrides | what it is |", "|---|---|---|---|"]
    for name, setting in a["settings"].items():
        overrides = ", ".join(f"`{key} = {value}`" for key, value in setting.overrides.items()) or "none"
        cells = [name, f"`scenarios/{setting.scenario}`", _cell(overrides), _cell(setting.description)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


@cache
def _template() -> jinja2.Template:
    text = (resources.files(__package__) / "page.html").read_text(encoding="utf-8")
    environment = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    environment.filters["value"] = format_value
    environment.filters["error"] = format_error
    # Long setting names may break after an underscore, as in the report.
    environment.filters["breakable"] = lambda name: name.replace("_", "_\N{ZERO WIDTH SPACE}")
    return environment.from_string(text)


def html(table: pd.DataFrame) -> str:
    return _template().render(
        title=TITLE,
        css=report_css(),
        created=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        measured_at=measured_at(table),
        counts=counts(table),
        rows=[row for _, row in table.iterrows()],
        settings=table.attrs["settings"],
        attrs=table.attrs,
    )


def write_markdown(table: pd.DataFrame, path: str | os.PathLike) -> Path:
    target = check_report_path(path)
    replace_atomically(target, lambda temporary: temporary.write_text(markdown(table), encoding="utf-8"))
    return target


def write_html(table: pd.DataFrame, path: str | os.PathLike) -> Path:
    target = check_report_path(path)
    replace_atomically(target, lambda temporary: temporary.write_text(html(table), encoding="utf-8"))
    return target
