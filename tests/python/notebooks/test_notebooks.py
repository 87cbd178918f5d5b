"""The notebooks in notebooks/ run from top to bottom without errors or warnings, and are
stored without outputs. Each runs once per session (the ``executed_notebooks`` fixture);
how long each took is written to build/executed_notebooks/seconds.json, not asserted: a
timed test fails on a busy machine, not on a slow notebook."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat
import pytest

from executed_notebooks import NOTEBOOKS, execute

PATHS = sorted(NOTEBOOKS.glob("*.ipynb"))
# A Python warning ("...: SomeWarning: message") or a logging line at WARNING level.
WARNING = re.compile(r"\w+Warning: |\bWARNING\b")


def test_there_are_notebooks():
    names = {path.name for path in PATHS}
    assert {
        "quickstart.ipynb",
        "compare_reforms.ipynb",
        "sweep_dask.ipynb",
        "sensitivity.ipynb",
        "task_shifting.ipynb",
        "policy_over_time.ipynb",
        "equity.ipynb",
        "calibrate.ipynb",
    } <= names


def test_the_kernel_runs_this_interpreter(notebook_kernels):
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell("import os, sys\nprint(sys.executable)\nprint(os.getcwd())")]
    execute(notebook, notebook_kernels)
    executable, cwd = notebook.cells[0].outputs[0]["text"].split()
    assert executable == sys.executable
    assert Path(cwd).resolve() == NOTEBOOKS.resolve()


@pytest.mark.parametrize("path", PATHS, ids=[path.stem for path in PATHS])
def test_notebooks_are_stored_without_outputs(path):
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, (
                f"{path.name}, cell {index}: clear the outputs before committing"
            )


@pytest.mark.parametrize("path", PATHS, ids=[path.stem for path in PATHS])
def test_notebook_runs_without_errors_or_warnings(path, executed_notebooks):
    run = executed_notebooks[path.name]
    if run.failure is not None:
        pytest.fail(f"{path.name}: a cell failed\n{run.failure}", pytrace=False)
    for index, cell in enumerate(run.notebook.cells):
        for output in cell.get("outputs", []):
            if (
                output.get("output_type") == "stream"
                and output.get("name") == "stderr"
                and WARNING.search(output["text"])
            ):
                pytest.fail(
                    f"{path.name}, cell {index} printed a warning:\n{output['text']}\n"
                    f"--- cell source ---\n{cell.source}",
                    pytrace=False,
                )
