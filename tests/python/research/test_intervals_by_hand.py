"""The economic tables and intervals against numbers worked by hand, not against their own formulas;
and a replication where a figure is undefined (NaN) drops out of an interval and of its ``n`` alike."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from mhsim.economics import cost_effectiveness_table, return_on_investment_table
from mhsim.intervals import interval_table, mean_interval

NAN = np.nan
# t(0.975, 2 degrees of freedom) = 4.302653: three replications.
T_975_2 = 4.302653


def _summaries(**figures: list[float]) -> pd.DataFrame:
    table = pd.DataFrame(figures)
    table.attrs["units"] = dict.fromkeys(figures, "GBP")
    return table


def test_the_t_interval_of_three_values_by_hand():
    # Mean 50, sd 10: 50 +/- 4.302653 x 10 / sqrt(3) = 50 +/- 24.8414.
    assert mean_interval(np.array([50.0, 60.0, 40.0])) == pytest.approx((50.0, 25.1586, 74.8414), abs=1e-3)
    assert mean_interval(np.array([50.0, NAN, 60.0, 40.0])) == pytest.approx(
        (50.0, 25.1586, 74.8414), abs=1e-3
    )
    table = interval_table(pd.DataFrame({"wait": [50.0, NAN, 60.0, 40.0], "never": [NAN] * 4}))
    assert table.loc["wait", "n"] == 3
    assert table.loc["never", "n"] == 0 and np.isnan(table.loc["never", "mean"])


def test_cost_effectiveness_by_hand_over_the_replications_that_define_it():
    # Incremental cost 50, 60, 40 (mean 50); DALYs averted 2, 3, 1 (mean 2): ICER 25 a DALY; at 30 a DALY the
    # net monetary benefit is 30 x 2 - 50 = 10, per replication 10, 30, -10 (sd 20). The fourth replication's
    # reform cost is undefined: it is left out of every column, and n says 3.
    baseline = _summaries(cost=[100.0, 200.0, 300.0, 400.0], dalys=[10.0, 12.0, 14.0, 16.0])
    reform = _summaries(cost=[150.0, 260.0, 340.0, NAN], dalys=[8.0, 9.0, 13.0, 1.0])
    row = cost_effectiveness_table(baseline, {"r": reform}, 30.0, cost="cost", effect="dalys").loc["r"]
    assert row["n"] == 3
    assert row["incremental_cost"] == pytest.approx(50.0)
    assert row["incremental_cost_lower"] == pytest.approx(25.1586, abs=1e-3)
    assert row["dalys_averted"] == pytest.approx(2.0)
    assert row["dalys_averted_upper"] == pytest.approx(2.0 + T_975_2 / np.sqrt(3), abs=1e-4)
    assert row["icer_per_daly_averted"] == pytest.approx(25.0)
    assert row["net_monetary_benefit"] == pytest.approx(10.0)
    assert row["net_monetary_benefit_lower"] == pytest.approx(10.0 - T_975_2 * 20.0 / np.sqrt(3), abs=1e-3)
    assert row["quadrant"] == "trade-off"
    cheaper = _summaries(cost=[90.0, 190.0, 290.0, 390.0], dalys=[9.0, 11.0, 13.0, 15.0])
    assert cost_effectiveness_table(baseline, {"r": cheaper}, 30.0, "cost", "dalys").loc["r", "quadrant"] == (
        "dominant"
    )


def test_return_on_investment_by_hand():
    # Line a rises by 10, 12, 8 (the extra cost, mean 10); line b falls by 10, 6, 8 (savings, mean 8); paid
    # work gains 2, 4, 3 (mean 3): (8 + 3) / 10 = 1.1. A fourth replication without productivity drops out.
    baseline = _summaries(cost_a=[10.0] * 4, cost_b=[50.0] * 4, productivity_value=[0.0] * 4)
    reform = _summaries(
        cost_a=[20.0, 22.0, 18.0, 99.0],
        cost_b=[40.0, 44.0, 42.0, 0.0],
        productivity_value=[2.0, 4.0, 3.0, NAN],
    )
    row = return_on_investment_table(baseline, {"r": reform}, ["a", "b"]).loc["r"]
    assert row["n"] == 3
    assert row["extra_cost"] == pytest.approx(10.0)
    assert row["health_system_savings"] == pytest.approx(8.0)
    assert row["productivity_gained"] == pytest.approx(3.0)
    assert row["return_on_investment"] == pytest.approx(1.1)
