"""`make mutants` (tests/mutants/) plants each change of mutants.toml in a copy of the engine: a
change whose text no longer occurs exactly once in its file would stop the harness, so the list
is checked here against the sources on every commit."""

from __future__ import annotations

import tomllib

from conftest import ROOT

MUTANTS = ROOT / "tests" / "mutants" / "mutants.toml"


def test_every_planted_change_finds_its_text_exactly_once():
    mutants = tomllib.loads(MUTANTS.read_text())["mutant"]
    assert len(mutants) >= 15
    counts = {m["name"]: (ROOT / m["file"]).read_text().count(m["find"]) for m in mutants}
    assert {name: n for name, n in counts.items() if n != 1} == {}
    assert all(m["find"] != m["replace"] and m["represents"].strip() for m in mutants)
