"""``write_report``: a comparison as one self-contained HTML file a ministry can read offline.

The page is rendered from ``template.html`` with jinja2; plotly.js is embedded once in its
head and each chart as its figure's JSON, so the file needs no server and no network.
"""

from __future__ import annotations

import datetime as dt
import math
import numbers
import os
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
import numpy as np
import plotly.graph_objects as go
import plotly.offline

from ..catalogue import figures
from ..files import replace_atomically
from ..headline import DEFAULT_WILLINGNESS_TO_PAY_PER_DALY, economics_note, format_cell, format_estimate
from ..interaction import check_package, format_interaction_table
from . import charts
from .changes import Mark, change_marks
from .equity import equity_panel
from .headline_rows import BETTER, UNCLEAR, WORSE, headline_rows
from .journeys import pick_journeys
from .output import check_report_path
from .pathways import pathways_panel
from .scenarios import assumptions, provenance, scenario_changes
from .series import RUN_CHARTS, budget_table, quarterly_series, staff_series
from .styles import DASH_ARRAYS, scenario_styles

if TYPE_CHECKING:
    from ..compare import Comparison

SECTIONS = [
    ("question", "The question and the scenarios"),
    ("headline", "Headline figures"),
    ("run-charts", "Over time"),
    ("cost-effectiveness", "Cost-effectiveness"),
    ("money-and-people", "Money and people"),
    ("equity", "Equity"),
    ("pathways", "Pathways"),
    ("journeys", "Journeys"),
    ("assumptions", "Assumptions"),
    ("provenance", "Provenance"),
]
CHART_CONFIG = {"displaylogo": False, "responsive": True, "modeBarButtonsToRemove": ["select2d", "lasso2d"]}


@cache
def _template() -> jinja2.Template:
    text = (resources.files(__package__) / "template.html").read_text(encoding="utf-8")
    environment = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    environment.filters["number"] = _number
    environment.filters["plain"] = lambda value: f"{value:g}"
    # Long scenario names may break after an underscore in narrow table headers.
    environment.filters["breakable"] = lambda name: name.replace("_", "_\N{ZERO WIDTH SPACE}")
    return environment.from_string(text)


@cache
def report_css() -> str:
    return (resources.files(__package__) / "report.css").read_text(encoding="utf-8")


def _number(value: float, signed: bool = False) -> str:
    """A figure as a person writes it; words, never 'nan', where it is undefined."""
    return format_estimate(float(value), signed=signed) if math.isfinite(value) else "not defined"


def _chart(figure: go.Figure, chart_id: str) -> str:
    return figure.to_html(full_html=False, include_plotlyjs=False, div_id=chart_id, config=CHART_CONFIG)


def _check_arguments(willingness_to_pay_per_daly: float, level: float) -> None:
    wtp = willingness_to_pay_per_daly
    if isinstance(wtp, bool) or not isinstance(wtp, numbers.Real) or not (math.isfinite(wtp) and wtp >= 0):
        raise ValueError(
            f"willingness_to_pay_per_daly must be a number >= 0, not {willingness_to_pay_per_daly!r}"
        )
    if not 0 < level < 1:
        raise ValueError(f"level must be in (0, 1), not {level!r}")


def _money(comparison: Comparison) -> str:
    return comparison.baseline.summary().attrs["units"]["cost_total_discounted"]


def _run_charts(comparison: Comparison, styles, level: float, money: str, marks: list[Mark]) -> list[dict]:
    series = {name: quarterly_series(comparison.replications(name), RUN_CHARTS, level)
              for name in comparison.scenario_names}  # fmt: skip
    out = []
    for quantity in RUN_CHARTS:
        unit = quantity.unit.format(money=money)
        bands = {name: per_scenario[quantity.key] for name, per_scenario in series.items()}
        figure = charts.run_chart(f"{quantity.label}, {unit}", unit, bands, styles, marks)
        out.append({"quantity": quantity, "unit": unit, "html": _chart(figure, f"chart-{quantity.key}")})
    return out


