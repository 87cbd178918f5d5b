"""The engine's shape, as docs/architecture.md states it, checked on the source itself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT

SIM = ROOT / "sim"
COMPONENTS = (
    "population",
    "illness",
    "access",
    "care",
    "crisis",
    "justice",  # after an arrest at a crisis (issue 18)
    "community",
    "severe_illness",
    "perinatal",  # pregnancy and the postnatal year over time (issue 18)
    "workforce",
    "economics",
    "physical_health",  # NCD and HIV clinics as entry points (issue 18)
    "prevention",  # programmes that lower onset (issue 18)
    "youth",  # school support and the confidential youth pathway (issue 18)
)
PUBLIC_HEADERS = {"engine.hpp", "scenario/loader.hpp", "results/results.hpp", "io/hdf5_io.hpp"}
INCLUDE = re.compile(r'^#include "([^"]+)"', re.M)


def engine_files() -> list[Path]:
    return sorted(p for p in SIM.rglob("*") if p.suffix in (".hpp", ".cpp"))


def includes(path: Path) -> list[str]:
    return INCLUDE.findall(path.read_text())


def function_lengths(path: Path) -> list[tuple[int, int]]:
    """(first line, lines) of each function body at namespace level, by brace matching."""
    lines = path.read_text().split("\n")
    lengths, depth, start = [], 0, None
    for number, line in enumerate(lines, 1):
        code = re.sub(r'"(\\.|[^"\\])*"', '""', re.sub(r"//.*", "", line))
        for char in code:
            if char == "{":
                opens_function = re.search(r"\)\s*(const)?\s*(override)?\s*(->\s*[\w:<>&]+)?\s*\{", code)
                namespace = code.lstrip().startswith(("namespace", "extern"))
                if start is None and opens_function and not namespace:
                    start = (number, depth)
                depth += 1
            elif char == "}":
                depth -= 1
                if start is not None and depth == start[1]:
                    lengths.append((start[0], number - start[0] + 1))
                    start = None
    return lengths


def test_the_engine_has_one_folder_per_concept():
    folders = {p.name for p in SIM.iterdir() if p.is_dir()}
    expected = set(COMPONENTS) | {
        "core",
        "event",
        "recording",
        "equity",  # the group cell and the summary by group (issue 17)
        "simulation",
        "scenario",
        "io",
        "cli",
        "results",
    }
    assert folders == expected


@pytest.mark.parametrize("path", engine_files(), ids=lambda p: str(p.relative_to(SIM)))
def test_no_engine_file_is_over_400_lines(path):
    assert len(path.read_text().split("\n")) <= 401


def test_no_engine_function_is_over_80_lines():
    long = [
        f"{path.relative_to(SIM)}:{first} ({count} lines)"
        for path in engine_files()
        for first, count in function_lengths(path)
        if count > 80
    ]
    assert long == []


def test_the_function_length_check_finds_a_long_function(tmp_path):
    body = "\n".join(f"  x += {k};" for k in range(90))
    source = tmp_path / "long.cpp"
    source.write_text(
        f"namespace mhsim {{\nint f(int x) {{\n{body}\n  return x;\n}}\n}}  // namespace mhsim\n"
    )
    assert function_lengths(source) == [(2, 93)]


@pytest.mark.parametrize("component", COMPONENTS)
def test_a_component_never_includes_the_kernel(component):
    for path in (SIM / component).glob("*.?pp"):
        assert not [h for h in includes(path) if h.startswith("simulation/")], path


def test_the_core_includes_nothing_else_of_the_engine():
    for path in (SIM / "core").glob("*.?pp"):
        assert all(h.startswith("core/") for h in includes(path)), path


def test_the_bindings_and_the_command_reach_the_engine_through_its_public_headers():
    users = [*(ROOT / "python" / "src").glob("*.cpp"), SIM / "cli" / "main.cpp"]
    for path in users:
        assert set(includes(path)) <= PUBLIC_HEADERS, path
