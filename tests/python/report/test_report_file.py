"""The report is one self-contained HTML file with every section, small enough to mail,
says so in words when intervals are missing, and never leaves a half-written file."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pandas as pd
import pytest

import mhsim
from conftest import SMALL, compare_reforms
from mhsim.headline import HEADLINES, format_estimate
from mhsim.intervals import mean_interval
from mhsim.parameter_notes import note_for, parameter_notes
from mhsim.report import REPORT_TABLES, SECTIONS, ReportPathError, check_report_path, journeys
from mhsim.report.headline_rows import _economics_verdict
from mhsim.report.pathways import PATHWAYS
from mhsim.report.series import RUN_CHARTS

from .conftest import PACKAGE, PARTS

MEGABYTE = 1024 * 1024


class _Resources(HTMLParser):
    """Every resource a page would load: script src, link href, img/iframe/embed src."""

    def __init__(self):
        super().__init__()
        self.loaded: list[tuple[str, str]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if "id" in attributes:
            self.ids.add(attributes["id"])
        for attribute in ("src", "href", "data"):
            value = attributes.get(attribute)
            if value and tag in ("script", "link", "img", "iframe", "embed", "object", "source"):
                self.loaded.append((tag, value))


def _parse(text: str) -> _Resources:
    parser = _Resources()
    parser.feed(text)
    return parser


def _section(text: str, section_id: str) -> str:
    match = re.search(rf'<section id="{section_id}">(.*?)</section>', text, flags=re.DOTALL)
    assert match, section_id
    return match[1]


def _without_plotly_js(text: str) -> str:
    """The page less the plotly.js library (whose code spells isNaN)."""
    start = text.index("<script>", text.index("</style>"))
    return text[:start] + text[text.index("</script>", start) :]


def _visible_nan(text: str) -> list[str]:
    return re.findall(r"\bnan\b", _without_plotly_js(text), flags=re.IGNORECASE)


def test_the_report_loads_nothing_from_outside(report_text):
    parsed = _parse(report_text)
    assert parsed.loaded == []  # no <script src>, <link href> or images: everything is inline
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", _without_plotly_js(report_text))
    assert report_text.count("plotly.js v") == 1  # the library once, in the head
    assert report_text.index("plotly.js v") < report_text.index("</head>")


def test_the_report_has_every_section_and_a_bounded_size(report_path, report_text):
    ids = _parse(report_text).ids
    assert {section_id for section_id, _ in SECTIONS} <= ids
    assert 1 * MEGABYTE < report_path.stat().st_size < 10 * MEGABYTE
    assert [p.name for p in report_path.parent.iterdir()] == ["report.html"]  # no temporary file left


def test_the_report_has_no_nan_text(report_text):
    assert _visible_nan(report_text) == []


def test_the_scenario_changes_list_a_known_key_with_old_and_new_value(report_text):
    question = _section(report_text, "question")
    row = re.search(r"<tr><td><code>workforce\.psychologist\.fte_per_100k</code></td>(.*?)</tr>", question)
    assert row, "therapy_expansion's changed key"
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row[1])
    assert cells[-2:] == ["11.0", "22.0"]
    assert "not documented" not in cells[0]  # its source, from baseline.toml's comments
    assert "crisis.line_awareness" in question  # crisis_health_first's


def test_the_headline_section_has_every_figure_and_words_for_the_direction(report_comparison, report_text):
    headline = _section(report_text, "headline")
    for h in HEADLINES:
        assert h.label.replace("&", "&amp;") in headline, h.label
    assert re.search(r"better|worse|no clear change", headline)


def test_the_headline_section_sets_the_package_against_the_sum_of_its_parts(report_comparison, report_text):
    headline = _section(report_text, "headline")
    assert '<h3 id="interaction">therapy_and_crisis against the sum of its parts</h3>' in headline
    assert "(therapy_expansion, crisis_health_first)" in headline
    table = re.search(r'<table class="numbers interaction">(.*?)</table>', headline, flags=re.DOTALL)[1]
    rows = re.findall(r'<tr><th scope="row">(.*?)</th>(.*?)</tr>', table, flags=re.DOTALL)
    units = report_comparison.baseline.summary().attrs["units"]
    labels = [f"{h.label}, {units[h.figure]}" if h.money else h.label for h in HEADLINES]
    assert [label for label, _ in rows] == [html.escape(label) for label in labels]
    interaction = report_comparison.interaction(PACKAGE, PARTS)
    for (_, cells), (_, row) in zip(rows, interaction.iterrows(), strict=True):
        assert f'<td class="verdict {row["direction"]}">{html.escape(row["reading"])}</td>' in cells


def test_the_run_charts_mark_when_a_reform_s_policy_changed(report_text):
    table = report_text.split('<table id="timeline-changes"', 1)[1].split("</table>", 1)[0]
    assert "What changed when" in table
    row = table.split("<tbody>", 1)[1]
    for words in (
        PACKAGE,
        "<td>26</td>",
        "0.50",
        "workforce.psychologist.fte_per_100k = 22",
        "the second cohort stays",
    ):
        assert words in row, words
    # Every run chart carries the mark, with what changed on hover.
    charts = report_text.split('id="run-charts"', 1)[1].split('id="cost-effectiveness"', 1)[0]
    assert charts.count(f"{PACKAGE}, week 26: workforce.psychologist.fte_per_100k = 22") == len(RUN_CHARTS)


def test_rule_firings_are_marked_with_the_replications_they_fired_in(tmp_path):
    comparison = compare_reforms(["learning_system"], n=2, seed=5, size=SMALL, weekly=REPORT_TABLES)
    firings = comparison.replications("learning_system").rule_firings()
    assert not firings.empty  # its therapy waits are over target in the baseline
    text = comparison.report(tmp_path / "report.html").read_text(encoding="utf-8")
    table = text.split('<table id="timeline-changes"', 1)[1].split("</table>", 1)[0]
    week, rows = next(iter(firings.groupby("week")))
    assert f"<td>{week}</td>" in table
    assert (
        "rule &#39;therapy waits to target&#39; fired: budget.inpatient; budget.psychological_therapy"
        in table
    )
    assert f"in {rows['replication'].nunique()} of 2 replications" in table


def test_the_equity_section_shows_every_group_its_gap_and_each_reform_s_change(
    report_comparison, report_text
):
    section = html.unescape(_section(report_text, "equity"))
    labels = ["Region: remote", "Income: low", "Coverage: uninsured", "Marginalised group: marginalised"]
    labels += ["Language: interpreter needed", "Housing: homeless", "Age: 65 and over", "Sex: male"]
    for label in labels:
        assert label in section, label
    # The first figure's baseline cell for the low-income group, as Comparison.equity() has it.
    view = report_comparison.equity()
    low = view.groups.loc[("baseline", "first_treatment_starts_per_1000_per_year", "income", "low")]
    row = re.search(r"Income: low</th>\s*<td>([^<]*)</td>", section)
    assert row and row[1].startswith(format_estimate(low["mean"]) + " ("), (row, low["mean"])
    # Each reform's change in a gap is marked and explained on hover.
    assert "the gap changes by" in section
    readings = view.gaps.xs("first_treatment_starts_per_1000_per_year", level="figure")["reading"]
    assert set(readings) <= {"narrows", "widens", "no clear change"}
    for reform in report_comparison.reforms:
        assert re.search(rf"<th scope=\"row\">{reform}</th><td>\d+</td><td>\d+</td>", section), reform
    concentration = _section(report_text, "equity").split('id="equity-concentration"')[1]
    assert all(name in concentration for name in report_comparison.scenario_names)
    assert "income: low 1.5" in section  # the equity weights, stated


def test_the_pathways_section_shows_each_pathway_and_each_reform_s_paired_change(
    report_comparison, report_text
):
    section = html.unescape(_section(report_text, "pathways")).replace("\N{ZERO WIDTH SPACE}", "")
    for pathway in PATHWAYS:
        assert pathway.title in section and pathway.question in section
        table = section.split(f'id="pathway-{pathway.key}"')[1].split("</table>")[0]
        assert all(h.label in table for h in pathway.headlines), pathway.key
        assert all(f"{name} vs baseline" in table for name in report_comparison.reforms), pathway.key
    # Maternity screening finds cases the baseline never looks for: the reform's cell is its
    # paired difference, as Comparison.difference() has it, marked better.
    found = report_comparison.difference("perinatal_pathway", "perinatal_cases_found_per_100k_per_year")
    baseline = mean_interval(report_comparison.baseline.summary()["perinatal_cases_found_per_100k_per_year"])
    perinatal = section.split('id="pathway-perinatal"')[1].split("</table>")[0]
    label = "Perinatal cases found, per 100,000 people a year"
    row = re.search(rf"{label}</th><td>([^<]*)</td>(.*?)</tr>", perinatal, re.S)
    assert row and row[1] == format_estimate(*baseline), (row, baseline)
    cells = re.findall(r"<td>([^<]*) <span class=\"verdict (\w+)\">", row[2])
    reform_cell = cells[list(report_comparison.reforms).index("perinatal_pathway")]
    estimate = (found["difference"], found["lower"], found["upper"])
    assert reform_cell[0] == format_estimate(*estimate, signed=True), (reform_cell, found)
    assert found["lower"] > 0 and reform_cell[1] == "better"


def test_journeys_follow_the_same_person_under_two_scenarios(report_text):
    journeys = _section(report_text, "journeys")
    told = re.findall(r"<h3>Person (\d+): the baseline and (\w+)</h3>", journeys)
    assert 1 <= len(told) <= 3, journeys[:500]


def test_provenance_hashes_each_resolved_scenario(report_comparison, report_text):
    import hashlib

    provenance = _section(report_text, "provenance")
    for name in report_comparison.scenario_names:
        toml = report_comparison.replications(name).scenario.toml
        assert hashlib.sha256(toml.encode()).hexdigest() in provenance
    assert report_comparison.baseline.runs[0].provenance["git_revision"] in provenance


def test_one_replication_says_intervals_are_not_available(tmp_path):
    comparison = compare_reforms(["therapy_expansion"], n=1, seed=3, size={**SMALL, "population.size": 5000})
    text = comparison.report(tmp_path / "one.html", title="One run").read_text(encoding="utf-8")
    assert "<title>One run</title>" in text
    assert "Interval not available: 1 replication" in text
    assert _visible_nan(text) == []


def test_an_unwritable_path_is_a_clear_error_before_any_work(tmp_path, monkeypatch):
    missing = tmp_path / "no such folder" / "report.html"
    with pytest.raises(OSError, match=re.escape(str(missing))):
        check_report_path(missing)
    with pytest.raises(ReportPathError, match="is a folder"):
        check_report_path(tmp_path)

    def no_work(*args, **kwargs):
        raise AssertionError("the report was rendered before its path was checked")

    monkeypatch.setattr("mhsim.report.build.render", no_work)
    with pytest.raises(OSError, match="does not exist"):
        mhsim.report.write_report(None, missing)
    assert list(tmp_path.iterdir()) == []


def test_a_failure_while_writing_leaves_no_file(tmp_path, monkeypatch):
    def fails(*args, **kwargs):
        raise RuntimeError("rendering failed")

    monkeypatch.setattr("mhsim.report.build.render", fails)
    with pytest.raises(RuntimeError):
        mhsim.report.write_report(None, tmp_path / "report.html")
    assert list(tmp_path.iterdir()) == []

    def full_disk(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("mhsim.report.build.render", lambda *args: "<html></html>")
    monkeypatch.setattr("mhsim.report.output.os.replace", full_disk)
    with pytest.raises(OSError, match="No space"):
        mhsim.report.write_report(None, tmp_path / "report.html")
    assert list(tmp_path.iterdir()) == []  # the temporary file is removed too


def test_bad_arguments_are_refused(report_comparison, tmp_path):
    with pytest.raises(ValueError, match="willingness_to_pay_per_daly"):
        report_comparison.report(tmp_path / "r.html", willingness_to_pay_per_daly=-1)
    with pytest.raises(ValueError, match="level"):
        report_comparison.report(tmp_path / "r.html", level=95)
    with pytest.raises(mhsim.UnknownFigureError, match="Did you mean 'therapy_and_crisis'"):
        report_comparison.report(tmp_path / "r.html", package="therapy_and_crisi")
    assert list(tmp_path.iterdir()) == []


def test_labelled_keys_take_the_note_of_their_table():
    notes = parameter_notes()
    assert note_for("population.region_share.rural", notes).key == "population.region_share"
    assert "ONS" in note_for("population.female_share", notes).note
    assert note_for("no_such.key", notes) is None


def test_a_saving_bought_with_health_lost_is_judged_by_the_net_monetary_benefit():
    # A cost per DALY averted far below the willingness to pay is bad news when the reform
    # saves money by losing health (the south-west quadrant): 1,820 saved per DALY lost.
    icer = pd.Series(
        {"difference": 1820.0, "difference_lower": 1720.0, "difference_upper": 1940.0, "note": ""}
    )
    net_benefit = pd.Series({"difference": -43.7e6, "difference_lower": -45e6, "difference_upper": -42e6})
    assert _economics_verdict("icer_per_daly_averted", icer, net_benefit).words == "worse"
    dominant = pd.Series({**icer, "note": "dominant"})
    assert _economics_verdict("icer_per_daly_averted", dominant, net_benefit).words == "better"
    saving = pd.Series({**icer, "note": "saved_per_daly_lost"})
    assert _economics_verdict("icer_per_daly_averted", saving, net_benefit).words == "worse"


def test_every_journey_event_the_engine_logs_is_told_in_words(report_comparison):
    labels = report_comparison.baseline.runs[0].journeys()["event"].cat.categories
    assert set(labels) - set(journeys.EVENT_WORDS) == set()


def test_a_long_journey_is_shown_from_where_it_parts(monkeypatch):
    monkeypatch.setattr(journeys, "MAX_EVENTS", 4)
    same = [(float(day), "help_seeking_contact") for day in range(8)]
    a, b = [*same, (9.0, "treatment_dropout")], [*same, (9.0, "responded")]
    shown_a, shown_b, earlier = journeys._from_parting(a, b)
    assert earlier == 5 and shown_a[-1] == (9.0, "treatment_dropout") and shown_b[-1] == (9.0, "responded")
    assert journeys._from_parting(a[:3], b[:3]) == (a[:3], b[:3], 0)
