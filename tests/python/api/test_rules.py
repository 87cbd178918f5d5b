"""Learning-system rules (docs/model.md, "Learning-system rules") and the quarterly wait
percentiles they read, through the documented interface."""

from __future__ import annotations

import numpy as np
import pytest

import mhsim
from conftest import SCENARIOS

from .test_timeline import with_timeline as with_rules  # the baseline at SMALL with [[rule]] entries appended

SMALL = {"population.size": 10000, "simulation.horizon_years": 2.0, "simulation.burn_in_years": 1.0}
STAFF = "workforce.psychologist.fte_per_100k"
THERAPY_P90 = "wait_p90_started_weeks.high_intensity"


def rule(when: str, then: str, at_most: int = 3, extra: str = "") -> str:
    return f'[[rule]]\nname = "r"\nwhen = "{when}"\nthen = "{then}"\nat_most = {at_most}\n{extra}'


MOVE = "move 10% of budget.inpatient to budget.psychological_therapy"


@pytest.fixture(scope="module")
def baseline():
    return mhsim.run(mhsim.Scenario.load(SCENARIOS / "baseline.toml").with_overrides(SMALL), seed=3)


@pytest.fixture(scope="module")
def learning():
    """Money moves to therapy while its 90th percentile wait is over 6 weeks."""
    return with_rules(rule(f"{THERAPY_P90} > 6", MOVE))


def assert_weeks_equal(a: mhsim.Results, b: mhsim.Results, weeks: slice) -> None:
    x, y = a.to_xarray().isel(week=weeks), b.to_xarray().isel(week=weeks)
    for name in a.metrics:
        np.testing.assert_array_equal(x[name].values, y[name].values, err_msg=name)


def test_wait_percentiles_are_quarterly_and_ordered(baseline):
    waits = baseline.wait_percentiles()
    assert set(waits["cohort"]) == {"started", "still_waiting"}
    assert sorted(set(waits["quarter"])) == list(range(8))
    therapy = waits[(waits.service == "high_intensity") & (waits.cohort == "started")]
    by_percentile = therapy.pivot(index="quarter", columns="percentile", values="weeks")
    assert (by_percentile[50] <= by_percentile[90]).all() and (by_percentile[90] <= by_percentile[95]).all()
    # The week that closes a quarter holds its value; the other weeks are NaN.
    table = baseline.to_xarray()["wait_p90_started_weeks"].sel(service="high_intensity").values
    assert np.isnan(table[:12]).all() and np.isnan(table[13:25]).all()
    assert table[12] == by_percentile.loc[0, 90] and table[25] == by_percentile.loc[1, 90]


def test_rules_that_never_fire_give_the_run_without_them_bit_for_bit(baseline):
    never = with_rules(rule("waiting.high_intensity < -1", f"raise {STAFF} by 50%"))
    results = mhsim.run(never, seed=3)
    assert_weeks_equal(results, baseline, slice(None))
    assert results.summary().equals(baseline.summary())
    assert results.rule_firings().empty


def test_a_rule_fires_when_its_wait_is_over_target_and_the_wait_falls(baseline, learning):
    results = mhsim.run(learning, seed=3)
    firings = results.rule_firings()
    assert len(firings) >= 2 and set(firings["key"]) == {"budget.inpatient", "budget.psychological_therapy"}
    first = firings.iloc[0]
    assert first["value"] > 6 and first["week"] % 13 == 0
    moved = firings[firings.key == "budget.psychological_therapy"]
    assert (moved["after"] > moved["before"]).all()
    assert len(moved) <= 3
    # Before the first firing the run is the baseline's; after it therapy waits fall below the baseline's.
    assert_weeks_equal(results, baseline, slice(0, int(first["week"])))
    after = int(first["quarter"]) + 2

    def later_p90(r):
        waits = r.wait_percentiles()
        chosen = waits[
            (waits.service == "high_intensity") & (waits.cohort == "started") & (waits.percentile == 90)
        ]
        return chosen[chosen.quarter >= after]["weeks"].mean()

    assert later_p90(results) < 0.7 * later_p90(baseline)