def _cost_effectiveness(comparison: Comparison, wtp: float, level: float, styles, money: str) -> dict:
    base = comparison.baseline.summary()
    increments = {}
    for name, runs in comparison.reforms.items():
        reform = runs.summary()
        averted = base["dalys_discounted"].to_numpy() - reform["dalys_discounted"].to_numpy()
        cost = reform["cost_total_discounted"].to_numpy() - base["cost_total_discounted"].to_numpy()
        increments[name] = (averted, cost)
    grid = np.linspace(0.0, max(3 * wtp, 10_000.0), 121)
    curves = {name: (grid[:, None] * averted[None, :] - cost[None, :] > 0).mean(axis=1)
              for name, (averted, cost) in increments.items()}  # fmt: skip
    table = comparison.cost_effectiveness(wtp, level=level)
    return {
        "plane": _chart(charts.cost_effectiveness_plane(increments, wtp, money, styles), "chart-ce-plane"),
        "ceac": _chart(charts.acceptability_curve(curves, grid, wtp, money, styles), "chart-ceac"),
        "probability": {name: float(np.mean(wtp * a - c > 0)) for name, (a, c) in increments.items()},
        "table": table,
    }


def _ce_rows(table, probability: dict[str, float]) -> list[tuple[str, dict[str, str]]]:
    """The cost-effectiveness table as text: estimates with intervals, quadrant words where a
    cost per DALY averted would mislead."""
    rows = []
    for name, row in table.iterrows():

        def estimate(column: str, signed: bool = False, row=row) -> str:
            return format_estimate(row[column], row[f"{column}_lower"], row[f"{column}_upper"], signed)

        figure = "icer_per_daly_averted"
        icer = format_cell(
            row[figure], row[f"{figure}_lower"], row[f"{figure}_upper"], economics_note(figure, row), False
        )
        rows.append(
            (
                str(name),
                {
                    "cost": estimate("incremental_cost", True),
                    "averted": estimate("dalys_averted", True),
                    "icer": icer,
                    "nmb": estimate("net_monetary_benefit", True),
                    "probability": f"{probability[name]:.0%}",
                },
            )
        )
    return rows


def _money_and_people(comparison: Comparison, styles, level: float, money: str) -> dict:
    budgets = {name: budget_table(comparison.replications(name)) for name in comparison.scenario_names}
    panels = charts.budget_panels(budgets)
    balance_title = f"Budget balance by budget line and year, {money} (above 0 unspent, below 0 overspent)"
    balance = charts.small_multiples(balance_title, panels, "Budget year", money, styles)
    staff = {name: staff_series(comparison.replications(name), level) for name in comparison.scenario_names}
    cadres = list(staff[comparison.scenario_names[0]])
    staff_panels = {
        cadre.replace("_", " "): {name: (s[cadre].x, s[cadre].mean) for name, s in staff.items()}
        for cadre in cadres
    }
    staff_title = "Staff in post by cadre, full-time equivalents per 100,000 people (quarterly means)"
    staff_chart = charts.small_multiples(
        staff_title, staff_panels, charts.YEARS_AXIS, "FTE per 100,000", styles
    )
    totals = {}
    for name, table in budgets.items():
        per_line = table.groupby(level="budget_line", sort=False).sum()
        years = table.index.get_level_values("year").nunique()
        totals[name] = {"per_line": per_line / years, "total": per_line.sum() / years}
    return {
        "balance_chart": _chart(balance, "chart-budget-balance"),
        "staff_chart": _chart(staff_chart, "chart-staff"),
        "budget_lines": list(totals[comparison.scenario_names[0]]["per_line"].index),
        "totals": totals,
        "unit": money,
    }


def _default_title(reforms: int) -> str:
    return f"Mental health system reform: the baseline against {reforms} reform{'s' if reforms != 1 else ''}"


