"""The report's equity panel: the key figures group by group with each group's gap to the
best-served group, each reform's paired change in every gap (narrows, widens or no clear change),
the concentration index of treatment by income and equity-weighted DALYs, all from
``Comparison.equity()`` (mhsim.equity)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

from ..equity import HIGHER_IS_BETTER, Equity
from .headline_rows import BETTER, UNCLEAR, WORSE

if TYPE_CHECKING:
    from ..compare import Comparison

DIMENSION_WORDS = {
    "region": "Region",
    "income": "Income",
    "coverage": "Coverage",
    "marginalised_group": "Marginalised group",
    "language": "Language",
    "housing": "Housing",
    "age_band": "Age",
    "sex": "Sex",
}


@dataclass(frozen=True)
class PanelFigure:
    name: str  # in the summary by group
    label: str
    unit: str
    scale: float = 1.0  # shares are shown as percentages


PER_1000, PER_100K = "per 1,000 people a year", "per 100,000 people a year"
PANEL_FIGURES = [
    PanelFigure("first_treatment_starts_per_1000_per_year", "People starting treatment", PER_1000),
    PanelFigure("first_treatment_starts_per_1000_ill_per_year", "People starting treatment, against need",
                "per 1,000 people with a common mental disorder a year"),
    PanelFigure("effective_coverage", "Effective coverage (treated and responded)", "% of episodes", 100.0),
    PanelFigure("help_seeking_contacts_per_1000_ill_per_year", "Help-seeking contacts",
                "per 1,000 people with a common mental disorder a year"),
    PanelFigure("wait_mean_days", "Mean wait for treatment, every step", "days"),
    PanelFigure("dropout_share_treatment", "Courses ending in drop-out", "% of treatment starts", 100.0),
    PanelFigure("crises_per_100k_per_year", "Crises", PER_100K),
    PanelFigure("police_contacts_per_100k_per_year", "Police contacts in a crisis", PER_100K),
    PanelFigure("arrests_per_100k_per_year", "Arrests in a crisis", PER_100K),
    PanelFigure("suicides_per_100k_per_year", "Suicides", PER_100K),
    PanelFigure("dalys_per_100k_per_year", "DALYs", PER_100K),
    PanelFigure("out_of_pocket_per_person_year", "Out-of-pocket payments", "{money} per person a year"),
]  # fmt: skip

READINGS = {"narrows": BETTER[0], "widens": WORSE[0], "no clear change": UNCLEAR[0]}


def group_words(label: str) -> str:
    """'age_15_24' -> '15 to 24', 'age_65_plus' -> '65 and over', 'no_interpreter_needed' -> 'no
    interpreter needed'."""
    if label.startswith("age_"):
        return label.removeprefix("age_").replace("_plus", " and over").replace("_", " to ")
    return label.replace("_", " ")


def _cell(view: Equity, scenario: str, figure: PanelFigure, key: tuple[str, str], baseline: str) -> dict:
    """One scenario's value and gap for a group; for a reform, its paired change in the gap."""
    dimension, group = key
    row = view.groups.loc[(scenario, figure.name, dimension, group)]
    cell = {
        "value": row["mean"] * figure.scale,
        "gap": row["gap"] * figure.scale,
        "best": group == row["best_group"],
        "reading": "",
        "symbol": "",
        "change": "",
    }
    if scenario != baseline and not cell["best"]:
        change = view.gaps.loc[(scenario, figure.name, dimension, group)]
        cell["reading"] = change["reading"]
        cell["symbol"] = READINGS[change["reading"]]
        cell["change"] = (change["gap_change"] * figure.scale, change["gap_change_lower"] * figure.scale,
                          change["gap_change_upper"] * figure.scale)  # fmt: skip
    return cell


def _figure_rows(view: Equity, figure: PanelFigure, scenarios: list[str]) -> list[dict]:
    baseline = scenarios[0]
    groups = view.groups.xs((baseline, figure.name), level=("scenario", "figure")).index
    return [
        {
            "dimension": DIMENSION_WORDS[dimension],
            "group": group_words(group),
            "cells": [_cell(view, name, figure, (dimension, group), baseline) for name in scenarios],
        }
        for dimension, group in groups
    ]


def _clear_changes(view: Equity, scenarios: list[str]) -> list[dict]:
    """Per reform: how many of the panel's gaps clearly narrow and clearly widen."""
    shown = view.gaps[view.gaps.index.get_level_values("figure").isin([f.name for f in PANEL_FIGURES])]
    counts = []
    for reform in scenarios[1:]:
        readings = shown.xs(reform, level="reform")["reading"]
        counts.append(
            {
                "reform": reform,
                "narrows": int((readings == "narrows").sum()),
                "widens": int((readings == "widens").sum()),
                "gaps": len(readings),
            }
        )
    return counts


def _frame_rows(frame: pd.DataFrame) -> list[dict]:
    return [{"key": key, **row} for key, row in frame.iterrows()]


def equity_panel(comparison: Comparison, level: float, money: str) -> dict:
    """What the template's equity section shows."""
    view = comparison.equity(level=level)
    scenarios = comparison.scenario_names
    return {
        "figures": [
            {
                "label": figure.label,
                "unit": figure.unit.format(money=money),
                "better": "highest" if figure.name in HIGHER_IS_BETTER else "lowest",
                "rows": _figure_rows(view, figure, scenarios),
            }
            for figure in PANEL_FIGURES
        ],
        "clear_changes": _clear_changes(view, scenarios),
        "concentration": _frame_rows(view.concentration),
        "weighted_dalys": _frame_rows(view.weighted_dalys),
    }
