"""The notebooks of notebooks/, each run once per test session and shared: the notebook
tests read their outputs, and the docs site is built from the executed copies written to
build/executed_notebooks/ (so no notebook runs twice in `make test`)."""

from __future__ import annotations

import json
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "notebooks"
EXECUTED = ROOT / "build" / "executed_notebooks"
CELL_TIMEOUT = 600  # seconds: a hung cell, not a slow machine
COLOURS = re.compile(r"\x1b\[[0-9;]*m")  # ANSI colour codes in IPython tracebacks


@dataclass
class ExecutedNotebook:
    path: Path  # the source notebook
    notebook: nbformat.NotebookNode  # with outputs
    seconds: float
    failure: str | None  # the failing cell's source and traceback, or None


def kernel_specs(folder: Path) -> KernelSpecManager:
    """Kernel specs holding one "python3" kernel that runs this interpreter.

    The notebooks must run against the mhsim installed with this Python (.venv/bin/python
    under `make test`). A kernelspec found on the Jupyter paths could name another
    interpreter (a user-wide "python3", or "python" from PATH), so the kernel is
    described here, in ``folder``, with the absolute path of this interpreter.
    """
    (folder / "python3").mkdir(parents=True, exist_ok=True)
    (folder / "python3" / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "Python 3 (mhsim tests)",
                "language": "python",
            }
        )
    )
    return KernelSpecManager(kernel_dirs=[str(folder)])


def execute(notebook: nbformat.NotebookNode, specs: KernelSpecManager) -> None:
    """Runs every cell in a fresh kernel, with notebooks/ as the working directory."""
    manager = AsyncKernelManager(kernel_name="python3", kernel_spec_manager=specs)
    client = NotebookClient(
        notebook, km=manager, timeout=CELL_TIMEOUT, resources={"metadata": {"path": str(NOTEBOOKS)}}
    )
    # The client shuts down only kernels it started itself; this one it is given, so
    # ask it to shut the kernel down and close its sockets when the notebook is done.
    client.execute(cleanup_kc=True)


def execute_all(specs: KernelSpecManager, paths: list[Path] | None = None) -> dict[str, ExecutedNotebook]:
    """Runs every notebook (or those of ``paths``) once; writes the executed copies (failed ones
    too, up to the failure). `make docs` passes only the notebooks whose copy is out of date."""
    EXECUTED.mkdir(parents=True, exist_ok=True)
    done = {}
    for path in sorted(NOTEBOOKS.glob("*.ipynb")) if paths is None else paths:
        notebook = nbformat.read(path, as_version=4)
        start = time.monotonic()
        failure = None
        try:
            execute(notebook, specs)
        except CellExecutionError as error:  # its text is the failing cell's source and traceback
            failure = COLOURS.sub("", str(error))
        done[path.name] = ExecutedNotebook(path, notebook, time.monotonic() - start, failure)
        with tempfile.NamedTemporaryFile("w", dir=EXECUTED, suffix=".tmp", delete=False) as out:
            nbformat.write(notebook, out)
        Path(out.name).replace(EXECUTED / path.name)
    record = EXECUTED / "seconds.json"
    seconds = json.loads(record.read_text()) if record.exists() else {}
    seconds.update({name: round(run.seconds, 1) for name, run in done.items()})
    kept = {name: seconds[name] for name in sorted(seconds) if (NOTEBOOKS / name).exists()}
    record.write_text(json.dumps(kept, indent=1))
    return done
