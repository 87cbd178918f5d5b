"""Shared fixtures: small, quick versions of the real scenario files.

The test folders are packages (an ``__init__.py`` each), so two folders may hold test
files of the same name; this folder is not one, so pytest puts it on ``sys.path`` and
the tests import these helpers as ``from conftest import ...``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import mhsim
from mhsim.cli import main

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = ROOT / "scenarios"
SMALL = {"population.size": 10000, "simulation.horizon_years": 2.0, "simulation.burn_in_years": 1.0}


# `make test` runs the tests on two workers (pytest-xdist). A module's tests stay on one worker, so its
# module fixtures run once; the modules that read the executed notebooks share one worker and go first,
# since executing the notebooks is the longest single piece of work (`--no-loadscope-reorder` keeps it so).
NOTEBOOK_READERS = {"test_notebooks.py", "test_notebook_prose.py", "test_docs_site.py"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.path.name not in NOTEBOOK_READERS)  # stable: the rest keep their order


def pytest_xdist_make_scheduler(config, log):
    from xdist.scheduler import LoadScopeScheduling

    class ByModule(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::", 1)[0]
            return "executed_notebooks" if Path(module).name in NOTEBOOK_READERS else module

    return ByModule(config, log)


@pytest.fixture(scope="session")
def small_baseline() -> mhsim.Scenario:
    return mhsim.Scenario.load(SCENARIOS / "baseline.toml").with_overrides(SMALL)


@pytest.fixture(scope="session")
def small_results(small_baseline) -> mhsim.Results:
    return mhsim.run(small_baseline, seed=1)


# Enough for a reform whose figures concern a few hundred people a run (perinatal women, people in work).
SIZE_20K_2_YEARS = {
    "population.size": 20000,
    "simulation.horizon_years": 2.0,
    "simulation.burn_in_years": 1.0,
}
REFORM_TEST_SIZE = {
    "population.size": 100000,
    "simulation.horizon_years": 3.0,
    "simulation.burn_in_years": 2.0,
}


def compare_reforms(
    names, n: int, seed: int, size=REFORM_TEST_SIZE, more=None, **options
) -> mhsim.Comparison:
    """The baseline against the named files of scenarios/reforms and the scenarios of ``more``
    (by name), every one at ``size``."""
    baseline = mhsim.Scenario.load(SCENARIOS / "baseline.toml").with_overrides(size)
    reforms = {
        name: mhsim.Scenario.load(SCENARIOS / "reforms" / f"{name}.toml").with_overrides(size)
        for name in names
    }
    reforms.update({name: scenario.with_overrides(size) for name, scenario in (more or {}).items()})
    return mhsim.compare(baseline, reforms, n=n, seed=seed, progress=False, **options)


def assert_higher(comparison: mhsim.Comparison, reform_name: str, figure: str) -> None:
    """The reform's paired 95% interval against the baseline lies above zero."""
    row = comparison.difference(reform_name, figure)
    assert row["lower"] > 0, row


def assert_lower(comparison: mhsim.Comparison, reform_name: str, figure: str) -> None:
    """The reform's paired 95% interval against the baseline lies below zero."""
    row = comparison.difference(reform_name, figure)
    assert row["upper"] < 0, row


def assert_within(comparison: mhsim.Comparison, reform_name: str, figure: str, bound: float) -> None:
    """No change worth the name: the reform's whole paired 95% interval against the baseline lies
    within +/- ``bound`` (an equivalence claim needs the interval, not a point estimate near zero)."""
    row = comparison.difference(reform_name, figure)
    assert -bound < row["lower"] and row["upper"] < bound, row


@pytest.fixture(scope="session")
def notebook_kernels(tmp_path_factory):
    from executed_notebooks import kernel_specs

    return kernel_specs(tmp_path_factory.mktemp("kernels"))


@pytest.fixture(scope="session")
def executed_notebooks(notebook_kernels):
    """Every notebook of notebooks/, run once for the session (see executed_notebooks.py)."""
    from executed_notebooks import execute_all

    return execute_all(notebook_kernels)


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    """``mhsim ARGS`` in this process: exit status, stdout, stderr."""
    try:
        status = main(list(args))
    except SystemExit as stop:  # argparse refuses bad options with status 2
        status = stop.code
    out, err = capsys.readouterr()
    return status, out, err


CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium (Debian's), no network: the report's and the validation page's tests."""
    if not (CHROMEDRIVER.exists() and CHROMIUM.exists()):
        pytest.fail("the browser tests need Debian's chromium and chromium-driver (make system-deps)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1800"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingOptions", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    yield driver
    driver.quit()
