"""Weekly tables in the type they need (issue 20, docs/outputs.md "Storage types"): counts as uint16 when
every count of the table fits, else uint32, amounts and person-time as float32, the rest float64 - in
memory, in the results file and in xarray; files of format 2 (every table float64) and 3 (counts uint32)
still read."""

from __future__ import annotations

import re
from pathlib import Path

import h5py
import numpy as np
import pytest
import xarray as xr

import mhsim

COUNTS = ("population", "waiting", "treatment_starts", "deaths", "crises", "population_by_group")
AMOUNTS = (
    "person_weeks_alive",
    "wait_days_sum",
    "sessions",
    "yll_years",
    "yld_years",
    "person_weeks_alive_by_group",
    "yld_years_by_group",
)


@pytest.fixture(scope="module")
def saved(small_results, tmp_path_factory):
    path = tmp_path_factory.mktemp("storage") / "run.h5"
    small_results.save(path)
    return path


ROOT = Path(__file__).resolve().parents[3]
DTYPE_OF_KIND = {
    "stock": "count",
    "flow": "count",
    "person-time": "float32",
    "amount": "float32",
    "per week": "float64",
    "per quarter": "float64",
}


def documented_types() -> dict[str, str]:
    """Each weekly table's type from the kind docs/outputs.md gives it ("## Weekly tables")."""
    page = (ROOT / "docs" / "outputs.md").read_text()
    section = page.split("\n## Weekly tables\n", 1)[1].split("\n## ", 1)[0]
    types = {}
    for row in section.splitlines():
        cells = [cell.strip() for cell in row.split("|")]
        if len(cells) > 5 and cells[4] in DTYPE_OF_KIND:
            for name in re.findall(r"`(\w+)`", cells[1]):
                types[name] = DTYPE_OF_KIND[cells[4]]
    return types


def expected_types(results: mhsim.Results) -> dict[str, str]:
    """Each table's type from its documented kind; a count's from its largest value (uint16 when it fits)."""
    documented = documented_types()
    tables = results.to_xarray()
    expected = {}
    for name in results.metrics:
        kind = documented.get(name.removesuffix("_by_group"))
        if kind == "count":
            kind = "uint16" if int(tables[name].max()) <= np.iinfo(np.uint16).max else "uint32"
        if kind is not None:
            expected[name] = kind
    return expected


def test_each_table_is_stored_in_its_type_in_memory_on_disk_and_in_xarray(small_results, saved):
    expected = expected_types(small_results)
    assert len(expected) > 0.95 * len(small_results.metrics)  # every table but a few undocumented by kind
    assert {expected[name] for name in COUNTS} == {"uint16"} and {expected[name] for name in AMOUNTS} == {
        "float32"
    }
    in_memory = small_results.to_xarray()
    loaded = mhsim.load_results(saved).to_xarray()
    with h5py.File(saved, "r") as f:
        on_disk = {name: str(f["weekly"][name].dtype) for name in expected}
        assert f.attrs["mhsim_results_format"] == 4
        assert f["weekly/population"].compression == "gzip" and f["weekly/population"].shuffle
        assert f["summary/description"].compression == "gzip"  # fixed-length strings, compressed
        assert list(f["summary/name"].asstr()[...]) == list(small_results.summary().index)
    with xr.open_dataset(saved, group="weekly", engine="h5netcdf") as opened:
        by_xarray = {name: str(opened[name].dtype) for name in expected}
        np.testing.assert_array_equal(opened["waiting"].values, in_memory["waiting"].values)
        assert opened["waiting"].dims == in_memory["waiting"].dims
    assert {name: str(in_memory[name].dtype) for name in expected} == expected
    assert {name: str(loaded[name].dtype) for name in expected} == expected
    assert on_disk == expected and by_xarray == expected


def test_float32_tables_hold_the_double_totals_the_figures_were_made_from(small_results):
    summary = small_results.summary()
    yll = small_results.to_xarray()["yll_years"]
    assert summary["yll_years"] > 0
    # The figure summed the table in double before it was stored; float32 cells keep 7 digits each.
    assert float(yll.sum(dtype=np.float64)) == pytest.approx(summary["yll_years"], rel=1e-6)


