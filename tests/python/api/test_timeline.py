"""A scenario's timeline: policy keys that change at a week of the reported horizon, applied
as the switch at the end of the burn-in is, through the documented interface."""

from __future__ import annotations

import numpy as np
import pytest

import mhsim
from conftest import SCENARIOS

SMALL = {"population.size": 10000, "simulation.horizon_years": 2.0, "simulation.burn_in_years": 1.0}
STAFF = "workforce.psychologist.fte_per_100k"


def with_timeline(entries: str) -> mhsim.Scenario:
    """The baseline at SMALL's size and horizon with ``entries`` (from line 8 of the text)."""
    text = (
        f'extends = "{SCENARIOS / "baseline.toml"}"\nname = "timed"\n'
        "[simulation]\nhorizon_years = 2.0\nburn_in_years = 1.0\n[population]\nsize = 10000\n"
    )
    return mhsim.Scenario.from_toml(text + entries, "timed.toml")


@pytest.fixture(scope="module")
def baseline():
    return mhsim.run(mhsim.Scenario.load(SCENARIOS / "baseline.toml").with_overrides(SMALL), seed=3)


@pytest.fixture(scope="module")
def doubled_in_year_one():
    """Psychologists doubled from the start of the second reported year (week 52)."""
    return with_timeline(f'[[timeline]]\nyear = 1\nset = {{ "{STAFF}" = 22.0 }}\nnote = "second cohort"\n')


def assert_weeks_equal(a: mhsim.Results, b: mhsim.Results, weeks: slice) -> None:
    x, y = a.to_xarray().isel(week=weeks), b.to_xarray().isel(week=weeks)
    for name in a.metrics:
        np.testing.assert_array_equal(x[name].values, y[name].values, err_msg=name)


def test_a_timeline_of_no_ops_gives_the_baseline_bit_for_bit(baseline):
    same = with_timeline(f'[[timeline]]\nweek = 30\nset = {{ "{STAFF}" = 11.0 }}\n')
    results = mhsim.run(same, seed=3)
    assert_weeks_equal(results, baseline, slice(None))
    assert results.summary().equals(baseline.summary())


def test_a_change_leaves_every_week_before_it_as_it_was_and_acts_after(baseline, doubled_in_year_one):
    results = mhsim.run(doubled_in_year_one, seed=3)  # year 1 is week 52 of the reported horizon
    assert_weeks_equal(results, baseline, slice(0, 52))
    later = slice(60, None)
    waiting = {
        name: r.to_xarray()["waiting"].sel(service="high_intensity").isel(week=later).sum().item()
        for name, r in (("baseline", baseline), ("timed", results))
    }
    assert waiting["timed"] < 0.8 * waiting["baseline"], waiting


def test_the_timeline_travels_with_the_resolved_scenario(doubled_in_year_one):
    text = doubled_in_year_one.toml
    assert "[[timeline]]\nweek = 52\n" in text and f'"{STAFF}" = 22.0' in text
    assert 'note = "second cohort"' in text
    again = mhsim.Scenario.from_toml(text, "again.toml")
    assert again == doubled_in_year_one
    assert mhsim.run(again, seed=2).summary().equals(mhsim.run(doubled_in_year_one, seed=2).summary())


def test_a_fork_follows_the_reform_s_timeline_bit_for_bit(doubled_in_year_one):
    base = mhsim.Scenario.load(SCENARIOS / "baseline.toml").with_overrides(SMALL)
    forked = mhsim.burn_in(base, seed=4).run(doubled_in_year_one)
    assert forked.summary().equals(mhsim.run(doubled_in_year_one, seed=4).summary())


