"""The model against every target of the validation table at test size: a target not marked
off that leaves its tolerance (its test allowance where the table gives one) fails here. And
the table as Markdown and as a web page that opens in a browser."""

from __future__ import annotations

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import run_cli
from mhsim.validation import settings, targets
from mhsim.validation.write import format_value, markdown, write_html


def test_every_target_not_marked_off_is_within_its_tolerance(validation_at_test_size):
    table = validation_at_test_size
    assert list(table["name"]) == [target.name for target in targets()]
    failed = table[table["status"] == "fail"]
    assert failed.empty, "\n" + failed[["name", "model", "target", "tolerance"]].to_string()


def test_the_markdown_has_a_row_per_target_with_its_result(validation_at_test_size):
    text = markdown(validation_at_test_size)
    for _, row in validation_at_test_size.iterrows():
        line = next(line for line in text.splitlines() if line.startswith(f"| {row['name']} |"))
        assert f"| {format_value(row['model'])} | one run | {format_value(row['target'])} |" in line
        assert f"| {row['status']}" in line
        if row["status"] == "off":
            assert row["off"][:40] in line
    assert "20,000 people per setting" in text


def test_the_page_opens_with_a_row_per_target(validation_at_test_size, browser, tmp_path):
    page = write_html(validation_at_test_size, tmp_path / "validation.html")
    browser.get(page.as_uri())
    WebDriverWait(browser, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")
    rows = browser.find_elements(By.CSS_SELECTOR, "table.targets tbody tr")
    assert len(rows) == len(targets()) and all(row.is_displayed() for row in rows)
    off = browser.find_elements(By.CSS_SELECTOR, "table.targets td.verdict.unclear")
    assert len(off) == sum(target.off is not None for target in targets())
    assert browser.find_element(By.ID, "settings").is_displayed()
    assert [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"] == []


def test_the_command_refuses_a_bad_output_before_running(capsys, tmp_path):
    status, _, err = run_cli(capsys, "validate-model", "--out", str(tmp_path / "validation.txt"))
    assert status == 2 and "must end in .md" in err
    (tmp_path / "file").write_text("")
    status, _, err = run_cli(capsys, "validate-model", "--html", str(tmp_path / "file" / "validation.html"))
    assert status == 2 and "is a file, not a folder" in err


def test_a_target_whose_setting_needs_more_people_is_not_measured_and_says_why(validation_at_test_size):
    table = validation_at_test_size.set_index("name")
    known = settings()
    small = [t.name for t in targets() if max(known[s].min_size for s in t.settings) > 20_000]
    assert small == ["Erlang C: low-intensity wait, step reduced to M/M/c"]
    assert list(table.index[table["status"] == "not measured"]) == small
    assert "measured at 100,000 people or more, not 20,000" in table.loc[small[0], "off"]
    assert "| not measured: its setting is measured at 100,000" in markdown(validation_at_test_size)
