"""mhsim.calibrate: Optuna fits scenario keys to target figures over replicated runs.

The fits here move the low-income variant's primary care time for medication (its one
staffed step) against the share of people with a disorder in treatment: more time treats
more people. The target is the model's own share at a known time (synthetic data), so a
fit must find that time again, whatever the variant's other settings become.
"""

from __future__ import annotations

import tomllib
from concurrent.futures import Future, ThreadPoolExecutor

import pandas as pd
import pytest

import mhsim
from conftest import SCENARIOS
from mhsim.calibrate import as_targets, loss

LOW_INCOME = SCENARIOS / "variants" / "low_income.toml"
SMALL = {"population.size": 5000, "simulation.horizon_years": 1.0, "simulation.burn_in_years": 1.0}
KEY = "workforce.gp.time_share_by_service.medication_management"
KNOWN = 0.1  # the time share whose share in treatment is the target (the step full: the share moves with it)
BOUNDS = {KEY: (0.05, 0.4)}
TRIALS = 8


class CountingPool(ThreadPoolExecutor):
    """A thread pool (an executor like any other: the engine releases the GIL) that counts the
    points submitted, can fail the points above a value of KEY, and can stop the driver as
    Ctrl-C would at a given submission."""

    def __init__(self, fail_above: float | None = None, interrupt_at: int | None = None):
        super().__init__(2)
        self.submitted = 0
        self.fail_above = fail_above
        self.interrupt_at = interrupt_at

    def submit(self, fn, /, *args, **kwargs):
        self.submitted += 1
        if self.submitted == self.interrupt_at:
            raise KeyboardInterrupt
        overrides = args[2]
        if self.fail_above is not None and overrides[KEY] > self.fail_above:
            failed = Future()
            failed.set_exception(RuntimeError("the cluster lost this point"))
            return failed
        return super().submit(fn, *args, **kwargs)


def small_low_income() -> mhsim.Scenario:
    return mhsim.Scenario.load(LOW_INCOME).with_overrides(SMALL)


def share_in_treatment(scenario: mhsim.Scenario, seed: int) -> float:
    runs = mhsim.replicate(scenario, n=2, seed=seed, progress=False, weekly=False)
    return runs.summary()["cmd_in_treatment_share"].mean()


@pytest.fixture(scope="module")
def targets() -> dict:
    # Measured on other seeds than the fits', as data would be.
    target = share_in_treatment(small_low_income().with_overrides({KEY: KNOWN}), seed=99)
    return {"cmd_in_treatment_share": (target, target / 10)}


def fit(executor, targets, **options) -> mhsim.Calibration:
    return mhsim.calibrate(
        small_low_income(), targets, BOUNDS, TRIALS, executor=executor, n=2, seed=3, progress=False, **options
    )


@pytest.fixture(scope="module")
def calibration(targets) -> mhsim.Calibration:
    with CountingPool() as pool:
        return fit(pool, targets)


def test_the_fit_improves_on_the_starting_point_and_finds_the_known_value(calibration, targets):
    start, best = calibration.start, calibration.best
    [(target, tolerance)] = targets.values()
    assert start[KEY] == small_low_income().value(KEY) > 0.15  # the variant's own value is trial 0
    assert best["loss"] < start["loss"] / 4, calibration.trials
    assert abs(best[KEY] - KNOWN) < 0.05, calibration.trials
    # Eight trials place the time share to within a few hundredths: the share within 3 tolerances.
    assert abs(best["cmd_in_treatment_share"] - target) < 3 * tolerance
    assert list(calibration.trials.columns) == ["state", KEY, "cmd_in_treatment_share", "loss", "error"]
    assert (calibration.trials["state"] == "complete").all() and len(calibration.trials) == TRIALS


def test_the_same_seed_gives_the_same_trials_and_a_store_resumes_an_interrupted_fit(
    calibration, targets, tmp_path
):
    with CountingPool(interrupt_at=6) as pool, pytest.raises(KeyboardInterrupt):
        fit(pool, targets, store=tmp_path)  # stopped in the second batch of 4
    assert list(pd.read_csv(tmp_path / "trials.csv")["trial"]) == [0, 1, 2, 3]  # the first batch, kept
    with CountingPool() as pool:
        resumed = fit(pool, targets, store=tmp_path)
    assert pool.submitted == TRIALS - 4  # the stored batch is not run again
    pd.testing.assert_frame_equal(resumed.trials, calibration.trials)


