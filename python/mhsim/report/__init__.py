"""The offline HTML report of a comparison: one self-contained file (scripts and data
embedded) that a ministry can open without a server or a network.

    comparison = mhsim.compare(baseline, reforms, n=10)
    comparison.report("report.html", willingness_to_pay_per_daly=20000)

``check_report_path`` checks a path before any simulation is run. A comparison made for a
report need keep only the weekly tables it reads: ``mhsim.compare(..., weekly=REPORT_TABLES)``
(a tenth of the memory).
"""

from .build import SECTIONS, write_report
from .output import ReportPathError, check_report_path
from .series import REPORT_TABLES

__all__ = ["REPORT_TABLES", "SECTIONS", "ReportPathError", "check_report_path", "write_report"]
