"""The money side of the results: each budget line's budget and spending by budget year
for one run, and the cost-effectiveness of each reform against the baseline on paired
runs: incremental cost, DALYs averted, the incremental cost per DALY averted (ICER) and
the net monetary benefit at a willingness to pay per DALY.

Each replication of a reform is paired with the baseline's replication of the same
seed, so the increments are per replication and their intervals paired. The ICER is
the ratio of the mean increments; its sampling distribution is awkward (the
denominator can be near zero), so decisions should read the net monetary benefit,
whose interval is an ordinary paired interval.

The helpers take the engine's results and summary tables, not ``Results`` or
``Comparison``, so that both of those can use them without an import cycle.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from . import _core
from .intervals import mean_interval


def budget_by_year(run: _core.Results) -> pd.DataFrame:
    """Each budget line's budget, spending and balance (unspent if positive, overspent if
    negative) per budget year, indexed by (year, budget_line); years count from 0."""
    budget = run.table("budget")
    costs = run.table("costs")
    lines = run.dimensions["budget_line"]
    years = [_core.budget_year_of_week(w) for w in range(len(run.week_start_day))]
    given = pd.DataFrame(np.asarray(budget["values"]), columns=lines).groupby(years).sum()
    cost_lines = run.dimensions["cost_line"]
    spent = pd.DataFrame(np.asarray(costs["values"]), columns=cost_lines)[lines].groupby(years).sum()
    table = pd.concat({"budget": given.stack(), "spent": spent.stack()}, axis=1).rename_axis(
        ["year", "budget_line"]
    )
    table["balance"] = table["budget"] - table["spent"]
    table.attrs["unit"] = budget["unit"]
    return table


def _quadrant(incremental_cost: float, dalys_averted: float) -> str:
    if dalys_averted > 0 and incremental_cost <= 0:
        return "dominant"  # better health for less money
    if dalys_averted < 0 and incremental_cost >= 0:
        return "dominated"
    return "trade-off"


def cost_effectiveness_table(
    baseline: pd.DataFrame,
    reforms: Mapping[str, pd.DataFrame],
    willingness_to_pay_per_daly: float,
    cost: str = "cost_total_discounted",
    effect: str = "dalys_discounted",
    level: float = 0.95,
    method: str = "t",
) -> pd.DataFrame:
    """One row per reform. ``baseline`` and each of ``reforms`` hold the summary figures of
    their replications (``Replications.summary()``), row i of each from the same seed;
    ``cost`` and ``effect`` name summary figures (the defaults discount both at
    ``economics.discount_rate_per_year``)."""
    if not willingness_to_pay_per_daly >= 0:
        raise ValueError(
            f"willingness_to_pay_per_daly must be a number >= 0, not {willingness_to_pay_per_daly!r}"
        )
    for figure in (cost, effect):
        if figure not in baseline.columns:
            raise KeyError(f"no summary figure {figure!r}; figures: {list(baseline.columns)}")
    rows = []
    for name, reform in reforms.items():
        incremental_cost = reform[cost].to_numpy() - baseline[cost].to_numpy()
        dalys_averted = baseline[effect].to_numpy() - reform[effect].to_numpy()
        net_benefit = willingness_to_pay_per_daly * dalys_averted - incremental_cost
        row = {"reform": name}
        for label, values in [
            ("incremental_cost", incremental_cost),
            ("dalys_averted", dalys_averted),
            ("net_monetary_benefit", net_benefit),
        ]:
            mean, lower, upper = mean_interval(values, level, method)
            row.update({label: mean, f"{label}_lower": lower, f"{label}_upper": upper})
        row["icer_per_daly_averted"] = (
            row["incremental_cost"] / row["dalys_averted"] if row["dalys_averted"] != 0 else np.nan
        )
        row["quadrant"] = _quadrant(row["incremental_cost"], row["dalys_averted"])
        row["willingness_to_pay_per_daly"] = willingness_to_pay_per_daly
        row["cost_unit"] = baseline.attrs["units"][cost]
        row["n"] = len(incremental_cost)
        rows.append(row)
    return pd.DataFrame(rows).set_index("reform")
