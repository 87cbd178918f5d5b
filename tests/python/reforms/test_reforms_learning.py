"""scenarios/reforms/learning_system.toml: its rule moves inpatient money to therapy while the
therapy wait is over target, and the quarterly 90th percentile wait then falls below the
baseline's (docs/model.md, "Learning-system rules")."""

from __future__ import annotations

import numpy as np

import mhsim
from conftest import SCENARIOS

SIZE = {"population.size": 20000, "simulation.horizon_years": 3.0, "simulation.burn_in_years": 1.0}


def therapy_p90(results: mhsim.Results) -> np.ndarray:
    waits = results.wait_percentiles()
    chosen = waits[
        (waits.service == "high_intensity") & (waits.cohort == "started") & (waits.percentile == 90)
    ]
    return chosen.sort_values("quarter")["weeks"].to_numpy()


def test_the_learning_system_fires_over_target_and_its_wait_falls_below_the_baseline_s():
    baseline = mhsim.run(mhsim.Scenario.load(SCENARIOS / "baseline.toml").with_overrides(SIZE), seed=2)
    learning = mhsim.Scenario.load(SCENARIOS / "reforms" / "learning_system.toml").with_overrides(SIZE)
    results = mhsim.run(learning, seed=2)
    moves = results.rule_firings().query("key == 'budget.inpatient'")
    assert 1 <= len(moves) <= 4
    assert (moves["value"] > 4).all() and (moves["after"] < moves["before"]).all()
    first = int(moves["quarter"].iloc[0])
    ours, theirs = therapy_p90(results), therapy_p90(baseline)
    assert theirs[first - 1] > 4 and theirs[first] > 4  # two reviews over target, as the rule asks
    np.testing.assert_array_equal(ours[: first + 1], theirs[: first + 1])  # the same run until the move
    assert np.nanmean(ours[first + 2 :]) < 0.7 * np.nanmean(theirs[first + 2 :])
    # A weekly chart marks each firing, dashed and labelled with the rule.
    import matplotlib

    matplotlib.use("Agg")
    from mhsim.plots import mark_changes

    ax = mark_changes(results.plot("waiting", by="service"), results)
    assert [t.get_text() for t in ax.texts] == ["rule: therapy waits to target"] * moves["week"].nunique()
    assert [line.get_linestyle() for line in ax.lines[-moves["week"].nunique() :]] == ["--"] * moves[
        "week"
    ].nunique()
