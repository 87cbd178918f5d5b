"""The headline figures by the groups the weekly tables carry (region, income, sex, age
band, and coverage for help-seeking), each with its gap to the best-served group."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd
import xarray as xr

from ..replicate import Replications
from .series import PER_100K_A_YEAR, PER_1000_A_YEAR, tables

GROUP_WORDS = {
    "region": "Region",
    "income": "Income",
    "sex": "Sex",
    "age_band": "Age",
    "coverage": "Coverage",
}
STRATA = ("region", "income", "sex", "age_band")


@dataclass(frozen=True)
class GroupFigure:
    key: str
    label: str
    unit: str
    better: str  # "higher" or "lower": which direction serves the group better
    numerator: str
    denominator: str  # person-weeks, or a weekly stock summed over weeks (person-weeks too)
    groups: tuple[str, ...]
    scale: float


EQUITY = [
    GroupFigure("people_helped", "People helped (responded to treatment)", "per 1,000 people a year",
                "higher", "responses", "person_weeks_alive", STRATA, PER_1000_A_YEAR),
    GroupFigure("treatment_starts", "People starting treatment", "per 1,000 people a year",
                "higher", "treatment_starts", "person_weeks_alive", STRATA, PER_1000_A_YEAR),
    GroupFigure("help_seeking", "Help-seeking contacts about a common mental disorder",
                "per 1,000 people a year", "higher", "help_seeking_contacts", "person_weeks_alive",
                ("region", "income", "sex", "age_band"), PER_1000_A_YEAR),
    GroupFigure("help_seeking_by_coverage", "Help-seeking contacts, by coverage", "per 1,000 people a year",
                "higher", "help_seeking_contacts", "people_by_coverage", ("coverage",), PER_1000_A_YEAR),
    GroupFigure("crises", "Crises", "per 100,000 people a year", "lower", "crises", "person_weeks_alive",
                STRATA, PER_100K_A_YEAR),
    GroupFigure("suicides", "Suicides", "per 100,000 people a year", "lower", "suicides",
                "person_weeks_alive", STRATA, PER_100K_A_YEAR),
]  # fmt: skip


def _by(variable: xr.DataArray, group: str) -> xr.DataArray:
    return variable.sum([d for d in variable.dims if d != group], skipna=False)


def _rates(runs: Replications) -> dict[str, dict[str, pd.Series]]:
    """Per figure and group dimension: the mean over replications of each group's rate."""
    per_run: dict[tuple[str, str], list[pd.Series]] = {}
    for run in runs.runs:
        d = tables(run)
        for figure in EQUITY:
            for group in figure.groups:
                numerator = _by(d[figure.numerator], group)
                denominator = _by(d[figure.denominator], group)
                with np.errstate(invalid="ignore", divide="ignore"):
                    rate = (numerator / denominator * figure.scale).to_series()
                per_run.setdefault((figure.key, group), []).append(rate)
    rates: dict[str, dict[str, pd.Series]] = {}
    for (key, group), series in per_run.items():
        rates.setdefault(key, {})[group] = pd.concat(series, axis=1).mean(axis=1)
    return rates


Getter = Callable[[str], Replications]


def group_words(label: str) -> str:
    """'age_15_24' -> '15 to 24', 'age_65_plus' -> '65 and over', 'low' -> 'low'."""
    if label.startswith("age_"):
        return label.removeprefix("age_").replace("_plus", " and over").replace("_", " to ")
    return label.replace("_", " ")


def equity_tables(replications_of: Getter, scenarios: list[str]) -> list[dict]:
    """For each figure: rows (group dimension, group) with, per scenario, the mean rate
    and the gap to the best-served group of the same dimension."""
    tables = []
    rates_of = {name: _rates(replications_of(name)) for name in scenarios}
    for figure in EQUITY:
        rows = []
        for group in figure.groups:
            for label in rates_of[scenarios[0]][figure.key][group].index:
                cells = []
                for name in scenarios:
                    rates = rates_of[name][figure.key][group]
                    best = rates.max() if figure.better == "higher" else rates.min()
                    cells.append((float(rates[label]), float(rates[label] - best)))
                rows.append(
                    {"dimension": GROUP_WORDS[group], "group": group_words(str(label)), "cells": cells}
                )
        tables.append({"figure": figure, "rows": rows})
    return tables