@pytest.mark.parametrize(
    ("entries", "words"),
    [
        (
            f'[[timeline]]\nyear = 3\nset = {{ "{STAFF}" = 22.0 }}\n',
            "timed.toml:9: timeline[1].year = 3: expected a time inside the reported horizon of 104 weeks: "
            "week = 0 to 103",
        ),
        (
            f'[[timeline]]\nweek = 10\nquarter = 2\nset = {{ "{STAFF}" = 22.0 }}\n',
            "timeline[1] = week and quarter: expected exactly one of week, quarter or year",
        ),
        (
            '[[timeline]]\nweek = 10\nset = { "population.size" = 5 }\n',
            "timeline[1].set.population.size = 5: expected a policy key, one that may change inside a run",
        ),
        (
            '[[timeline]]\nweek = 10\nset = { "workforce.psychologist.fte_per_10k" = 22.0 }\n',
            "timeline[1].set.workforce.psychologist.fte_per_10k = 22.0: expected a key of the schema; "
            "did you mean workforce.psychologist.fte_per_100k?",
        ),
        (f'[[timeline]]\nweek = 10\nset = {{ "{STAFF}" = -1.0 }}\n', f"timeline[1].set.{STAFF} = -1.0: "),
        (
            f'[[timeline]]\nweek = 13\nset = {{ "{STAFF}" = 20.0 }}\n'
            f'[[timeline]]\nquarter = 1\nset = {{ "{STAFF}" = 21.0 }}\n',
            "one change of a key at a time, but timeline[1] sets it in the same week (13)",
        ),
        (f'[[timeline]]\nweek = 10\nsets = {{ "{STAFF}" = 20.0 }}\n', "timeline[1].sets = "),
        (
            f'[[timeline]]\nyear = 1\nset = {{ "{STAFF}" = 22.0 }}\nfor_years = 1\n',
            "timeline[1].for_years = 1: expected a period that ends inside the reported horizon of "
            "104 weeks: at least a week and at most 51 weeks from week 52",
        ),
        (
            f'[[timeline]]\nweek = 10\nset = {{ "{STAFF}" = 22.0 }}\nfor_weeks = 4\nfor_quarters = 1\n',
            "timeline[1] = for_weeks and for_quarters: "
            "expected at most one of for_weeks, for_quarters or for_years",
        ),
        (
            f'[[timeline]]\nweek = 10\nset = {{ "{STAFF}" = 22.0 }}\nfor_quarters = 2\n'
            f'[[timeline]]\nweek = 20\nset = {{ "{STAFF}" = 30.0 }}\n',
            f"timeline[2].set.{STAFF} = 30.0: expected no change of this key inside the period of "
            "timeline[1] (weeks 10 to 35), whose end sets it back",
        ),
    ],
    ids=[
        "outside",
        "two-times",
        "not-policy",
        "unknown-key",
        "bad-value",
        "same-week",
        "entry-key",
        "period-past-horizon",
        "two-periods",
        "change-inside-period",
    ],
)
def test_a_bad_timeline_names_the_entry_the_key_and_what_was_expected(entries, words):
    with pytest.raises(mhsim.ScenarioError) as error:
        with_timeline(entries)
    assert words in str(error.value)


def test_a_change_for_a_period_sets_its_keys_back_at_its_end(baseline):
    """Demand for a quarter: the end of the period is a change of its own, back to the value
    before, so the weeks after it run as the baseline would from that state."""
    shock = with_timeline(
        '[[timeline]]\nweek = 20\nset = { "demand.onset_rate_ratio" = 2.0 }\n'
        'for_quarters = 1\nnote = "a surge"\n'
    )
    results = mhsim.run(shock, seed=3)
    assert results.timeline().to_dict("records") == [
        {
            "week": 20,
            "day": 140,
            "key": "demand.onset_rate_ratio",
            "value": 2.0,
            "regions": "all",
            "note": "a surge",
        },
        {
            "week": 33,
            "day": 231,
            "key": "demand.onset_rate_ratio",
            "value": 1.0,
            "regions": "all",
            "note": "the end of a surge",
        },
    ]
    assert_weeks_equal(results, baseline, slice(0, 20))
    onsets = {
        name: r.to_xarray()["cmd_onsets"].isel(week=weeks).sum().item()
        for name, r in (("baseline", baseline), ("shock", results))
        for weeks in [slice(20, 33)]
    }
    assert 1.6 < onsets["shock"] / onsets["baseline"] < 2.4, onsets


def test_results_say_what_changed_when(baseline, doubled_in_year_one):
    timeline = mhsim.run(doubled_in_year_one, seed=3).timeline()
    assert timeline.to_dict("records") == [
        {"week": 52, "day": 364, "key": STAFF, "value": 22.0, "regions": "all", "note": "second cohort"}
    ]
    assert baseline.timeline().empty and list(baseline.timeline().columns) == list(timeline.columns)


def test_a_weekly_chart_marks_the_timeline(doubled_in_year_one):
    import matplotlib

    matplotlib.use("Agg")
    from mhsim.plots import mark_changes

    results = mhsim.run(doubled_in_year_one, seed=3)
    ax = results.plot("waiting", by="service")
    lines = len(ax.lines)
    mark_changes(ax, results)
    assert len(ax.lines) == lines + 1  # one dotted line, at year 1
    assert ax.lines[-1].get_xdata()[0] == pytest.approx(52 * 7 / 365.25)
    assert [a.get_text() for a in ax.texts] == ["second cohort"]
