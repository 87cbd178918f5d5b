"""The headline table: the few figures a ministry asks about first, in plain words with units,
each reform's paired difference from the baseline with its interval, rounded as a person
would write them. The CLI prints it and the report opens with it.

The rows are summary figures of the engine, named here only for their labels; the last
three (cost per DALY averted, net monetary benefit, return on investment) come from
``mhsim.economics`` on the same paired replications.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from .intervals import defined, mean_interval

if TYPE_CHECKING:
    from .compare import Comparison

# NICE's lower threshold, GBP 20,000 per QALY, read as per DALY averted (the money unit of
# the default scenarios is GBP at 2021 prices).
DEFAULT_WILLINGNESS_TO_PAY_PER_DALY = 20_000.0


@dataclass(frozen=True)
class Headline:
    label: str  # plain words, with the unit
    figure: str  # a summary figure, or an economics column
    better: str  # "higher" or "lower": which direction is an improvement
    scale: float = 1.0  # e.g. 100 for a share shown in percent
    money: bool = False


HEADLINES = [
    Headline("People helped (responded to treatment), per 1,000 people a year",
             "treatment_responses_per_1000_per_year", "higher"),
    Headline("Effective coverage: episodes treated and responded, %", "effective_coverage", "higher", 100),
    Headline("Wait for low-intensity therapy, days", "wait_mean_days_low_intensity", "lower"),
    Headline("Wait for high-intensity therapy, days", "wait_mean_days_high_intensity", "lower"),
    Headline("Wait for the community mental health team, days", "wait_mean_days_community_team", "lower"),
    Headline("Crises, per 100,000 people a year", "crises_per_100k_per_year", "lower"),
    Headline("Crises met first by police, %", "crisis_door_share_police", "lower", 100),
    Headline("Police contacts, per 100,000 people a year", "police_contacts_per_100k_per_year", "lower"),
    Headline("Arrests, per 100,000 people a year", "arrests_per_100k_per_year", "lower"),
    Headline("Hours boarding in the ED, per 100,000 people a year",
             "ed_boarding_hours_per_100k_per_year", "lower"),
    Headline("Suicides, per 100,000 people a year", "suicides_per_100k_per_year", "lower"),
    Headline("Health lost, DALYs (discounted)", "dalys_discounted", "lower"),
    Headline("Cost of care and justice (discounted)", "cost_total_discounted", "lower", money=True),
]  # fmt: skip

ECONOMICS = [
    Headline("Cost per DALY averted (discounted)", "icer_per_daly_averted", "lower", money=True),
    Headline("Net monetary benefit (discounted)", "net_monetary_benefit", "higher", money=True),
    Headline("Return on investment: savings and productivity per 1 of extra cost",
             "return_on_investment", "higher"),
]  # fmt: skip


def headline_figures() -> list[str]:
    """The summary figures of the headline table, in its order."""
    return [h.figure for h in HEADLINES]


def headline_table(
    comparison: Comparison,
    willingness_to_pay_per_daly: float = DEFAULT_WILLINGNESS_TO_PAY_PER_DALY,
    level: float = 0.95,
) -> pd.DataFrame:
    """One row per headline and scenario: the scenario's mean with its interval, and for a
    reform the paired difference from the baseline with its interval (numbers, unrounded).
    Columns: label, unit, better, mean, lower, upper, difference, difference_lower,
    difference_upper, n; index (headline, scenario)."""
    rows = _figure_rows(comparison, HEADLINES, level)
    economics = comparison.cost_effectiveness(willingness_to_pay_per_daly, level=level).join(
        comparison.return_on_investment(level).drop(columns=["n", "cost_unit"])
    )
    for h in ECONOMICS:
        for name in comparison.reforms:
            row = economics.loc[name]
            unit = str(row["cost_unit"]) if h.money else "ratio"
            estimate = [row[h.figure], row[f"{h.figure}_lower"], row[f"{h.figure}_upper"]]
            note = economics_note(h.figure, row)
            if note in QUADRANT_WORDS:
                estimate = [np.nan] * 3
            rows.append(
                {
                    **_row(h, name, unit, np.array([]), level),
                    **dict(
                        zip(("difference", "difference_lower", "difference_upper"), estimate, strict=True)
                    ),
                    "n": int(row["n"]),
                    "note": note,
                }
            )
    return pd.DataFrame(rows).set_index(["headline", "scenario"])


def figure_table(comparison: Comparison, headlines: list[Headline], level: float = 0.95) -> pd.DataFrame:
    """The headline table's layout for any summary figures (the report's pathways panel): each
    scenario's mean with its interval and each reform's paired difference from the baseline."""
    return pd.DataFrame(_figure_rows(comparison, headlines, level)).set_index(["headline", "scenario"])


def _figure_rows(comparison: Comparison, headlines: list[Headline], level: float) -> list[dict]:
    units = comparison.baseline.summary().attrs["units"]
    summaries = {name: comparison.replications(name).summary() for name in comparison.scenario_names}
    base = summaries[comparison.scenario_names[0]]
    rows = []
    for h in headlines:
        for name, summary in summaries.items():
            values = summary[h.figure].to_numpy() * h.scale
            row = _row(h, name, units[h.figure] if h.scale == 1 else "%", values, level)
            if summary is not base:
                diff = mean_interval(values - base[h.figure].to_numpy() * h.scale, level)
                row.update(zip(("difference", "difference_lower", "difference_upper"), diff, strict=True))
            rows.append(row)
    return rows


def economics_note(figure: str, row: pd.Series) -> str:
    """When a ratio would mislead, the words to say instead (a key of QUADRANT_WORDS), or
    SAVED_PER_DALY_LOST to read the ratio the other way; '' when the number speaks for itself.
    ``row`` is a reform's row of the cost-effectiveness and return-on-investment tables."""
    if figure == "icer_per_daly_averted":
        if row["dalys_averted_lower"] < 0 < row["dalys_averted_upper"]:
            return "unclear"  # no cost per DALY averted to speak of
        if row["quadrant"] != "trade-off":
            return str(row["quadrant"])  # a ratio of a gain and a loss ranks nothing
        if row["dalys_averted"] < 0:
            return SAVED_PER_DALY_LOST  # less cost for more health lost: a saving per DALY lost
    if figure == "return_on_investment" and row["extra_cost_lower"] <= 0:
        return "no_extra_cost"  # nothing clearly invested for a return to be a multiple of
    return ""


