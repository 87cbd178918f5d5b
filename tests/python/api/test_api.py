"""The Python API: scenarios, runs, results, HDF5 round trip."""

from __future__ import annotations

import pickle
import threading

import h5py
import numpy as np
import pandas as pd
import pytest
import xarray as xr

import mhsim
from conftest import SCENARIOS


def test_load_and_override(small_baseline):
    assert small_baseline.name == "baseline"
    assert "size = 10000" in small_baseline.toml
    bigger = small_baseline.with_overrides({"population.size": 12000})
    assert "size = 12000" in bigger.toml
    assert "size = 10000" in small_baseline.toml  # the original is unchanged
    # numpy's numbers, as a summary or a DataFrame gives them, are numbers too.
    staffed = small_baseline.with_overrides(
        {"population.size": np.int64(12000), "workforce.psychologist.fte_per_100k": np.float64(10.5)}
    )
    assert "size = 12000" in staffed.toml and "fte_per_100k = 10.5" in staffed.toml


def test_reform_extends_baseline():
    reform = mhsim.Scenario.load(SCENARIOS / "reforms" / "therapy_expansion.toml")
    assert reform.name == "therapy_expansion"
    assert "fte_per_100k = 22" in reform.toml
    assert "extends" not in reform.toml


def test_scenario_error_is_a_value_error_naming_the_key(small_baseline):
    with pytest.raises(mhsim.ScenarioError) as caught:
        small_baseline.with_overrides({"population.sise": 10})
    assert isinstance(caught.value, ValueError)
    assert "population.sise" in str(caught.value)
    assert "population.size" in str(caught.value)  # the close valid key


def test_scenario_pickles_as_text(small_baseline):
    again = pickle.loads(pickle.dumps(small_baseline))
    assert again == small_baseline


BAD_SEEDS = [("x", TypeError), (1.5, TypeError), (True, TypeError), (-1, ValueError), (2**64, ValueError)]


@pytest.mark.parametrize(("seed", "error"), BAD_SEEDS)
def test_a_seed_is_a_whole_number_below_2_to_the_64(small_baseline, seed, error):
    for start in (mhsim.run, mhsim.burn_in, lambda scenario, seed: mhsim.replicate(scenario, n=1, seed=seed)):
        with pytest.raises(error, match=r"seed must be a whole number from 0 to 2\*\*64 - 1, got"):
            start(small_baseline, seed=seed)


def test_a_numpy_integer_seed_runs_as_the_same_int(small_results, small_baseline):
    again = mhsim.run(small_baseline, seed=np.uint64(small_results.seed))
    assert again.seed == small_results.seed and again.summary().equals(small_results.summary())


def test_results_to_xarray_has_named_dimensions(small_results):
    dataset = small_results.to_xarray()
    assert dataset["waiting"].dims == ("week", "service", "region", "income", "sex", "age_band")
    assert list(dataset["service"].values) == [
        "digital_self_help",
        "low_intensity",
        "high_intensity",
        "medication_management",
        "community_team",
        "camhs",
    ]
    assert dataset["age_band"].values[0] == "age_10_14"
    strata = ("region", "income", "sex", "age_band")
    assert dataset["treatment_starts"].dims == ("week", "service", "severity", *strata)
    assert dataset.sizes["week"] == round(2 * 365.25 / 7)
    assert float(dataset["population"].isel(week=0).sum()) > 9000


def test_summary_is_a_series_with_units(small_results):
    summary = small_results.summary()
    assert 0.05 < summary["cmd_prevalence"] < 0.4
    assert summary.attrs["units"]["cmd_prevalence"] == "share"


def test_to_dataframe_by_region(small_results):
    frame = small_results.to_dataframe(["population", "treatment_starts"], by=["region"])
    assert set(frame.index.names) == {"week", "region"}
    assert (frame["population"] > 0).all()


def test_provenance(small_results):
    provenance = small_results.provenance
    assert provenance["seed"] == 1
    assert provenance["mhsim_version"] == mhsim.__version__
    assert provenance["git_revision"]
    assert "[population]" in provenance["scenario_toml"]


def test_hdf5_round_trip(small_results, tmp_path):
    path = tmp_path / "run.h5"
    small_results.save(path)
    loaded = mhsim.load_results(path)
    assert loaded.to_xarray().identical(small_results.to_xarray())
    assert loaded.summary().equals(small_results.summary())
    assert loaded.provenance == small_results.provenance
    assert loaded.journeys().equals(small_results.journeys())


def test_h5py_xarray_and_mhsim_share_a_process(small_results, tmp_path):
    path = tmp_path / "run.h5"
    small_results.save(path)
    with h5py.File(path, "r") as f:
        assert f.attrs["scenario_name"] == "baseline"
        assert "weekly" in f
    with xr.open_dataset(path, group="weekly", engine="h5netcdf") as weekly:
        assert weekly["waiting"].dims == ("week", "service", "region", "income", "sex", "age_band")
        np.testing.assert_array_equal(weekly["waiting"].values, small_results.to_xarray()["waiting"].values)
    assert mhsim.load_results(path).seed == 1


def _damaged(results, path, dataset, replace):
    """``results`` saved to ``path`` with ``dataset`` replaced by ``replace(file, name, old values)``."""
    results.save(path)
    with h5py.File(path, "r+") as f:
        old = f[dataset][...]
        del f[dataset]
        replace(f, dataset, old)
    return path


