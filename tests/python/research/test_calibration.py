"""The baseline reproduces its calibration targets (docs/model.md, "Natural history"), on a
smaller population than `make calibrate` uses, with tolerances to match."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

import mhsim
from conftest import ROOT, SCENARIOS

spec = importlib.util.spec_from_file_location("calibration", ROOT / "bench" / "calibration.py")
calibration = importlib.util.module_from_spec(spec)
spec.loader.exec_module(calibration)


@pytest.fixture(scope="module")
def baseline_run():
    scenario = mhsim.Scenario.load(SCENARIOS / "baseline.toml").with_overrides(
        {"population.size": 40000, "recording.journey_sample_share": 1.0}
    )
    return mhsim.run(scenario, seed=7)


def test_untreated_remission_follows_spijker_2002(baseline_run):
    end_day = float(baseline_run.to_xarray()["week"].values[-1]) + 7.0
    durations, remitted = calibration.untreated_episode_spells(baseline_run.journeys(), end_day)
    assert len(durations) > 10000
    months = [3, 6, 12, 24]
    recovered = calibration.kaplan_meier_recovered(durations, remitted, [m * 365.25 / 12 for m in months])
    for model, target in zip(recovered, [0.50, 0.63, 0.76, 0.80], strict=True):
        assert abs(model - target) <= 0.05, (recovered, target)


def test_prevalence_severity_and_treatment_near_targets(baseline_run):
    summary = baseline_run.summary()
    assert 0.15 <= summary["cmd_prevalence"] <= 0.17
    assert abs(summary["cmd_share_mild"] - 0.40) <= 0.05
    assert abs(summary["cmd_share_moderate"] - 0.37) <= 0.05
    assert abs(summary["cmd_share_severe"] - 0.22) <= 0.05
    assert abs(summary["cmd_in_treatment_share"] - 0.37) <= 0.05


def test_kaplan_meier_on_a_known_case():
    # Four spells: remissions at 1 and 3, censored at 2 and 4: S(1) = 3/4, S(3) = 3/4 * 1/2.
    recovered = calibration.kaplan_meier_recovered(
        np.array([1.0, 2, 3, 4]), np.array([1, 0, 1, 0]), [1.5, 3.5]
    )
    assert recovered == pytest.approx([0.25, 1 - 0.375])
