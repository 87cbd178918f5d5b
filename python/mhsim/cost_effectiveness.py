"""Cost-effectiveness of each reform against the baseline, on the paired runs of a
`Comparison`: incremental cost, DALYs averted, the incremental cost per DALY averted
(ICER) and the net monetary benefit at a willingness to pay per DALY.

Each replication of a reform is paired with the baseline's replication of the same
seed, so the increments are per replication and their intervals paired. The ICER is
the ratio of the mean increments; its sampling distribution is awkward (the
denominator can be near zero), so decisions should read the net monetary benefit,
whose interval is an ordinary paired interval.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from .intervals import mean_interval

if TYPE_CHECKING:
    from .compare import Comparison


def _quadrant(incremental_cost: float, dalys_averted: float) -> str:
    if dalys_averted > 0 and incremental_cost <= 0:
        return "dominant"  # better health for less money
    if dalys_averted < 0 and incremental_cost >= 0:
        return "dominated"
    return "trade-off"


def cost_effectiveness_table(
    comparison: Comparison,
    willingness_to_pay_per_daly: float,
    cost: str = "cost_total_discounted",
    effect: str = "dalys_discounted",
    level: float = 0.95,
    method: str = "t",
) -> pd.DataFrame:
    """One row per reform; ``cost`` and ``effect`` name summary figures (the defaults
    discount both at ``economics.discount_rate_per_year``)."""
    if not willingness_to_pay_per_daly >= 0:
        raise ValueError(
            f"willingness_to_pay_per_daly must be a number >= 0, not {willingness_to_pay_per_daly!r}"
        )
    base = comparison.baseline.summary()
    for figure in (cost, effect):
        if figure not in base.columns:
            raise KeyError(f"no summary figure {figure!r}; figures: {list(base.columns)}")
    rows = []
    for name, runs in comparison.reforms.items():
        reform = runs.summary()
        incremental_cost = reform[cost].to_numpy() - base[cost].to_numpy()
        dalys_averted = base[effect].to_numpy() - reform[effect].to_numpy()
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
        row["cost_unit"] = base.attrs["units"][cost]
        row["n"] = len(incremental_cost)
        rows.append(row)
    return pd.DataFrame(rows).set_index("reform")
