"""A package of reforms against the sum of its parts.

Each part and the package run on the baseline's seeds, so replication i of every
scenario follows the same people with the same luck. For each headline figure and
replication the package's effect is package - baseline, the sum of the parts' effects is
the sum over the parts of part - baseline, and the interaction is their difference
(package - sum of parts); each has the same paired interval as the headline table
(``mhsim.intervals.mean_interval`` over the replications). An interaction of zero means
the parts add up. Away from zero the package does more than the sum of its parts (the
parts reinforce each other's gains, or compound each other's harms) or less (the parts
overlap: they help the same people or build the same thing; or they offset each other:
one takes up what another adds).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from .catalogue import UnknownFigureError, suggestion
from .headline import HEADLINES, format_estimate
from .intervals import mean_interval

if TYPE_CHECKING:
    from .compare import Comparison

ESTIMATES = ("package", "sum_of_parts", "interaction")
NO_CLEAR_INTERACTION = "no clear interaction: about the sum of its parts"


def check_package(reforms: Sequence[str], package: str, parts: Sequence[str] | None) -> list[str]:
    """The parts of ``package`` (every other reform when None), checked: the package and
    each part one of ``reforms`` (an unknown name says the nearest), no part twice, not the
    package itself, and at least two. Raises UnknownFigureError or ValueError."""
    reforms = list(reforms)
    for name in [package, *(parts or [])]:
        if name not in reforms:
            raise UnknownFigureError(
                f"no reform {name!r} in this comparison.{suggestion(name, reforms)} "
                f"Its reforms: {', '.join(reforms)}"
            )
    chosen = [name for name in reforms if name != package] if parts is None else list(parts)
    if package in chosen:
        raise ValueError(f"the package {package!r} cannot be one of its own parts")
    if len(set(chosen)) != len(chosen):
        raise ValueError(f"a part is named twice: {', '.join(chosen)}")
    if len(chosen) < 2:
        raise ValueError(
            f"a package has at least two parts to add up; {package!r} has {len(chosen)} "
            f"({', '.join(chosen) or 'none'})"
        )
    return chosen


def direction(interaction: tuple[float, float, float], better: str) -> str:
    """'better' or 'worse' when the interaction's interval lies on one side of zero (with
    no interval, one replication, its sign), 'unclear' when it includes zero, 'undefined'
    when no run could compute the figure."""
    value, lower, upper = interaction
    if not math.isfinite(value):
        return "undefined"
    if (math.isfinite(lower) and math.isfinite(upper) and lower <= 0 <= upper) or value == 0:
        return "unclear"
    return "better" if (value > 0) == (better == "higher") else "worse"


def reading(interaction: tuple[float, float, float], sum_of_parts: float, better: str) -> str:
    """Plain words for one row: whether the package does more or less than its parts added
    up, why in a word, and whether that is for the better (``direction``)."""
    verdict = direction(interaction, better)
    if verdict == "undefined":
        return "not defined"
    if verdict == "unclear":
        return NO_CLEAR_INTERACTION
    value, lower, upper = interaction
    parts_help = (sum_of_parts > 0) == (better == "higher")
    if sum_of_parts == 0 or not math.isfinite(sum_of_parts):
        size = "a change its parts do not make alone"
    elif np.sign(value) == np.sign(sum_of_parts):
        size = "more than the sum of its parts: " + (
            "they reinforce each other" if parts_help else "their harms compound"
        )
    else:
        # Less of a gain: the parts reach the same people or build the same thing. Less of a
        # harm: one part takes up what another adds (lay counsellors the front door's referrals).
        size = "less than the sum of its parts: " + (
            "the parts overlap" if parts_help else "the parts offset each other"
        )
    no_interval = "" if math.isfinite(lower) and math.isfinite(upper) else "; no interval"
    return f"{size} ({verdict} than adding them up{no_interval})"


def interaction_table(
    comparison: Comparison, package: str, parts: Sequence[str] | None = None, level: float = 0.95
) -> pd.DataFrame:
    """One row per headline figure (index ``headline``): label, unit and which direction
    is ``better``; the package's paired effect against the baseline (``package``), the sum
    of its parts' effects (``sum_of_parts``) and the ``interaction`` (package - sum of
    parts), each with ``_lower`` and ``_upper`` at ``level``; ``n`` replications; the
    interaction's ``direction`` (better, worse, unclear or undefined) and its ``reading``
    in plain words. ``attrs`` holds the package's name and its parts."""
    chosen = check_package(list(comparison.reforms), package, parts)
    base = comparison.baseline.summary()
    units = base.attrs["units"]
    effects = {name: comparison.replications(name).summary() - base for name in [package, *chosen]}
    rows = []
    for h in HEADLINES:
        package_effect = effects[package][h.figure].to_numpy() * h.scale
        parts_effect = sum(effects[name][h.figure].to_numpy() for name in chosen) * h.scale
        samples = dict(
            zip(ESTIMATES, (package_effect, parts_effect, package_effect - parts_effect), strict=True)
        )
        unit = units[h.figure] if h.scale == 1 else "%"
        row = {"headline": h.figure, "label": h.label, "unit": unit, "better": h.better}
        for name, values in samples.items():
            estimate = mean_interval(values, level)
            row.update(zip((name, f"{name}_lower", f"{name}_upper"), estimate, strict=True))
        row["n"] = int(np.sum(~np.isnan(samples["interaction"])))
        interaction = (row["interaction"], row["interaction_lower"], row["interaction_upper"])
        row["direction"] = direction(interaction, h.better)
        row["reading"] = reading(interaction, row["sum_of_parts"], h.better)
        rows.append(row)
    table = pd.DataFrame(rows).set_index("headline")
    table.attrs.update({"package": package, "parts": chosen})
    return table


def format_interaction_table(table: pd.DataFrame) -> pd.DataFrame:
    """``interaction_table`` as text: one row per headline (its label and, for money, its
    unit), the three estimates rounded with their intervals, and the reading."""
    money = {h.label for h in HEADLINES if h.money}
    columns = {
        "package": f"{table.attrs['package']} vs baseline",
        "sum_of_parts": "sum of the parts vs baseline",
        "interaction": "interaction (package - sum)",
    }
    text = pd.DataFrame(
        {
            title: [
                format_estimate(row[name], row[f"{name}_lower"], row[f"{name}_upper"], signed=True)
                for _, row in table.iterrows()
            ]
            for name, title in columns.items()
        },
        index=[f"{r.label}, {r.unit}" if r.label in money else r.label for r in table.itertuples()],
    )
    text["reading"] = list(table["reading"])
    return text