def format_cell(value: float, lower: float, upper: float, note: str, signed: bool) -> str:
    """A reform's cell: the estimate, or the words its note stands for."""
    if note in QUADRANT_WORDS:
        return QUADRANT_WORDS[note]
    text = format_estimate(value, lower, upper, signed and note != SAVED_PER_DALY_LOST)
    return f"{text} saved per DALY lost" if note == SAVED_PER_DALY_LOST else text


def _row(h: Headline, scenario: str, unit: str, values: np.ndarray, level: float) -> dict:
    mean, lower, upper = mean_interval(values, level) if len(values) else (np.nan, np.nan, np.nan)
    return {
        "headline": h.figure,
        "scenario": scenario,
        "label": h.label,
        "unit": unit,
        "better": h.better,
        "mean": mean,
        "lower": lower,
        "upper": upper,
        "difference": np.nan,
        "difference_lower": np.nan,
        "difference_upper": np.nan,
        "n": int(defined(values).sum()),
        "note": "",
    }


QUADRANT_WORDS = {
    "dominant": "dominant: less cost, less health lost",
    "dominated": "dominated: more cost, more health lost",
    "unclear": "no clear change in health",
    "no_extra_cost": "no clear extra cost",
}
SAVED_PER_DALY_LOST = "saved_per_daly_lost"

_SCALES = [(1e9, " billion"), (1e6, " million")]


def _decimals(largest: float) -> int:
    """Decimals that leave three significant figures in the largest number shown."""
    if largest == 0 or not math.isfinite(largest):
        return 0
    return min(3, 2 - math.floor(math.log10(largest)))


def format_estimate(
    value: float, lower: float = math.nan, upper: float = math.nan, signed: bool = False
) -> str:
    """'-120 (-241 to 0)', '12.8 million (11.9 to 13.6 million)', 'not defined'; intervals
    that are missing (one replication) are left out, with '(no interval: 1 run)' said by
    the caller once, not per cell."""
    if value is None or not math.isfinite(value):
        return "not defined"
    shown = [v for v in (value, lower, upper) if math.isfinite(v)]
    largest = max(abs(v) for v in shown)
    divisor, suffix = next(((d, s) for d, s in _SCALES if largest >= d), (1.0, ""))
    decimals = _decimals(largest / divisor)

    def number(v: float, sign: bool) -> str:
        # Negative decimals round to tens or hundreds: 44,819 is written 44,800.
        text = f"{round(v / divisor, decimals) + 0.0:{'+' if sign else ''},.{max(decimals, 0)}f}"
        return text.replace("-", "\N{MINUS SIGN}")

    text = number(value, signed) + suffix
    if math.isfinite(lower) and math.isfinite(upper):
        text += f" ({number(lower, False)} to {number(upper, False)}{suffix})"
    return text


def format_headline_table(table: pd.DataFrame) -> pd.DataFrame:
    """The headline table as text: one row per headline (its label), one column per scenario;
    the baseline's cells are its values, a reform's its difference from the baseline."""
    scenarios = list(dict.fromkeys(table.index.get_level_values("scenario")))
    labels = list(dict.fromkeys(table["label"]))
    money = {h.label for h in [*HEADLINES, *ECONOMICS] if h.money}
    unit_of = dict(zip(table["label"], table["unit"], strict=False))
    # The economics rows compare a reform with the baseline, so the baseline has no cell there.
    text = pd.DataFrame("\N{EM DASH}", index=pd.Index(labels, name=""), columns=scenarios)
    for (_, scenario), row in table.iterrows():
        if scenario == scenarios[0]:
            cell = format_estimate(row["mean"], row["lower"], row["upper"])
        else:
            estimate = (row["difference"], row["difference_lower"], row["difference_upper"])
            cell = format_cell(*estimate, row["note"], signed=True)
        text.loc[row["label"], scenario] = cell
    text.index = [f"{label}, {unit_of[label]}" if label in money else label for label in labels]
    text.columns = [scenarios[0], *[f"{s} vs {scenarios[0]}" for s in scenarios[1:]]]
    return text
