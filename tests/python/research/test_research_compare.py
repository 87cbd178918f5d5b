"""Paired comparisons on common random numbers."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import mhsim
from conftest import SCENARIOS

THERAPY_WAIT = "wait_mean_days_high_intensity"
MORE_THERAPISTS = {"workforce.psychologist.fte_per_100k": 22.0}  # twice the baseline's high-intensity staff
# Figures that the therapy workforce does not drive directly: their run-to-run noise is
# what pairing removes.
NOISY = [
    "cmd_prevalence",
    "cmd_onsets_per_1000_per_year",
    "crises_per_100k_per_year",
    "treatment_starts_per_year_medication_management",
    "help_seeking_contacts_per_1000_per_year",
]


@pytest.fixture(scope="module")
def comparison(small_baseline):
    reform = small_baseline.with_overrides(MORE_THERAPISTS)
    return mhsim.compare(small_baseline, {"therapy_expansion": reform}, n=6, seed=5, progress=False)


def test_baseline_runs_are_the_replications_of_the_same_seeds(comparison, small_baseline):
    alone = mhsim.replicate(small_baseline, n=6, seed=5, progress=False)
    np.testing.assert_array_equal(comparison.baseline.summary().to_numpy(), alone.summary().to_numpy())
    assert comparison.reforms["therapy_expansion"].seeds == alone.seeds


def test_more_therapy_staff_shortens_the_therapy_wait(comparison):
    row = comparison.difference("therapy_expansion", THERAPY_WAIT)
    assert row["difference"] < 0 and row["upper"] < 0
    assert row["difference"] == pytest.approx(row["reform_mean"] - row["baseline_mean"])
    starts = comparison.difference("therapy_expansion", "treatment_starts_per_year_high_intensity")
    assert starts["lower"] > 0


def test_paired_intervals_are_narrower_than_unpaired(comparison):
    table = comparison.differences().loc["therapy_expansion"].loc[NOISY]
    paired = table["upper"] - table["lower"]
    unpaired = table["unpaired_upper"] - table["unpaired_lower"]
    ratio = paired / unpaired
    # Common random numbers remove most of the noise: every paired interval is narrower,
    # and typically less than half as wide (the ratios are in the issue note).
    assert (ratio < 1).all(), ratio
    assert ratio.median() < 0.5, ratio


def test_dataset_has_a_scenario_dimension(comparison):
    dataset = comparison.to_xarray()
    assert list(dataset["scenario"].values) == ["baseline", "therapy_expansion"]
    assert dataset["summary"].dims == ("scenario", "replication", "figure")
    weekly = comparison.to_xarray(weekly=True)
    assert weekly["waiting"].dims[:3] == ("scenario", "replication", "week")


def test_tidy_differences(comparison):
    table = comparison.differences().reset_index()
    assert {"reform", "figure", "unit", "difference", "lower", "upper", "n"} <= set(table.columns)
    base, reform = comparison.baseline.summary(), comparison.reforms["therapy_expansion"].summary()
    everywhere = [f for f in base.columns if base[f].notna().all() and reform[f].notna().all()]
    assert (table.set_index("figure").loc[everywhere, "n"] == 6).all()
    assert (table.set_index("figure").drop(index=everywhere)["n"] < 6).all()  # undefined in some runs
    with pytest.raises(KeyError, match="therapy_expansion"):
        comparison.difference("front_door", THERAPY_WAIT)


class _Summaries:
    """Stands for a scenario's replications: only the summary a difference reads."""

    def __init__(self, wait_weeks):
        self.table = pd.DataFrame({"wait": wait_weeks})
        self.table.attrs["units"] = {"wait": "weeks"}

    def summary(self):
        return self.table


def test_a_figure_defined_in_some_replications_is_compared_over_those_and_says_how_many():
    nan = np.nan
    comparison = mhsim.Comparison(
        _Summaries([4.0, nan, 6.0, 5.0, nan]), {"reform": _Summaries([3.0, 2.0, nan, 4.0, nan])}
    )
    row = comparison.differences().loc[("reform", "wait")]
    assert row["n"] == 2  # replications 0 and 3 define it in both
    assert row["difference"] == pytest.approx(-1.0)  # (3 - 4 + 4 - 5) / 2
    assert row["lower"] == pytest.approx(-1.0) and row["upper"] == pytest.approx(-1.0)  # no spread
    never = mhsim.Comparison(_Summaries([nan, nan]), {"reform": _Summaries([1.0, nan])})
    undefined = never.differences().loc[("reform", "wait")]
    assert undefined["n"] == 0 and np.isnan(undefined["difference"])


def test_bad_calls_are_refused(small_baseline):
    with pytest.raises(ValueError, match="at least one reform"):
        mhsim.compare(small_baseline, {}, n=2)
    with pytest.raises(ValueError, match="baseline"):
        mhsim.compare(small_baseline, {"baseline": small_baseline}, n=2)
    for not_a_mapping in (["scenarios/reforms/parity.toml"], small_baseline):
        with pytest.raises(TypeError, match=r"reforms is a mapping of a name to each reform, as \{'parity'"):
            mhsim.compare(small_baseline, not_a_mapping, n=2)


def test_a_reform_path_at_its_own_size_is_refused_against_a_small_baseline(small_baseline):
    with pytest.raises(ValueError, match=r"population\.size = 1000000 and the baseline .* population\.size"):
        mhsim.compare(small_baseline, {"parity": SCENARIOS / "reforms" / "parity.toml"}, n=2)


def test_shared_burn_in_forks_every_scenario_from_the_baseline_burn_in(small_baseline, comparison):
    reform = small_baseline.with_overrides(MORE_THERAPISTS)
    shared = mhsim.compare(
        small_baseline, {"therapy_expansion": reform}, n=4, seed=5, progress=False, shared_burn_in=True
    )
    # A fork to the baseline itself is the plain run; the reform arm is the fork to the reform.
    np.testing.assert_array_equal(
        shared.baseline.summary().to_numpy(), comparison.baseline.summary().iloc[:4].to_numpy()
    )
    seed = shared.baseline.seeds[1]
    forked = mhsim.burn_in(small_baseline, seed=seed).run(reform)
    np.testing.assert_array_equal(
        shared.reforms["therapy_expansion"].summary().iloc[1].to_numpy(), forked.summary().to_numpy()
    )
    assert forked.provenance["burn_in_scenario_toml"] == small_baseline.toml
    # The waiting list empties. (The mean wait of people starting does not fall at once: the
    # backlog admitted at the switch brings the long waits it accrued in the burn-in.)
    assert shared.difference("therapy_expansion", "waiting_mean_high_intensity")["upper"] < 0
    assert shared.difference("therapy_expansion", "treatment_starts_per_year_high_intensity")["lower"] > 0


def test_shared_burn_in_refuses_a_reform_beyond_policy(small_baseline):
    bigger = small_baseline.with_overrides({"population.size": 12000})
    with pytest.raises(ValueError, match=r"population\.size"):
        mhsim.compare(small_baseline, {"bigger": bigger}, n=2, progress=False, shared_burn_in=True)
