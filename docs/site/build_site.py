"""Builds the documentation site: the README, docs/*.md and the notebooks with their outputs
and plots, as static HTML that opens without internet from build/docs/html/index.html.

    python docs/site/build_site.py                          # `make docs`
    python docs/site/build_site.py --no-execute --out DIR   # the docs site test

1. Notebooks. The site shows the executed copies in build/executed_notebooks/, which the
   tests' ``executed_notebooks`` fixture writes (tests/python/executed_notebooks.py, the one
   place notebooks are run). Here a copy is run again, the same way, when it is missing,
   older than its notebook or stopped by an error; --no-execute takes the copies as they are.
2. Staging. The front page (docs/site/index.md), README.md, docs/*.md and the executed
   notebooks are laid out in OUT/source as in the repository, so a relative link between
   them resolves in the site as it does in the repository. Nothing staged is committed.
3. Sphinx (conf.py beside this file): warnings are errors (-W), broken references too (-n),
   every page is read afresh (-E).
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

import nbformat
from sphinx.cmd.build import build_main

ROOT = Path(__file__).resolve().parents[2]
SITE = Path(__file__).resolve().parent
OUT = ROOT / "build" / "docs"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"


def notebook_runner() -> ModuleType:
    """tests/python/executed_notebooks.py, which runs the notebooks for the tests too."""
    sys.path.insert(0, str(ROOT / "tests" / "python"))
    import executed_notebooks

    return executed_notebooks


def out_of_date(notebook: Path, executed: Path) -> bool:
    """The executed copy is missing, older than its notebook, or stopped by an error."""
    if not executed.exists() or executed.stat().st_mtime < notebook.stat().st_mtime:
        return True
    cells = nbformat.read(executed, as_version=4).cells
    return any(output.output_type == "error" for cell in cells for output in cell.get("outputs", []))


def execute_out_of_date(runner: ModuleType) -> None:
    notebooks = sorted(runner.NOTEBOOKS.glob("*.ipynb"))
    stale = [path for path in notebooks if out_of_date(path, runner.EXECUTED / path.name)]
    if not stale:
        return
    print("executing", ", ".join(path.name for path in stale), "(minutes; copies kept for next time)")
    with tempfile.TemporaryDirectory() as kernels:
        done = runner.execute_all(runner.kernel_specs(Path(kernels)), stale)
    failures = [f"{name} failed:\n{run.failure}" for name, run in done.items() if run.failure is not None]
    if failures:
        raise SystemExit("\n".join(failures))


def widget_text(state: dict, model_id: str) -> str:
    """A widget as the text a terminal shows: tqdm's bar is a box of two HTML texts and a bar."""
    model = state.get(model_id, {}).get("state", {})
    if "children" in model:
        return "".join(widget_text(state, child.removeprefix("IPY_MODEL_")) for child in model["children"])
    if model.get("_model_name") in ("FloatProgressModel", "IntProgressModel"):
        filled = round(10 * model["value"] / model["max"]) if model.get("max") else 0
        return "|" + "█" * filled + " " * (10 - filled) + "|"
    if isinstance(model.get("value"), str):  # HTML and Label widgets
        return html.unescape(re.sub(r"<[^>]*>", "", model["value"])).replace("\u2007", " ")
    return ""


def without_widgets(notebook: nbformat.NotebookNode) -> None:
    """Widgets (the progress bars) need JavaScript from the internet to show, and their text
    fallback is the bar at 0%: each becomes its final state as text, or goes if it has none."""
    state = notebook.metadata.pop("widgets", {}).get(WIDGET_STATE, {}).get("state", {})
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        outputs = []
        for output in cell.outputs:
            view = output.get("data", {}).get(WIDGET_VIEW)
            text = widget_text(state, view["model_id"]) if view else None
            if view is None:
                outputs.append(output)
            elif text:
                outputs.append(nbformat.v4.new_output("display_data", data={"text/plain": text}))
        cell.outputs = outputs


def stage(source: Path, executed: Path, notebooks: Path) -> None:
    """The front page, README.md, docs/*.md and the executed notebooks, in the repository's layout."""
    shutil.rmtree(source, ignore_errors=True)
    (source / "docs").mkdir(parents=True)
    (source / "notebooks").mkdir()
    shutil.copy2(SITE / "index.md", source / "index.md")
    shutil.copy2(ROOT / "README.md", source / "README.md")
    for page in sorted((ROOT / "docs").glob("*.md")):
        shutil.copy2(page, source / "docs" / page.name)
    for path in sorted(notebooks.glob("*.ipynb")):
        if not (executed / path.name).exists():
            raise SystemExit(f"no executed copy of {path.name} in {executed}: `make docs` runs it")
        notebook = nbformat.read(executed / path.name, as_version=4)
        without_widgets(notebook)
        nbformat.write(notebook, source / "notebooks" / path.name)


def build(out: Path) -> int:
    """Sphinx's exit status: 0 for a site built without a warning."""
    options = ["-b", "html", "-W", "--keep-going", "-n", "-E", "-q", "-c", str(SITE)]
    return build_main([*options, "-d", str(out / "doctrees"), str(out / "source"), str(out / "html")])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help="the site goes to OUT/html (build/docs)")
    parser.add_argument(
        "--no-execute", action="store_true", help="take the executed copies as they are (the docs test)"
    )
    args = parser.parse_args(argv)
    start = time.monotonic()
    runner = notebook_runner()
    if not args.no_execute:
        execute_out_of_date(runner)
    stage(args.out / "source", runner.EXECUTED, runner.NOTEBOOKS)
    status = build(args.out)
    if status == 0:
        index = (args.out / "html" / "index.html").resolve()
        print(f"the site: {index} ({time.monotonic() - start:.0f} s)")
    return status


if __name__ == "__main__":
    sys.exit(main())