def _interaction(comparison: Comparison, package: str | None, parts, level: float) -> dict | None:
    """The package against the sum of its parts, as text rows: the label, each estimate
    split from its interval (a narrow column breaks the line there and nowhere else), the
    reading and its direction. None without a package."""
    if package is None:
        return None
    table = comparison.interaction(package, parts, level)
    text = format_interaction_table(table)
    rows = []
    for (label, cells), css in zip(text.iterrows(), table["direction"], strict=True):
        estimates = [cell.replace(" (", "\n(", 1).split("\n") for cell in cells.iloc[:-1]]
        rows.append((label, estimates, cells.iloc[-1], css))
    return {"package": package, "parts": table.attrs["parts"], "columns": list(text.columns), "rows": rows}


def render(
    comparison: Comparison,
    willingness_to_pay_per_daly: float,
    level: float,
    title: str | None,
    package: str | None = None,
    parts: Sequence[str] | None = None,
) -> str:
    """The report's HTML text; with a ``package``, the headline section compares it with
    the sum of its ``parts`` (``Comparison.interaction``)."""
    names = comparison.scenario_names
    styles = scenario_styles(names)
    money = _money(comparison)
    changes = scenario_changes(comparison)
    marks = change_marks(comparison)
    n = len(comparison.baseline)
    catalogue = figures()
    ce = _cost_effectiveness(comparison, willingness_to_pay_per_daly, level, styles, money)
    table = comparison.headline(willingness_to_pay_per_daly, level)
    context = {
        "title": title or _default_title(len(comparison.reforms)),
        "created": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "sections": SECTIONS,
        "plotly_js": plotly.offline.get_plotlyjs(),
        "css": report_css(),
        "dash_arrays": DASH_ARRAYS,
        "names": names,
        "reforms": list(comparison.reforms),
        "descriptions": {name: comparison.replications(name).scenario.description for name in names},
        "styles": styles,
        "changes": changes,
        "assumptions": assumptions(changes),
        "n": n,
        "level_percent": f"{level * 100:g}",
        "wtp": willingness_to_pay_per_daly,
        "wtp_text": f"{willingness_to_pay_per_daly:,.0f} per DALY averted ({money})",
        "band_limit": charts.BAND_LIMIT,
        "money": money,
        "headline": headline_rows(table),
        "interaction": _interaction(comparison, package, parts, level),
        "better_symbol": BETTER[0],
        "worse_symbol": WORSE[0],
        "unclear_symbol": UNCLEAR[0],
        "differs_symbol": "\N{BLACK DIAMOND}",
        "figure_descriptions": catalogue["description"].to_dict(),
        "figure_units": catalogue["unit"].to_dict(),
        "run_charts": _run_charts(comparison, styles, level, money, marks),
        "marks": marks,
        "ce": ce,
        "ce_rows": _ce_rows(ce["table"], ce["probability"]),
        "money_and_people": _money_and_people(comparison, styles, level, money),
        "equity": equity_panel(comparison, level, money),
        "pathways": pathways_panel(comparison, level),
        "journeys": pick_journeys(comparison),
        "provenance": provenance(comparison),
    }
    return _template().render(**context)


def write_report(
    comparison: Comparison,
    path: str | os.PathLike,
    *,
    willingness_to_pay_per_daly: float = DEFAULT_WILLINGNESS_TO_PAY_PER_DALY,
    level: float = 0.95,
    title: str | None = None,
    package: str | None = None,
    parts: Sequence[str] | None = None,
) -> Path:
    """Write ``comparison`` as one self-contained HTML file at ``path`` and return its path;
    with a ``package`` (a reform of the comparison) the headline section compares it with the
    sum of its ``parts`` (every other reform by default; ``Comparison.interaction``).

    The path is checked first (ReportPathError, an OSError, naming it); the file is
    written atomically, so a failure leaves no file behind."""
    target = check_report_path(path)
    _check_arguments(willingness_to_pay_per_daly, level)
    if package is not None:
        check_package(list(comparison.reforms), package, parts)  # before the slow part
    text = render(comparison, float(willingness_to_pay_per_daly), level, title, package, parts)
    replace_atomically(target, lambda temporary: temporary.write_text(text, encoding="utf-8"))
    return target