def test_weekly_totals_are_float64_so_differences_do_not_wrap(small_results):
    frame = small_results.to_dataframe(["deaths", "population"])
    assert frame["deaths"].dtype == np.float64
    falling = frame["deaths"] - frame["deaths"].max() - 1
    assert (falling < 0).all()


def test_tables_are_chunked_by_cells_over_all_weeks_and_a_table_of_zeros_is_one_chunk(small_results, saved):
    tables = small_results.to_xarray()
    zeros = [name for name in small_results.metrics if not tables[name].any()]
    assert "remote_sessions" in zeros and "rescores" in zeros  # the baseline runs no remote sessions
    with h5py.File(saved, "r") as f, xr.open_dataset(saved, group="weekly", engine="h5netcdf") as opened:
        weekly = f["weekly"]
        assert weekly["population"].chunks[0] == weekly["week"].shape[0]
        for name in zeros:
            assert weekly[name].chunks == weekly[name].shape, name
            assert weekly[name].id.get_storage_size() < weekly[name].nbytes / 100, name
            assert opened[name].dtype == tables[name].dtype and opened[name].dims == tables[name].dims
            assert not opened[name].values.any() and not np.isnan(opened[name].values).any()


def _rewritten(path, format_number, old_type):
    """The file as an older mhsim wrote it: the weekly tables `old_type` names (a dtype to store as, or None
    to keep) rewritten with HDF5's default chunks, the summaries' strings variable-length, and the format
    number set."""
    with h5py.File(path, "r+") as f:
        f.attrs["mhsim_results_format"] = np.int32(format_number)
        for group in (f["summary"], f["group_summary"]):
            for name in [n for n, d in group.items() if d.dtype.kind == "S"]:
                texts = list(group[name].asstr()[...])
                del group[name]
                group.create_dataset(name, data=texts, dtype=h5py.string_dtype())
        weekly = f["weekly"]
        for name in [n for n, d in weekly.items() if not d.is_scale and old_type(d.dtype) is not None]:
            old = weekly[name]
            values, attrs = old[...].astype(old_type(old.dtype)), dict(old.attrs)
            scales = [old.dims[i][0].name.rsplit("/", 1)[-1] for i in range(old.ndim)]
            del weekly[name]
            new = weekly.create_dataset(name, data=values, compression="gzip", shuffle=True)
            for key in ("units", "description"):
                new.attrs[key] = attrs[key]
            for axis, scale in enumerate(scales):
                new.dims[axis].attach_scale(weekly[scale])


def _as_format_2(path):
    """The file as mhsim 0.7.0 wrote it: every weekly table float64, format 2."""
    _rewritten(path, 2, lambda dtype: None if dtype == np.float64 else np.float64)


def _as_format_3(path):
    """The file as mhsim 0.8.0 first wrote it: counts uint32, format 3."""
    _rewritten(path, 3, lambda dtype: np.uint32 if dtype == np.uint16 else None)


@pytest.mark.parametrize(
    ("as_old_format", "count_type", "amount_type"),
    [(_as_format_3, np.uint32, np.float32), (_as_format_2, np.float64, np.float64)],
    ids=["format 3, uint32 counts", "format 2, every table float64"],
)
def test_an_older_format_file_still_reads(
    small_results, saved, tmp_path, as_old_format, count_type, amount_type
):
    old = tmp_path / "old.h5"
    old.write_bytes(saved.read_bytes())
    as_old_format(old)
    results = mhsim.load_results(old)
    tables, now = results.to_xarray(), small_results.to_xarray()
    assert tables["population"].dtype == count_type and tables["sessions"].dtype == amount_type
    for name in (*COUNTS, *AMOUNTS):
        np.testing.assert_array_equal(tables[name].values, now[name].values.astype(tables[name].dtype))
    assert sorted(tables.data_vars) == sorted(now.data_vars)  # rewritten tables come last in the file
    assert results.summary().equals(small_results.summary())


def test_a_format_newer_than_this_mhsim_is_refused(saved, tmp_path):
    newer = tmp_path / "newer.h5"
    newer.write_bytes(saved.read_bytes())
    with h5py.File(newer, "r+") as f:
        f.attrs["mhsim_results_format"] = np.int32(5)
    with pytest.raises(mhsim.ResultsFileError, match="results format 5 is not a format this mhsim reads"):
        mhsim.load_results(newer)
