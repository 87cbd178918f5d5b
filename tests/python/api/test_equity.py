"""The summary by group and the by-group tables through the Python API and HDF5."""

import numpy as np
import pytest

import mhsim

DIMENSIONS = [
    "region",
    "income",
    "coverage",
    "marginalised_group",
    "language",
    "housing",
    "age_band",
    "sex",
]


def test_summary_by_group_is_indexed_by_figure_dimension_and_group(small_results):
    table = small_results.summary_by_group()
    assert list(table.index.names) == ["figure", "dimension", "group"]
    assert list(table.columns) == ["value", "unit"]
    dalys = table.xs("dalys", level="figure")
    assert list(dict.fromkeys(dalys.index.get_level_values("dimension"))) == DIMENSIONS
    assert list(dalys.loc["housing"].index) == ["stable", "unstable", "homeless"]
    assert table.attrs["units"]["crises_per_100k_per_year"] == "per 100,000 person-years"
    # The groups of a dimension add up to the whole.
    for dimension in DIMENSIONS:
        assert dalys.loc[dimension, "value"].sum() == pytest.approx(
            small_results.summary()["dalys"], rel=1e-9
        )


def test_by_group_tables_have_the_group_dimensions_and_add_up(small_results):
    weekly = small_results.to_xarray()
    starts = weekly["treatment_starts_by_group"]
    assert starts.dims == ("week", "service", "coverage", "marginalised_group", "language", "housing")
    assert list(weekly["language"].values) == ["no_interpreter_needed", "interpreter_needed"]
    by_service = starts.sum(["coverage", "marginalised_group", "language", "housing"])
    strata = weekly["treatment_starts"].sum(["severity", "region", "income", "sex", "age_band"])
    np.testing.assert_allclose(by_service.values, strata.values)


def test_summary_by_group_survives_hdf5(small_results, tmp_path):
    small_results.save(tmp_path / "run.h5")
    loaded = mhsim.load_results(tmp_path / "run.h5")
    assert loaded.summary_by_group().equals(small_results.summary_by_group())
    assert "crises_by_group" in loaded.metrics
