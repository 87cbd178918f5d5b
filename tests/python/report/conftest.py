"""One small comparison and its report, shared by the report's tests (written once: the
simulations are the slow part)."""

from __future__ import annotations

import pytest

import mhsim
from conftest import SCENARIOS, SMALL, compare_reforms
from mhsim.report import REPORT_TABLES

# A reform of staff (therapy), of the crisis system, of housing and of a pathway (perinatal care):
# each touches other figures.
REFORMS = ["therapy_expansion", "crisis_health_first", "housing_first", "perinatal_pathway"]
# And a package of the first two, which the report sets against the sum of its parts.
PACKAGE, PARTS = "therapy_and_crisis", ["therapy_expansion", "crisis_health_first"]


@pytest.fixture(scope="package")
def report_comparison():
    package = mhsim.Scenario.from_toml(
        f'extends = "{SCENARIOS / "reforms" / "crisis_health_first.toml"}"\nname = "{PACKAGE}"\n'
        "[workforce.psychologist]\nfte_per_100k = 22.0\n"  # therapy_expansion's
        # A change that keeps the value: the runs are as without it, and the report marks it.
        '[[timeline]]\nquarter = 2\nset = { "workforce.psychologist.fte_per_100k" = 22.0 }\n'
        'note = "the second cohort stays"\n'
    )
    # Only the tables the report says it reads: a table it reads but does not list fails here.
    return compare_reforms(REFORMS, n=3, seed=5, size=SMALL, more={PACKAGE: package}, weekly=REPORT_TABLES)


@pytest.fixture(scope="package")
def report_path(report_comparison, tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "report.html"
    return report_comparison.report(path, package=PACKAGE, parts=PARTS)


@pytest.fixture(scope="package")
def report_text(report_path) -> str:
    return report_path.read_text(encoding="utf-8")
