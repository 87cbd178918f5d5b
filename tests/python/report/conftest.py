"""One small comparison and its report, shared by the report's tests (written once: the
simulations are the slow part)."""

from __future__ import annotations

import pytest

from conftest import SMALL, compare_reforms
from mhsim.report import REPORT_TABLES

# A reform of staff (therapy), of the crisis system and of housing: each touches other figures.
REFORMS = ["therapy_expansion", "crisis_health_first", "housing_first"]


@pytest.fixture(scope="package")
def report_comparison():
    # Only the tables the report says it reads: a table it reads but does not list fails here.
    return compare_reforms(REFORMS, n=3, seed=5, size=SMALL, weekly=REPORT_TABLES)


@pytest.fixture(scope="package")
def report_path(report_comparison, tmp_path_factory):
    return report_comparison.report(tmp_path_factory.mktemp("report") / "report.html")


@pytest.fixture(scope="package")
def report_text(report_path) -> str:
    return report_path.read_text(encoding="utf-8")
