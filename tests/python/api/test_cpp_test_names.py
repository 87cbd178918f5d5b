"""Every C++ test case is run by ctest: doctest_discover_tests splits a test name at
';' into two ctest tests whose filters match nothing, so such a case would silently
never run under `make test`."""

from __future__ import annotations

import re

from conftest import ROOT


def test_no_cpp_test_case_name_holds_a_semicolon():
    names = []
    for path in sorted((ROOT / "tests" / "cpp").glob("*.cpp")):
        names += re.findall(r'TEST_CASE\("([^"]*)"\)', path.read_text())
    assert len(names) > 50
    assert [name for name in names if ";" in name] == []
