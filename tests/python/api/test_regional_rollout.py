"""Staged roll-out by region (docs/model.md, "Staged roll-out by region"): a timeline change
may name the regions it applies to; people meet their own region's plan, and the services
they share are sized by the regions' population-weighted mean."""

from __future__ import annotations

import numpy as np
import pytest

import mhsim
from conftest import SCENARIOS

SMALL = {"population.size": 20000, "simulation.horizon_years": 4.0, "simulation.burn_in_years": 1.0}
TABLES = ["front_door_contacts", "care_entries"]
PILOT_YEARS, SCALED_YEARS = slice(0, 104), slice(104, 208)
FRONT_DOOR = '{ "front_door.contact_share" = 0.5, "front_door.navigator_fte_per_100k" = 10.0 }'


@pytest.fixture(scope="module")
def comparison() -> mhsim.Comparison:
    baseline = mhsim.Scenario.load(SCENARIOS / "baseline.toml").with_overrides(SMALL)
    pilot = mhsim.Scenario.load(SCENARIOS / "reforms" / "pilot_then_scale.toml").with_overrides(SMALL)
    return mhsim.compare(baseline, {"pilot_then_scale": pilot}, n=2, seed=3, weekly=TABLES)


def by_region(comparison: mhsim.Comparison, scenario: str, table: str, weeks: slice) -> dict[str, float]:
    """A table's total over `weeks` and the replications, by region."""
    totals = {"urban": 0.0, "rural": 0.0, "remote": 0.0}
    for run in comparison.replications(scenario).runs:
        values = run.to_xarray()[table].isel(week=weeks)
        values = values.sum([d for d in values.dims if d != "region"])
        for region in totals:
            totals[region] += float(values.sel(region=region))
    return totals


def test_the_pilot_region_uses_the_front_door_first_and_the_others_after(comparison):
    pilot = by_region(comparison, "pilot_then_scale", "front_door_contacts", PILOT_YEARS)
    assert pilot["urban"] > 0 and pilot["rural"] == 0 and pilot["remote"] == 0, pilot
    scaled = by_region(comparison, "pilot_then_scale", "front_door_contacts", SCALED_YEARS)
    assert all(contacts > 0 for contacts in scaled.values()), scaled


def test_the_urban_region_gains_first_and_the_others_catch_up(comparison):
    gain = {
        period: {
            region: by_region(comparison, "pilot_then_scale", "care_entries", weeks)[region]
            / by_region(comparison, "baseline", "care_entries", weeks)[region]
            for region in ("urban", "rural")
        }
        for period, weeks in (("pilot", PILOT_YEARS), ("scaled", SCALED_YEARS))
    }
    assert gain["pilot"]["urban"] > 1.08, gain  # more people reach care through the front door
    assert abs(gain["pilot"]["rural"] - 1) < 0.03, gain  # rural care as without the pilot
    assert gain["scaled"]["rural"] > 1.08, gain  # and then it catches up


def with_timeline(entries: str) -> mhsim.Scenario:
    text = f'extends = "{SCENARIOS / "baseline.toml"}"\nname = "regional"\n' + entries
    return mhsim.Scenario.from_toml(text, "regional.toml").with_overrides(
        {"population.size": 5000, "simulation.horizon_years": 1.0, "simulation.burn_in_years": 0.5}
    )


def assert_same_run(a: mhsim.Results, b: mhsim.Results) -> None:
    x, y = a.to_xarray(), b.to_xarray()
    for name in a.metrics:
        np.testing.assert_array_equal(x[name].values, y[name].values, err_msg=name)
    assert a.summary().equals(b.summary())


def test_a_change_in_every_region_is_the_change_without_regions_bit_for_bit():
    everywhere = with_timeline(f"[[timeline]]\nweek = 10\nset = {FRONT_DOOR}\n")
    listed = with_timeline(
        f'[[timeline]]\nweek = 10\nregions = ["urban", "rural", "remote"]\nset = {FRONT_DOOR}\n'
    )
    assert_same_run(mhsim.run(everywhere, seed=2), mhsim.run(listed, seed=2))


def test_a_fork_follows_a_regional_timeline_bit_for_bit():
    pilot = with_timeline(f'[[timeline]]\nweek = 0\nregions = ["urban"]\nset = {FRONT_DOOR}\n')
    baseline = mhsim.Scenario.load(SCENARIOS / "baseline.toml").with_overrides(
        {"population.size": 5000, "simulation.horizon_years": 1.0, "simulation.burn_in_years": 0.5}
    )
    forked = mhsim.burn_in(baseline, seed=2).run(pilot)
    assert_same_run(forked, mhsim.run(pilot, seed=2))
    assert forked.timeline()["regions"].tolist() == ["urban", "urban"]


@pytest.mark.parametrize(
    ("entries", "words"),
    [
        (
            f'[[timeline]]\nweek = 0\nregions = ["city"]\nset = {FRONT_DOOR}\n',
            'timeline[1].regions = "city": '
            "expected a list of regions, each once, from urban, rural and remote",
        ),
        (
            '[[timeline]]\nweek = 0\nregions = ["urban"]\nset = { "budget.transition_years" = 2 }\n',
            "timeline[1].set.budget.transition_years = 2: "
            "expected a number for a change in some regions only",
        ),
        (
            f'[[timeline]]\nweek = 5\nregions = ["rural"]\nset = {FRONT_DOOR}\n'
            f"[[timeline]]\nweek = 5\nset = {FRONT_DOOR}\n",
            "one change of a key at a time, but timeline[1] sets it in the same week (5)",
        ),
    ],
    ids=["unknown-region", "whole-number", "same-week-overlapping-regions"],
)
def test_a_bad_regional_change_names_the_entry_the_key_and_what_was_expected(entries, words):
    with pytest.raises(mhsim.ScenarioError) as error:
        with_timeline(entries)
    assert words in str(error.value)


def test_changes_in_different_regions_in_the_same_week_are_fine():
    both = with_timeline(
        f'[[timeline]]\nweek = 5\nregions = ["rural"]\nset = {FRONT_DOOR}\n'
        f'[[timeline]]\nweek = 5\nregions = ["urban"]\nset = {FRONT_DOOR}\n'
    )
    assert both.name == "regional"


def test_the_resolved_scenario_reloads_to_the_same_regional_timeline():
    pilot = with_timeline(f'[[timeline]]\nweek = 0\nregions = ["urban"]\nset = {FRONT_DOOR}\n')
    again = mhsim.Scenario.from_toml(pilot.toml, "again.toml")
    assert again.toml == pilot.toml and 'regions = ["urban"]' in pilot.toml
    assert_same_run(mhsim.run(again, seed=2), mhsim.run(pilot, seed=2))
