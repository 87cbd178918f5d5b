"""The documentation stays true to the code."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

from conftest import ROOT


def test_parameters_page_is_generated_from_the_baseline():
    generated = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "generate_parameters.py")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert (ROOT / "docs" / "parameters.md").read_text() == generated, (
        "run: python docs/generate_parameters.py > docs/parameters.md"
    )


def test_every_baseline_key_has_a_source_or_assumption():
    page = (ROOT / "docs" / "parameters.md").read_text()
    rows = [line for line in page.splitlines() if line.startswith("| `")]
    assert len(rows) > 60
    assert [row for row in rows if row.rstrip().endswith("|  |")] == []


def test_outputs_page_lists_every_metric_and_figure(small_results):
    page = (ROOT / "docs" / "outputs.md").read_text()
    missing = [name for name in small_results.metrics if f"`{name}`" not in page]
    assert missing == []
    weekly = small_results.to_xarray()
    services = list(weekly["service"].values)
    programmes = list(weekly["programme"].values)
    cost_lines = list(weekly["cost_line"].values)
    with open(ROOT / "scenarios" / "baseline.toml", "rb") as baseline:
        cadres = list(tomllib.load(baseline)["workforce"])
    for figure in small_results.summary().index:
        generic = figure
        for service in services:
            generic = generic.replace(service, "<service>")
        for programme in programmes:
            if generic.endswith(f"_{programme}"):
                generic = generic[: -len(programme)] + "<programme>"
        for line in cost_lines:
            for prefix in ["cost_", "budget_", "budget_balance_"]:
                if generic == f"{prefix}{line}":
                    generic = f"{prefix}<line>"
        for cadre in cadres:
            if generic.endswith(f"_{cadre}"):
                generic = generic[: -len(cadre)] + "<cadre>"
        listed = f"`{figure}`" in page or f"`{generic}`" in page or figure in page
        assert listed, figure
    doors = list(weekly["crisis_door"].values)
    for figure in small_results.summary_by_group().index.unique("figure"):
        generic = figure
        for label in services + doors:
            if generic.endswith(f"_{label}"):
                generic = generic[: -len(label)] + ("<service>" if label in services else "<door>")
        assert f"`{figure}`" in page or f"`{generic}`" in page, figure


def _readme_blocks(language: str) -> list[str]:
    text = (ROOT / "README.md").read_text()
    return re.findall(rf"```{language}\n(.*?)```", text, flags=re.DOTALL)


def _workspace(tmp_path):
    """A directory that looks like the checkout to the README's relative paths."""
    (tmp_path / "scenarios").symlink_to(ROOT / "scenarios")
    (tmp_path / ".venv").mkdir()
    (tmp_path / ".venv" / "bin").symlink_to(Path(sys.executable).parent)
    return tmp_path


def test_readme_python_examples_run_as_written(tmp_path):
    # The tour's blocks run one after the other, as in one session: the second uses the first's baseline.
    blocks = _readme_blocks("python")
    assert len(blocks) == 2 and all(len(block.strip().splitlines()) <= 12 for block in blocks)
    completed = subprocess.run(
        [sys.executable, "-c", "\n".join(blocks)], cwd=_workspace(tmp_path), capture_output=True, text=True
    )
    assert completed.returncode == 0, completed.stderr
    assert "cmd_prevalence" in completed.stdout
    assert "task_shifting vs baseline" in completed.stdout and "Effective coverage" in completed.stdout
    assert (tmp_path / "baseline.h5").exists() and (tmp_path / "report.html").exists()


def test_readme_command_line_examples_run_as_written(tmp_path):
    workspace = _workspace(tmp_path)
    commands = [
        line for block in _readme_blocks("sh") for line in block.splitlines() if line.startswith(".venv/bin/")
    ]
    assert len(commands) >= 3
    for command in commands:
        completed = subprocess.run(shlex.split(command), cwd=workspace, capture_output=True, text=True)
        assert completed.returncode == 0, (command, completed.stderr)
    assert (workspace / "reform.h5").exists() and (workspace / "baseline.h5").exists()