def test_a_journey_event_code_beyond_the_labels_is_a_results_file_error(small_results, tmp_path):
    def code_250_first(f, dataset, codes):
        codes[0] = 250
        f.create_dataset(dataset, data=codes)

    path = _damaged(small_results, tmp_path / "run.h5", "/journeys/event", code_250_first)
    with pytest.raises(mhsim.ResultsFileError, match=r"run\.h5: /journeys/event holds the code 250, beyond"):
        mhsim.load_results(path)


def test_a_journey_step_code_beyond_the_labels_is_a_results_file_error(small_results, tmp_path):
    def code_9_first(f, dataset, codes):
        codes[0] = 9  # six steps; 255 is "at no step"
        f.create_dataset(dataset, data=codes)

    path = _damaged(small_results, tmp_path / "run.h5", "/journeys/step", code_9_first)
    with pytest.raises(
        mhsim.ResultsFileError, match=r"run\.h5: /journeys/step holds the code 9, beyond the 6"
    ):
        mhsim.load_results(path)


def test_a_file_written_before_journey_steps_still_reads(small_results, tmp_path):
    def removed(f, dataset, _):
        del f["/journeys/step_labels"]

    path = _damaged(small_results, tmp_path / "run.h5", "/journeys/step", removed)
    journeys = mhsim.load_results(path).journeys()
    assert journeys.attrs["steps_recorded"] is False
    assert journeys["step"].isna().all()
    assert list(journeys["step"].cat.categories) == small_results.dimensions["service"]
    pd.testing.assert_frame_equal(
        journeys.drop(columns="step"), small_results.journeys().drop(columns="step")
    )
    # Saved again, it still says it has no steps rather than claiming every event was at none.
    mhsim.load_results(path).save(tmp_path / "again.h5")
    assert mhsim.load_results(tmp_path / "again.h5").journeys().attrs["steps_recorded"] is False


def test_a_dataset_claiming_more_than_the_file_stores_is_refused_before_allocating(small_results, tmp_path):
    def claim_ten_billion(f, dataset, _):
        f.create_dataset(dataset, shape=(10**10,), dtype="f8", chunks=(1024,))  # nothing written

    path = _damaged(small_results, tmp_path / "run.h5", "/summary/value", claim_ten_billion)
    assert path.stat().st_size < 20 * 1024 * 1024
    with pytest.raises(mhsim.ResultsFileError, match=r"run\.h5: /summary/value claims 80000000000 bytes"):
        mhsim.load_results(path)


def test_failed_save_leaves_nothing(small_results, tmp_path):
    target = tmp_path / "missing-directory" / "run.h5"
    with pytest.raises(OSError):
        small_results.save(target)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_runs_in_threads_are_identical(small_baseline):
    reference = mhsim.run(small_baseline, seed=4).to_xarray()
    outputs = {}

    def work(key):
        outputs[key] = mhsim.run(small_baseline, seed=4).to_xarray()

    threads = [threading.Thread(target=work, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for dataset in outputs.values():
        xr.testing.assert_equal(dataset, reference)  # attributes differ only in creation time


def test_journeys_are_a_tidy_log(small_results):
    journeys = small_results.journeys()
    assert list(journeys.columns) == ["day", "person", "event", "step"]
    assert len(journeys) > 0
    assert (np.diff(journeys["day"].to_numpy()) >= 0).all()
    assert journeys.attrs["steps_recorded"] is True


def test_journey_events_carry_the_step_they_happened_at(small_baseline):
    journeys = mhsim.run(
        small_baseline.with_overrides({"recording.journey_sample_share": 0.2}), seed=1
    ).journeys()
    # Events of a place in care happen at a step; entering care (before triage) at none.
    at_a_step = [
        "joined_waiting_list",
        "treatment_start",
        "treatment_completion",
        "referral_lost",
        "misrouted",
    ]
    for event in at_a_step:
        assert journeys.loc[journeys["event"] == event, "step"].notna().all(), event
    assert journeys.loc[journeys["event"] == "care_entry", "step"].isna().all()
    # Someone whose last care event was joining a list starts treatment at that list's step.
    care = [
        "care_entry",
        "joined_waiting_list",
        "treatment_start",
        "waiting_dropout",
        "misrouted",
        "cmd_remission",
    ]
    log = journeys[journeys["event"].isin(care)].sort_values(["person", "day"], kind="stable")
    previous_event = log.groupby("person")["event"].shift()
    previous_step = log.groupby("person")["step"].shift()
    from_a_list = (log["event"] == "treatment_start") & (previous_event == "joined_waiting_list")
    assert from_a_list.sum() > 20
    assert (log.loc[from_a_list, "step"] == previous_step[from_a_list]).all()


def test_runs_may_keep_only_the_weekly_tables_asked_for(small_baseline):
    kept = mhsim.replicate(small_baseline, n=1, seed=1, progress=False, weekly=["crises", "population"])
    run = kept.runs[0]
    assert sorted(run.metrics) == ["crises", "population"]
    # The summary is computed from every table before the others are dropped.
    pd.testing.assert_series_equal(run.summary(), mhsim.run(small_baseline, seed=kept.seeds[0]).summary())
    assert list(kept.to_xarray().data_vars) == ["population", "crises", "summary"]
    assert mhsim.replicate(small_baseline, n=1, progress=False, weekly=False).runs[0].metrics == []
    with pytest.raises(mhsim.UnknownFigureError, match=r"no weekly table 'crisis'\. Did you mean 'crises'"):
        mhsim.replicate(small_baseline, n=1, progress=False, weekly=["crisis"])
