"""The results of every scenario file are pinned across builds (tests/golden/digests.py).

A refactor changes no digest. A commit that changes results on purpose updates the
digests (`.venv/bin/python tests/golden/digests.py --update`) and says in its message
which results change and why.
"""

from __future__ import annotations

import importlib.util

import pytest

from conftest import ROOT

GOLDEN = ROOT / "tests" / "golden" / "digests.py"
_spec = importlib.util.spec_from_file_location("golden_digests", GOLDEN)
golden = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(golden)

SCENARIO_FILES = golden.scenario_files()


@pytest.fixture(scope="module")
def shared_burn_ins() -> dict:
    """The baseline's burn-ins, one per seed, forked by every scenario that may."""
    return {}


@pytest.fixture(scope="module")
def baseline():
    return golden._core.load_scenario_file(str(golden.SCENARIOS / "baseline.toml"), golden.OVERRIDES)


def test_every_scenario_file_has_stored_digests():
    stored = {path.stem for path in golden.GOLDEN.glob("*.json")}
    assert stored == set(SCENARIO_FILES)


@pytest.mark.parametrize("name", sorted(SCENARIO_FILES))
def test_results_match_the_golden_digests(name, baseline, shared_burn_ins):
    actual = golden.compute(name, SCENARIO_FILES[name], baseline, shared_burn_ins)
    assert any(item.startswith("table.") for item in actual) and any(
        item.startswith("summary.") for item in actual
    )
    assert golden.differences(name, actual) == []


def test_a_changed_result_is_named(baseline, shared_burn_ins):
    actual = golden.compute("baseline", SCENARIO_FILES["baseline"], baseline, shared_burn_ins)
    actual["summary.crises_per_100k_per_year"] = "0" * 16
    assert golden.differences("baseline", actual) == [
        "baseline summary.crises_per_100k_per_year: stored "
        f"{golden.stored('baseline')['summary.crises_per_100k_per_year']}, now {'0' * 16}"
    ]