def test_rules_travel_with_the_resolved_scenario_and_a_fork_follows_them(learning):
    text = learning.toml
    assert (
        f'[[rule]]\nname = "r"\nwhen = "{THERAPY_P90} > 6"\nfor_quarters = 1\nthen = "{MOVE}"\nat_most = 3\n'
        in text
    )
    again = mhsim.Scenario.from_toml(text, "again.toml")
    assert again == learning
    plain = mhsim.run(learning, seed=4)
    forked = mhsim.burn_in(
        mhsim.Scenario.load(SCENARIOS / "baseline.toml").with_overrides(SMALL), seed=4
    ).run(learning)
    assert forked.summary().equals(plain.summary())
    assert forked.rule_firings().equals(plain.rule_firings())


def test_firings_survive_the_results_file(learning, tmp_path):
    results = mhsim.run(learning, seed=3)
    results.save(tmp_path / "learning.h5")
    again = mhsim.load_results(tmp_path / "learning.h5")
    assert not again.rule_firings().empty
    assert again.rule_firings().equals(results.rule_firings())


def test_a_raise_stops_at_its_bound_and_at_most_limits_firings():
    bounded = with_rules(
        rule("waiting.high_intensity >= 0", f"raise {STAFF} by 10%", 5, "never_above = 12.5\n")
    )
    firings = mhsim.run(bounded, seed=3).rule_firings()
    assert firings["after"].tolist() == [12.1, 12.5]  # 11 -> 12.1 -> 12.5, then at the bound: no more firings
    assert list(firings["week"]) == [13, 26]
    twice = with_rules(rule("waiting.high_intensity >= 0", f"lower {STAFF} by 1", 2))
    assert mhsim.run(twice, seed=3).rule_firings()["after"].tolist() == [10.0, 9.0]


def test_for_quarters_waits_for_the_condition_to_hold_that_long():
    slow = with_rules(rule("waiting.high_intensity >= 0", f"lower {STAFF} by 1", 2, "for_quarters = 3\n"))
    assert list(mhsim.run(slow, seed=3).rule_firings()["week"]) == [39, 78]


def test_a_rule_s_change_is_a_timeline_change_and_outlasts_a_later_change_of_another_key():
    later = '[[timeline]]\nweek = 40\nset = { "workforce.gp.fte_per_100k" = 80.0 }\n'
    ruled = mhsim.run(
        with_rules(rule("waiting.high_intensity >= 0", f"set {STAFF} to 20", 1) + later), seed=3
    )
    timed = mhsim.run(with_rules(f'[[timeline]]\nweek = 13\nset = {{ "{STAFF}" = 20.0 }}\n' + later), seed=3)
    assert ruled.rule_firings()[["week", "key", "before", "after"]].values.tolist() == [
        [13, STAFF, 11.0, 20.0]
    ]
    assert_weeks_equal(ruled, timed, slice(None))
    assert ruled.summary().equals(timed.summary())


@pytest.mark.parametrize(
    ("entries", "words"),
    [
        (
            rule("waiting.high_intensity => 3", MOVE),
            "rule[1].when = \"waiting.high_intensity => 3\": expected at '=>': an operator after the figure: "
            '>, >=, < or <= (in rule "r")',
        ),
        (rule("wating.high_intensity > 3", MOVE), "did you mean waiting.<service>"),
        (rule("waiting.high > 3", MOVE), "a label of service in waiting.<service>: digital_self_help"),
        (
            rule("waiting.high_intensity > 3", "move 10 of budget.inpatient to budget.crisis"),
            "at 'of': % after",
        ),
        (
            rule("waiting.high_intensity > 3", "set population.size to 5"),
            "expected at 'population.size': a policy key",
        ),
        (
            rule("waiting.high_intensity > 3", "raise workforce.psychologist.fte_per_10k by 5%"),
            "did you mean",
        ),
        (
            rule("waiting.high_intensity > 3", "shift 5% of budget.inpatient"),
            "at 'shift': an action: set, raise",
        ),
        (
            '[[rule]]\nname = "r"\nwhen = "waiting.high_intensity > 3"\nthen = "' + MOVE + '"\n',
            "rule[1].at_most",
        ),
        (
            rule("waiting.high_intensity > 3", MOVE, extra="every = 2\n"),
            "rule[1].every = 2: expected name, when",
        ),
        (rule("waiting.high_intensity > 3", MOVE) + rule("waiting.low_intensity > 3", MOVE), "rule[2].name"),
    ],
    ids=[
        "operator",
        "table",
        "label",
        "percent",
        "not-policy",
        "key",
        "verb",
        "at-most",
        "entry-key",
        "same-name",
    ],
)
def test_a_bad_rule_names_the_rule_the_token_and_what_was_expected(entries, words):
    with pytest.raises(mhsim.ScenarioError) as error:
        with_rules(entries)
    assert words in str(error.value)


