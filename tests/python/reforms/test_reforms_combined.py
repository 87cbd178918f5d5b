"""The combined reform and its parts: the package sets exactly its parts' keys at the
weeks they set them, and ``Comparison.interaction`` sets the package against the sum of
its parts, replication by replication.

The comparison runs 10,000 people over 3 reported years (the package's last change is at
the start of year 3), n = 3: enough for the arithmetic and for the one structural overlap
asserted (crisis places opened once), not for the size of the interactions (docs/model.md,
"The combined reform and interactions", gives those from a larger run).
"""

from __future__ import annotations

import tomllib

import numpy as np
import pytest

import mhsim
from conftest import SCENARIOS, compare_reforms
from mhsim.designs import _flatten
from mhsim.headline import HEADLINES
from mhsim.interaction import NO_CLEAR_INTERACTION, reading
from mhsim.intervals import mean_interval

PACKAGE = "combined_reform"
PARTS = [
    "front_door",
    "collaborative_care",
    "task_shifting_from_year_2",
    "crisis_health_first_phased",
    "deinstitutionalisation",
]
SIZE = {"population.size": 10000, "simulation.horizon_years": 3.0, "simulation.burn_in_years": 1.0}
LABELS = ("name", "description")


def _scenario(name: str) -> tuple[dict, set]:
    """A scenario file's keys from the start (dotted) and its timeline's (week, key, value)."""
    path = SCENARIOS / ("baseline.toml" if name == "baseline" else f"reforms/{name}.toml")
    resolved = tomllib.loads(mhsim.Scenario.load(path).toml)
    timeline = resolved.pop("timeline", [])
    start = {k: v for k, v in _flatten(resolved).items() if k not in LABELS}
    changes = {(entry["week"], key, value) for entry in timeline for key, value in entry["set"].items()}
    return start, changes


def _from_the_start(name: str, baseline: dict) -> dict:
    start, _ = _scenario(name)
    return {key: value for key, value in start.items() if baseline[key] != value}


def test_the_package_sets_its_parts_keys_at_their_weeks_and_nothing_else():
    baseline, _ = _scenario("baseline")
    package_start = _from_the_start(PACKAGE, baseline)
    _, package_changes = _scenario(PACKAGE)
    parts_start, parts_changes = {}, set()
    for part in PARTS:
        start = _from_the_start(part, baseline)
        assert {k: package_start.get(k) for k in start} == start, part
        _, changes = _scenario(part)
        assert changes <= package_changes, part
        parts_start.update(start)
        parts_changes |= changes
    assert package_start == parts_start
    assert package_changes == parts_changes


@pytest.mark.parametrize(
    ("phased", "single"),
    [("task_shifting_from_year_2", "task_shifting"), ("crisis_health_first_phased", "crisis_health_first")],
)
def test_a_phased_part_ends_with_its_single_reform_keys(phased, single):
    start, changes = _scenario(phased)
    for _, key, value in sorted(changes):
        start[key] = value
    assert start == _scenario(single)[0]


@pytest.fixture(scope="module")
def comparison():
    return compare_reforms([*PARTS, PACKAGE], n=3, seed=11, size=SIZE, weekly=False)


@pytest.fixture(scope="module")
def interaction(comparison):
    return comparison.interaction(PACKAGE)


def _effects(comparison, figure: str) -> tuple[np.ndarray, np.ndarray]:
    """Per replication, the package's effect on ``figure`` and package - sum of parts."""
    base = comparison.baseline.summary()[figure]
    effect = {name: (runs.summary()[figure] - base).to_numpy() for name, runs in comparison.reforms.items()}
    return effect[PACKAGE], effect[PACKAGE] - sum(effect[name] for name in PARTS)


def test_the_interaction_is_the_package_less_the_sum_of_its_parts_per_replication(comparison, interaction):
    assert list(interaction.index) == [h.figure for h in HEADLINES]
    assert interaction.attrs["parts"] == PARTS  # every reform but the package, by default
    for h in HEADLINES:
        row = interaction.loc[h.figure]
        expected = mean_interval(_effects(comparison, h.figure)[1] * h.scale)
        np.testing.assert_allclose(
            [row["interaction"], row["interaction_lower"], row["interaction_upper"]], expected, rtol=1e-9
        )
        difference = row["package"] - row["sum_of_parts"]
        np.testing.assert_allclose(row["interaction"], difference, rtol=1e-9, atol=1e-9)
        assert row["interaction_lower"] <= row["interaction"] <= row["interaction_upper"]
        assert row["package_lower"] <= row["package"] <= row["package_upper"]
    headline = comparison.headline().xs(PACKAGE, level="scenario").loc[interaction.index]
    np.testing.assert_allclose(interaction["package"], headline["difference"], rtol=1e-12)


def test_the_package_opens_the_crisis_alternatives_once(comparison):
    # deinstitutionalisation and the crisis reform each open a receiving centre and a crisis
    # house; the package opens them once, so it holds fewer than its parts added up.
    for figure in [
        "crisis_capacity_per_100k_stabilisation_chairs",
        "crisis_capacity_per_100k_short_term_beds",
    ]:
        package, interaction = _effects(comparison, figure)
        assert (interaction < 0).all() and (package > 0).all(), figure


def test_a_bad_package_or_part_is_named(comparison):
    with pytest.raises(mhsim.UnknownFigureError, match=r"no reform 'front_dor'.*Did you mean 'front_door'"):
        comparison.interaction(PACKAGE, ["front_dor", "collaborative_care"])
    with pytest.raises(mhsim.UnknownFigureError, match=r"no reform 'combined'.*'combined_reform'"):
        comparison.interaction("combined")
    with pytest.raises(ValueError, match="cannot be one of its own parts"):
        comparison.interaction(PACKAGE, [PACKAGE, "front_door"])
    with pytest.raises(ValueError, match="at least two parts"):
        comparison.interaction(PACKAGE, ["front_door"])
    with pytest.raises(ValueError, match="named twice"):
        comparison.interaction(PACKAGE, ["front_door", "front_door"])


def test_the_reading_says_more_or_less_than_the_sum_and_whether_for_the_better():
    # A wait (lower is better): the parts shorten it by 50 days together.
    assert reading((-20.0, -30.0, -10.0), -50.0, "lower") == (
        "more than the sum of its parts: they reinforce each other (better than adding them up)"
    )
    assert reading((20.0, 10.0, 30.0), -50.0, "lower") == (
        "less than the sum of its parts: the parts overlap (worse than adding them up)"
    )
    # The parts lengthen it by 30 days together.
    assert reading((-20.0, -30.0, -10.0), 30.0, "lower") == (
        "less than the sum of its parts: the parts offset each other (better than adding them up)"
    )
    assert reading((20.0, 10.0, 30.0), 30.0, "lower") == (
        "more than the sum of its parts: their harms compound (worse than adding them up)"
    )
    assert reading((20.0, -10.0, 30.0), -50.0, "lower") == NO_CLEAR_INTERACTION
    assert reading((5.0, np.nan, np.nan), 10.0, "higher") == (
        "more than the sum of its parts: they reinforce each other (better than adding them up; no interval)"
    )
    assert reading((np.nan, np.nan, np.nan), 10.0, "higher") == "not defined"