def test_a_failing_trial_is_recorded_and_the_others_finish(targets):
    with CountingPool(fail_above=0.3) as pool:
        result = fit(pool, targets)
    failed = result.trials[result.trials["state"] == "failed"]
    assert len(failed) >= 1 and (failed[KEY] > 0.3).all()
    assert failed["error"].str.contains("the cluster lost this point").all()
    assert failed["loss"].isna().all()
    assert result.best[KEY] <= 0.3 and result.best["state"] == "complete"


def test_the_written_scenario_extends_the_original_and_reproduces_the_best_trial(calibration, tmp_path):
    path = calibration.write_scenario(tmp_path / "low_income_calibrated.toml")
    document = tomllib.loads(path.read_text())
    assert (path.parent / document["extends"]).resolve() == LOW_INCOME.resolve()
    assert document["workforce"]["gp"]["time_share_by_service"] == {
        "medication_management": calibration.best[KEY]
    }
    assert document["population"] == {"size": 5000}  # the run settings the calibration used, below
    loaded = mhsim.Scenario.load(path)
    assert loaded.name == "low_income_calibrated"
    runs = mhsim.replicate(loaded, n=2, seed=3, progress=False, weekly=False)
    assert runs.summary()["cmd_in_treatment_share"].mean() == calibration.best["cmd_in_treatment_share"]


def test_an_unknown_key_or_figure_is_refused_by_name_before_anything_runs():
    targets = {"cmd_in_treatment_share": (0.04, 0.01)}
    with CountingPool() as pool:
        with pytest.raises(mhsim.ScenarioError, match="time_share_by_servic"):
            mhsim.calibrate(LOW_INCOME, targets, {"workforce.gp.time_share_by_servic.x": (0, 1)}, 4, pool)
        with pytest.raises(mhsim.UnknownFigureError, match=r"cmd_in_treatment_shar.*cmd_in_treatment_share"):
            mhsim.calibrate(LOW_INCOME, {"cmd_in_treatment_shar": (0.04, 0.01)}, BOUNDS, 4, pool)
        with pytest.raises(mhsim.ScenarioError, match="medication_management"):
            mhsim.calibrate(LOW_INCOME, targets, {KEY: (0.05, 4.0)}, 4, pool)  # a share above 1
        own = small_low_income().value(KEY)
        with pytest.raises(ValueError, match=f"{KEY} = {own} lies outside its bounds"):
            mhsim.calibrate(LOW_INCOME, targets, {KEY: (own + 0.1, own + 0.2)}, 4, pool)
        with pytest.raises(ValueError, match="tolerance must be above 0"):
            mhsim.calibrate(LOW_INCOME, {"cmd_in_treatment_share": (0.04, 0)}, BOUNDS, 4, pool)
    assert pool.submitted == 0


def test_targets_come_as_a_mapping_as_records_or_as_rows_of_the_targets_table():
    rows = [  # the shape of python/mhsim/validation/targets.toml's [[target]] entries
        {
            "name": "treatment_gap_low_income",
            "figure": "cmd_in_treatment_share",
            "setting": "variants/low_income",
            "value": 0.037,
            "tolerance": 0.01,
            "source": "Thornicroft 2017",
        }
    ]
    [from_rows] = as_targets(rows)
    assert from_rows == mhsim.Target(
        "cmd_in_treatment_share", 0.037, 0.01, "treatment_gap_low_income", "Thornicroft 2017"
    )
    [from_mapping] = as_targets({"cmd_in_treatment_share": (0.037, 0.01)})
    assert (from_mapping.label, from_mapping.value, from_mapping.tolerance) == (
        "cmd_in_treatment_share",
        0.037,
        0.01,
    )
    [named] = as_targets({"gap": mhsim.Target("cmd_in_treatment_share", 0.037, 0.01)})
    assert named.label == "gap"
    # A miss of 1.3 tolerances costs 1.3 squared.
    assert loss({"gap": 0.05}, [named]) == pytest.approx(1.69)


def test_a_scenario_not_loaded_from_a_file_must_be_told_what_to_extend(tmp_path):
    text = small_low_income().toml
    with pytest.raises(ValueError, match="pass extends="):
        mhsim.Scenario.from_toml(text).save(tmp_path / "x.toml")
    path = mhsim.Scenario.from_toml(text).save(tmp_path / "x.toml", extends=LOW_INCOME)
    assert mhsim.Scenario.load(path).value("population.size") == 5000
