"""The offline HTML report of a comparison: one self-contained file (scripts and data
embedded) that a ministry can open without a server or a network.

    comparison = mhsim.compare(baseline, reforms, n=10)
    comparison.report("report.html", willingness_to_pay_per_daly=20000)

``check_report_path`` checks a path before any simulation is run (the CLI calls it first).
"""

from .build import SECTIONS, write_report
from .output import ReportPathError, check_report_path

__all__ = ["SECTIONS", "ReportPathError", "check_report_path", "write_report"]
