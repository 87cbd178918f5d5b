"""The documentation stays true to the code."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_parameters_page_is_generated_from_the_baseline():
    generated = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "generate_parameters.py")], capture_output=True, text=True, check=True
    ).stdout
    assert (ROOT / "docs" / "parameters.md").read_text() == generated, "run: python docs/generate_parameters.py > docs/parameters.md"


def test_every_baseline_key_has_a_source_or_assumption():
    page = (ROOT / "docs" / "parameters.md").read_text()
    rows = [line for line in page.splitlines() if line.startswith("| `")]
    assert len(rows) > 60
    assert [row for row in rows if row.rstrip().endswith("|  |")] == []


def test_outputs_page_lists_every_metric_and_figure(small_results):
    page = (ROOT / "docs" / "outputs.md").read_text()
    missing = [name for name in small_results.metrics if f"`{name}`" not in page]
    assert missing == []
    services = ["primary_care_treatment", "psychological_therapy"]
    for figure in small_results.summary().index:
        generic = figure
        for service in services:
            generic = generic.replace(service, "<service>")
        listed = f"`{figure}`" in page or f"`{generic}`" in page or figure in page
        assert listed, figure
