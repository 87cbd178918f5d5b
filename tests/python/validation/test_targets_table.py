"""The targets table itself: every target has a source and a tolerance, every target marked
off says why, a malformed entry is refused naming it, and docs/validation.md (written by
`make validate`) lists every target of the table."""

from __future__ import annotations

import math
import re

import pytest

from conftest import ROOT
from mhsim.validation import Target, TargetsTableError, settings, targets
from mhsim.validation.derived import DERIVED
from mhsim.validation.queueing import mmc_overrides
from mhsim.validation.table import _target


def test_every_target_has_a_source_a_value_and_a_tolerance():
    for target in targets():
        assert target.source.strip(), target.name
        assert math.isfinite(target.value), target.name
        assert target.tolerance > 0, target.name
        assert target.test_tolerance is None or target.test_tolerance >= target.tolerance, target.name


def test_every_target_marked_off_says_why_in_words():
    for target in targets():
        if target.off is not None:
            assert len(target.off.split()) >= 6, (target.name, target.off)


def test_every_setting_and_derived_figure_is_used():
    used = [setting for target in targets() for setting in target.settings]
    assert set(settings()) == set(used)
    assert set(DERIVED) <= {target.figure for target in targets()}


def test_the_m_m_c_setting_is_the_reduction_the_queueing_checks_define():
    assert settings()["mmc_low_intensity"].overrides == pytest.approx(mmc_overrides("low_intensity"))


def test_a_target_is_within_its_tolerance_or_not():
    target = Target("suicides", "suicides_per_100k_per_year", ("baseline",), 10.0, 3.0, "ONS", None, 4.0)
    assert target.within(12.9) and target.within(7.1)
    assert not target.within(13.5)
    assert target.within(13.5, at_test_size=True)
    assert not target.within(math.nan)  # an undefined figure fails


ENTRY = {
    "name": "x",
    "figure": "cmd_prevalence",
    "setting": "baseline",
    "value": 0.16,
    "tolerance": 0.02,
    "source": "APMS 2014",
}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"tolerence": 0.02}, "unknown key"),
        ({"figure": "cmd_prevalance"}, "neither a summary figure"),
        ({"setting": "basline"}, "unknown setting"),
        ({"source": None}, "lacks ['source']"),
        ({"off": ""}, "off needs a reason"),
        ({"figure": "cmd_prevalence", "setting": ["baseline", "low_income"]}, "measured in one setting"),
    ],
)
def test_a_malformed_target_is_refused_by_name(change, message):
    entry = {key: value for key, value in {**ENTRY, **change}.items() if value is not None}
    with pytest.raises(TargetsTableError, match=re.escape(message)):
        _target(entry, settings(), {"cmd_prevalence"})


def test_docs_validation_lists_every_target():
    text = (ROOT / "docs" / "validation.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (.+?) \| ", text, flags=re.MULTILINE)
    names = [row.replace("\\|", "|") for row in rows if row not in ("target", "setting", "---")]
    listed = [name for name in names if name not in settings()]
    assert listed == [target.name for target in targets()]
