"""The headline table of ``Comparison.headline`` as rows of text for the report, each
reform's difference marked better, worse or no clear change in words and symbols."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from ..headline import ECONOMICS, HEADLINES, Headline, format_cell, format_estimate

BETTER = ("\N{CHECK MARK}", "better", "better")
WORSE = ("\N{BALLOT X}", "worse", "worse")
UNCLEAR = ("\N{EN DASH}", "no clear change", "unclear")
UNDEFINED = ("n/a", "not defined", "undefined")


@dataclass(frozen=True)
class Verdict:
    symbol: str
    words: str
    css: str  # a class name: the colour is a help, the symbol and words say it


@dataclass
class Cell:
    text: str
    verdict: Verdict


@dataclass
class HeadlineRow:
    key: str
    label: str
    unit: str
    better: str
    baseline: str  # the baseline's value with its interval, or an em dash for economics rows
    reforms: dict[str, Cell]
    economics: bool  # a comparison of a reform with the baseline, no value of its own
    money: bool  # the unit is money, shown after the label


def _direction(value: float, lower: float, upper: float, threshold: float, higher_is_better: bool) -> Verdict:
    """Better or worse when the interval lies on one side of ``threshold``; with no interval
    (one replication) the sign of the estimate alone, said as such."""
    if not math.isfinite(value):
        return Verdict(*UNDEFINED)
    if math.isfinite(lower) and math.isfinite(upper):
        if lower > threshold:
            up = True
        elif upper < threshold:
            up = False
        else:
            return Verdict(*UNCLEAR)
        sure = ""
    else:
        if value == threshold:
            return Verdict(*UNCLEAR)
        up, sure = value > threshold, " (no interval)"
    symbol, words, css = BETTER if up == higher_is_better else WORSE
    return Verdict(symbol, words + sure, css)


def _economics_verdict(key: str, row: pd.Series, net_benefit: pd.Series) -> Verdict:
    """Net monetary benefit against 0, return on investment against 1. The cost per DALY
    averted takes the net monetary benefit's verdict: the same decision (below the willingness
    to pay when health is gained, above it when health is lost for a saving), with the
    better-behaved interval."""
    value, lower, upper = row["difference"], row["difference_lower"], row["difference_upper"]
    if key == "icer_per_daly_averted":
        notes = {"dominant": BETTER, "dominated": WORSE, "unclear": UNCLEAR}
        if row["note"] in notes:
            return Verdict(*notes[row["note"]])
        key, value, lower, upper = (
            "net_monetary_benefit",
            *(net_benefit[c] for c in ("difference", "difference_lower", "difference_upper")),
        )
    if key == "return_on_investment" and row["note"]:
        return Verdict(*UNCLEAR)  # no clear extra cost to return on
    if key == "return_on_investment":
        return _direction(value, lower, upper, 1.0, higher_is_better=True)
    return _direction(value, lower, upper, 0.0, higher_is_better=True)


def headline_rows(
    table: pd.DataFrame, headlines: list[Headline] = HEADLINES, economics_rows: list[Headline] = ECONOMICS
) -> list[HeadlineRow]:
    """One row per headline of ``table`` (``Comparison.headline``, or ``figure_table`` for
    ``headlines`` with no ``economics_rows``), in its order."""
    scenarios = list(dict.fromkeys(table.index.get_level_values("scenario")))
    base, reforms = scenarios[0], scenarios[1:]
    rows = []
    for h in [*headlines, *economics_rows]:
        part = table.xs(h.figure, level="headline")
        unit = str(part["unit"].iloc[0])
        economics = h in economics_rows
        baseline = "\N{EM DASH}"
        if not economics:
            b = part.loc[base]
            baseline = format_estimate(b["mean"], b["lower"], b["upper"])
        cells = {}
        for name in reforms:
            row = part.loc[name]
            estimate = (row["difference"], row["difference_lower"], row["difference_upper"])
            signed = not economics or h.figure == "net_monetary_benefit"
            text = format_cell(*estimate, row["note"], signed)
            if economics:
                net_benefit = table.loc[("net_monetary_benefit", name)]
                verdict = _economics_verdict(h.figure, row, net_benefit)
            else:
                verdict = _direction(*estimate, 0.0, h.better == "higher")
            cells[name] = Cell(text, verdict)
        rows.append(HeadlineRow(h.figure, h.label, unit, h.better, baseline, cells, economics, h.money))
    return rows