def test_every_problem_of_the_rules_at_once():
    with pytest.raises(mhsim.ScenarioError) as error:
        with_rules(
            rule("waiting.high > 3", MOVE) + rule("waiting.low_intensity ! 3", "grow x").replace('"r"', '"s"')
        )
    message = str(error.value)
    assert "rule[1].when" in message and "rule[2].when" in message and "rule[2].then" in message


def test_the_documented_rules_are_valid_rules():
    page = (SCENARIOS.parent / "docs" / "model.md").read_text()
    section = page[page.index("## Learning-system rules") :]
    block = section[section.index("```toml\n") + 8 : section.index("```", section.index("```toml\n") + 8)]
    assert block.count("[[rule]]") == 2
    with_rules(block)


def test_firings_per_replication_and_in_a_comparison(learning):
    base = mhsim.Scenario.load(SCENARIOS / "baseline.toml").with_overrides(SMALL)
    comparison = mhsim.compare(base, {"learning": learning}, n=2, seed=3, progress=False, weekly=False)
    firings = comparison.rule_firings()
    assert list(firings.columns[:3]) == ["scenario", "replication", "seed"]
    assert set(firings["scenario"]) == {"learning"} and set(firings["replication"]) == {0, 1}
    one = comparison.replications("learning").rule_firings()
    first = one[one.replication == 0].drop(columns=["replication", "seed"]).reset_index(drop=True)
    assert first.equals(mhsim.run(learning, seed=int(one["seed"].iloc[0])).rule_firings())
    assert firings["seed"].dtype == "uint64"
    assert int(firings["seed"].iloc[0]) == comparison.replications("learning").seeds[0]


@pytest.mark.parametrize(
    ("then", "words"),
    [
        ("set services.high_intensity.caseload_per_fte to -3", "expected at '-3': a value of services"),
        (
            "raise budget.per_100k_per_year_by_line.psychological_therapy by 5%",
            "to give a line money, move <n>% of budget.<line> to budget.<line>",
        ),
    ],
    ids=["set-out-of-range", "raise-a-budget"],
)
def test_an_action_the_engine_could_not_carry_out_is_refused_when_read(then, words):
    with pytest.raises(mhsim.ScenarioError) as error:
        with_rules(rule("waiting.high_intensity > 3", then))
    assert words in str(error.value)


def test_a_rule_acts_on_every_region_s_plan_where_they_differ():
    """Therapists raised by a rule while the front door is piloted in one region: the firing
    is the same change as a timeline change of the key at that week would be."""
    pilot = (
        '[[timeline]]\nweek = 0\nregions = ["urban"]\nset = { "front_door.contact_share" = 0.5, '
        '"front_door.navigator_fte_per_100k" = 10.0 }\n'
    )
    ruled = mhsim.run(
        with_rules(pilot + rule("waiting.high_intensity >= 0", f"set {STAFF} to 20", 1)), seed=3
    )
    timed = mhsim.run(with_rules(pilot + f'[[timeline]]\nweek = 13\nset = {{ "{STAFF}" = 20.0 }}\n'), seed=3)
    assert ruled.rule_firings()[["week", "after"]].values.tolist() == [[13, 20.0]]
    assert_weeks_equal(ruled, timed, slice(None))
