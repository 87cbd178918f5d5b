"""The arithmetic of Comparison.equity() (mhsim.equity) on summaries whose answers are known by
hand: gaps to the best-served group, their paired change, the concentration index and
equity-weighted DALYs. The same view of real runs is tested in tests/python/reforms/ and
tests/python/report/."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

from mhsim.catalogue import UnknownFigureError
from mhsim.equity import concentration_index
from mhsim.equity import equity_view as _equity_view

INCOME = ("low", "middle", "high")
TREATED = "first_treatment_starts_per_1000_per_year"


def _summary(treated: tuple[float, float, float], dalys: tuple[float, float, float]) -> pd.DataFrame:
    rows = []
    for group, t, d in zip(INCOME, treated, dalys, strict=True):
        rows.append((TREATED, "income", group, t, "per 1,000 person-years"))
        rows.append(("dalys", "income", group, d, "DALYs"))
        rows.append(("person_years", "income", group, 100.0, "person-years"))
        rows.append(("suicides_per_100k_per_year", "income", group, d / 10, "per 100,000 person-years"))
    frame = pd.DataFrame(rows, columns=["figure", "dimension", "group", "value", "unit"])
    return frame.set_index(["figure", "dimension", "group"])


def equity_view(comparison, **options):
    """The view of people treated per person alive, the only treatment figure these summaries carry."""
    return _equity_view(comparison, **{"concentration_of": TREATED, **options})


class _Comparison:
    """Two replications of a baseline and a reform, as Comparison.equity reads them."""

    def __init__(self, summaries: dict[str, list[pd.DataFrame]]):
        self.scenario_names = list(summaries)
        self._runs = {
            name: SimpleNamespace(runs=[SimpleNamespace(summary_by_group=lambda s=s: s) for s in runs])
            for name, runs in summaries.items()
        }

    def replications(self, name):
        return self._runs[name]


@pytest.fixture(scope="module")
def view():
    comparison = _Comparison(
        {
            "baseline": [_summary((t, 20, 30), (5, 4, 3)) for t in (10, 12, 11)],
            "reform": [_summary((t, 20, 30), (4, 4, 3)) for t in (16, 19, 19)],
        }
    )
    return equity_view(comparison, weights={"income": {"low": 2.0}})


def test_the_gap_is_to_the_baselines_best_served_group(view):
    low = view.groups.loc[("baseline", TREATED, "income", "low")]
    assert low["best_group"] == "high"
    assert low["gap"] == pytest.approx(-19.0)  # (10 + 12 + 11) / 3 - 30
    assert low["ratio"] == pytest.approx(11 / 30)
    # For a figure better low, the best-served group has the fewest.
    suicides = view.groups.loc[("baseline", "suicides_per_100k_per_year", "income", "low")]
    assert suicides["best_group"] == "high"


def test_a_reform_that_raises_the_worst_served_narrows_its_gap(view):
    row = view.gaps.loc[("reform", TREATED, "income", "low")]
    assert row["gap_change"] == pytest.approx(7.0)  # paired: the mean of 6, 7 and 8
    assert row["narrowing"] == pytest.approx(7.0)
    assert row["reading"] == "narrows"
    # The best-served group has no gap to change; a group that did not move shows no clear change.
    assert ("reform", TREATED, "income", "high") not in view.gaps.index
    assert view.gaps.loc[("reform", TREATED, "income", "middle"), "reading"] == ("no clear change")


def test_a_gap_that_grows_reads_widens():
    comparison = _Comparison(
        {
            "baseline": [_summary((t, 20, 30), (5, 4, 3)) for t in (20, 21, 22)],
            "reform": [_summary((t, 20, 30), (5, 4, 3)) for t in (12, 14, 15)],
        }
    )
    row = equity_view(comparison).gaps.loc[("reform", TREATED, "income", "low")]
    assert row["narrowing"] < 0 and row["reading"] == "widens"


def test_concentration_index_by_hand():
    # Equal rates: 0. All treatment among the richest third: 2/3. Among the poorest: -2/3.
    assert concentration_index([5, 5, 5], [1, 1, 1]) == pytest.approx(0.0)
    assert concentration_index([0, 0, 9], [1, 1, 1]) == pytest.approx(2 / 3)
    assert concentration_index([9, 0, 0], [1, 1, 1]) == pytest.approx(-2 / 3)
    # Weighted by group size: the mean and the ranks follow the person-years.
    shares, rates = np.array([0.5, 0.3, 0.2]), np.array([10.0, 20.0, 30.0])
    rank = np.cumsum(shares) - shares / 2
    expected = 2 * np.sum(shares * rates * rank) / np.sum(shares * rates) - 1
    assert concentration_index(rates, shares * 1000) == pytest.approx(expected)


def test_the_reform_makes_treatment_less_pro_rich(view):
    table = view.concentration
    assert table.loc["baseline", "index"] > 0  # the baseline treats the richer more
    assert table.loc["reform", "change"] < 0
    assert np.isnan(table.loc["baseline", "change"])


def test_weighted_dalys_count_the_weighted_group_more(view):
    base = view.weighted_dalys.loc[("baseline", "income")]
    assert base["weighted_dalys"] == pytest.approx(2 * 5 + 4 + 3)
    reform = view.weighted_dalys.loc[("reform", "income")]
    assert reform["averted"] == pytest.approx(2.0)  # one DALY averted among the low-income, weighted 2


def test_weights_naming_an_unknown_group_or_dimension_are_refused():
    comparison = _Comparison({"baseline": [_summary((1, 2, 3), (1, 1, 1))] * 2})
    with pytest.raises(UnknownFigureError, match=r"no group 'poor'.*low, middle, high"):
        equity_view(comparison, weights={"income": {"poor": 2.0}})
    with pytest.raises(UnknownFigureError, match=r"no dimension 'incme'.*Did you mean 'income'"):
        equity_view(comparison, weights={"incme": {"low": 2.0}})
    with pytest.raises(ValueError, match="must be a number >= 0"):
        equity_view(comparison, weights={"income": {"low": -1.0}})
    with pytest.raises(UnknownFigureError, match="no figure 'treated'"):
        equity_view(comparison, concentration_of="treated")
    with pytest.raises(UnknownFigureError, match="first_treatment_starts_per_1000_ill_per_year"):
        _equity_view(comparison)  # the default figure, against need, is not in these summaries
