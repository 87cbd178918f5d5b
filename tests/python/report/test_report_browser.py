"""The report opened from disk in a real browser (headless Chromium, no network): every
section shows, with the package set against the sum of its parts, every chart has drawn
data, and the console reports no error."""

from __future__ import annotations

import shutil

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import ROOT
from mhsim.headline import HEADLINES
from mhsim.report import SECTIONS

CHART_TRACES = """
return Array.from(document.querySelectorAll('[id^="chart-"]')).map(function (div) {
  var traces = (div.data || []).filter(function (t) {
    var x = t.x || [], y = t.y || [];
    return x.length > 0 && y.length > 0 && y.some(function (v) { return v !== null; });
  });
  return [div.id, div.classList.contains('js-plotly-plot'), traces.length];
});
"""


def test_the_report_renders_in_a_browser(browser, report_path, tmp_path):
    browser.get(report_path.as_uri())
    WebDriverWait(browser, 60).until(lambda d: d.execute_script("return document.readyState") == "complete")
    for section_id, heading in SECTIONS:
        section = browser.find_element(By.ID, section_id)
        assert section.is_displayed(), section_id
        assert heading in section.find_element(By.TAG_NAME, "h2").text
    interaction = browser.find_element(By.ID, "interaction")  # the package against its parts
    assert interaction.is_displayed() and "against the sum of its parts" in interaction.text
    rows = browser.find_elements(By.CSS_SELECTOR, "table.interaction tbody tr")
    assert len(rows) == len(HEADLINES) and all(row.is_displayed() for row in rows)
    changes = browser.find_element(By.ID, "timeline-changes")  # what changed when, beside the run charts
    assert changes.is_displayed() and "the second cohort stays" in changes.text
    marks = browser.execute_script(  # each run chart's marks are drawn: a line and a hover triangle each
        "return [...document.querySelectorAll('#run-charts .js-plotly-plot')]"
        ".map(p => p.querySelectorAll('.annotation').length)"
    )
    assert marks and all(count >= 1 for count in marks), marks
    charts = browser.execute_script(CHART_TRACES)
    assert len(charts) >= 14  # the run charts, the plane, the curve, budgets and staff
    assert [c for c in charts if not (c[1] and c[2] >= 1)] == []  # each plotted, with data
    text = browser.find_element(By.TAG_NAME, "body").text
    assert "NaN" not in text.split() and "nan" not in text.split()
    severe = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert severe == []
    shot = tmp_path / "report-screenshot.png"
    assert browser.save_screenshot(str(shot))
    (ROOT / "build").mkdir(exist_ok=True)
    shutil.copyfile(shot, ROOT / "build" / "report-screenshot.png")
