"""The headline table a ministry reads first (mhsim.headline), the figure catalogue and
"did you mean": through the documented interface, on one small paired comparison."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

import mhsim
from conftest import compare_reforms
from mhsim.headline import (
    ECONOMICS,
    HEADLINES,
    economics_note,
    format_cell,
    format_estimate,
    format_headline_table,
)

SMALL = {"population.size": 10000, "simulation.horizon_years": 2.0, "simulation.burn_in_years": 1.0}


@pytest.fixture(scope="module")
def comparison():
    return compare_reforms(["task_shifting", "crisis_health_first"], n=3, seed=5, size=SMALL)


@pytest.fixture(scope="module")
def headline(comparison):
    return comparison.headline(willingness_to_pay_per_daly=20000)


def test_the_headline_table_is_short_and_in_plain_words(headline):
    text = format_headline_table(headline)
    assert len(text) == len(HEADLINES) + len(ECONOMICS) <= 16
    assert list(text.columns) == ["baseline", "task_shifting vs baseline", "crisis_health_first vs baseline"]
    for label in text.index:
        assert "_" not in label  # plain words, not identifiers
    assert "Cost of care and justice (discounted), GBP, 2021 prices" in text.index
    assert not text.apply(lambda column: column.str.contains("nan")).any().any()


def test_a_reform_row_is_its_paired_difference_from_the_baseline(comparison, headline):
    row = headline.loc[("police_contacts_per_100k_per_year", "crisis_health_first")]
    assert row["difference"] == pytest.approx(
        comparison.difference("crisis_health_first", "police_contacts_per_100k_per_year")["difference"]
    )
    assert row["difference_upper"] < 0  # health-first crisis response: fewer police contacts
    shares = headline.loc[("crisis_door_share_police", "baseline")]
    assert shares["unit"] == "%" and 10 < shares["mean"] < 90  # a share shown in percent
    assert math.isnan(headline.loc[("dalys_discounted", "baseline")]["difference"])


def test_the_economics_rows_compare_reforms_only(comparison, headline):
    rows = headline.loc["net_monetary_benefit"]
    assert list(rows.index) == ["task_shifting", "crisis_health_first"]
    table = comparison.cost_effectiveness(20000)
    assert rows.loc["task_shifting", "difference"] == pytest.approx(
        table.loc["task_shifting", "net_monetary_benefit"]
    )
    roi = headline.loc[("return_on_investment", "crisis_health_first")]
    assert roi["difference"] == pytest.approx(
        comparison.return_on_investment().loc["crisis_health_first", "return_on_investment"]
    )


@pytest.mark.parametrize(
    ("value", "lower", "upper", "signed", "text"),
    [
        (-120.4, -241.2, 0.3, True, "\N{MINUS SIGN}120 (\N{MINUS SIGN}241 to 0)"),
        (12_751_642.4, 11_900_000, 13_600_000, False, "12.8 million (11.9 to 13.6 million)"),
        (44_819.0, 32_419.0, 57_219.0, True, "+44,800 (32,400 to 57,200)"),
        (0.2671, -0.366, 0.9, True, "+0.267 (\N{MINUS SIGN}0.366 to 0.900)"),
        (68.8, math.nan, math.nan, False, "68.8"),
        (math.nan, math.nan, math.nan, False, "not defined"),
        (0.0, 0.0, 0.0, True, "+0 (0 to 0)"),
    ],
)
def test_numbers_are_rounded_as_a_person_writes_them(value, lower, upper, signed, text):
    assert format_estimate(value, lower, upper, signed) == text


def test_the_figure_catalogue_lists_every_summary_figure_with_its_unit(small_results):
    catalogue = mhsim.figures()
    assert list(catalogue.index) == list(small_results.summary().index)
    assert catalogue.loc["effective_coverage", "unit"] == "share"
    assert "people helped" in catalogue.loc["treatment_responses_per_1000_per_year", "description"]


def test_a_misspelled_name_gets_did_you_mean(comparison):
    with pytest.raises(mhsim.UnknownFigureError) as error:
        comparison.difference("task_shifting", "dalys_discountd")
    message = str(error.value)
    assert "'dalys_discountd'. Did you mean 'dalys_discounted'" in message
    assert len(message) < 300  # not a list of all 300 figures
    suggested = r"no reform 'task_shift' in this comparison\. Did you mean 'task_shifting'\?"
    with pytest.raises(KeyError, match=suggested):
        comparison.difference("task_shift", "dalys")


def test_people_helped_and_effective_coverage_count_treatment_responses(small_results):
    summary = small_results.summary()
    weekly = small_results.to_xarray()
    responses = float(weekly["responses"].sum())
    person_years = float(weekly["person_weeks_alive"].sum()) * 7 / 365.25
    assert summary["treatment_responses_per_1000_per_year"] == pytest.approx(1000 * responses / person_years)
    episodes = float(weekly["cmd_prevalent"].isel(week=0).sum() + weekly["cmd_onsets"].sum())
    assert summary["effective_coverage"] == pytest.approx(responses / episodes)
    assert 0 < summary["effective_coverage"] < summary["cmd_in_treatment_share"] * 2
    assert np.isfinite(summary["effective_coverage"])


def _economics_row(**values) -> pd.Series:
    row = {"dalys_averted": 100.0, "dalys_averted_lower": 50.0, "dalys_averted_upper": 150.0,
           "quadrant": "trade-off", "extra_cost_lower": 1.0}  # fmt: skip
    return pd.Series({**row, **values})


def test_a_ratio_that_would_mislead_is_said_in_words():
    assert economics_note("icer_per_daly_averted", _economics_row()) == ""
    unclear = _economics_row(dalys_averted_lower=-10.0)
    assert format_cell(900.0, 800.0, 1000.0, economics_note("icer_per_daly_averted", unclear), False) == (
        "no clear change in health"
    )
    dominated = _economics_row(dalys_averted=-100.0, dalys_averted_lower=-150.0, dalys_averted_upper=-50.0,
                               quadrant="dominated")  # fmt: skip
    assert economics_note("icer_per_daly_averted", dominated) == "dominated"
    # Less cost for more health lost: the ratio is a saving per DALY lost, not a bargain.
    saving = _economics_row(dalys_averted=-100.0, dalys_averted_lower=-150.0, dalys_averted_upper=-50.0)
    note = economics_note("icer_per_daly_averted", saving)
    assert format_cell(1790.0, 1730.0, 1840.0, note, True) == "1,790 (1,730 to 1,840) saved per DALY lost"
    # A return on an extra cost that may be nothing is no return.
    no_cost = _economics_row(extra_cost_lower=-5.0)
    assert format_cell(-27.0, -117.0, 27.0, economics_note("return_on_investment", no_cost), True) == (
        "no clear extra cost"
    )


def test_every_lookup_by_name_says_did_you_mean(comparison, small_results):
    runs = comparison.baseline
    with pytest.raises(KeyError, match=r"no weekly table 'crisis'\. Did you mean 'crises'"):
        small_results.to_dataframe(["crisis"])
    with pytest.raises(KeyError, match=r"no weekly table 'waitng'\. Did you mean 'waiting'"):
        runs.weekly_interval("waitng")
    with pytest.raises(KeyError, match=r"no scenario 'basline' in this comparison\. Did you mean 'baseline'"):
        comparison.replications("basline")
