"""The documentation site (`make docs`) builds with warnings as errors from the notebooks the
session has executed, has a page for every document and notebook, shows the task-shifting
notebook's plots, and has no link to a file or heading that is not there.

External links are not checked: the machines that run the tests have no internet."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from conftest import ROOT

BUILD_SITE = ROOT / "docs" / "site" / "build_site.py"
LINK = re.compile(r"""\b(?:href|src)=["']([^"']*)["']""")
ANCHOR = re.compile(r"""\bid=["']([^"']*)["']""")


@pytest.fixture(scope="module")
def site(executed_notebooks, tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path]:
    """The site built from build/executed_notebooks/, which the fixture has just written."""
    out = tmp_path_factory.mktemp("site")
    completed = subprocess.run(
        [sys.executable, str(BUILD_SITE), "--no-execute", "--out", str(out)], capture_output=True, text=True
    )
    return completed, out / "html"


def test_the_site_builds_without_a_warning(site):
    completed, html = site
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert (html / "index.html").exists()


def test_every_document_and_notebook_has_a_page(site):
    _, html = site
    expected = ["index.html", "README.html"]
    expected += [f"docs/{page.stem}.html" for page in sorted((ROOT / "docs").glob("*.md"))]
    expected += [f"notebooks/{path.stem}.html" for path in sorted((ROOT / "notebooks").glob("*.ipynb"))]
    assert len(expected) >= 12
    assert [page for page in expected if not (html / page).exists()] == []


def test_the_task_shifting_page_shows_its_plots(site):
    _, html = site
    page = html / "notebooks" / "task_shifting.html"
    sources = re.findall(r"""<img\b[^>]*\bsrc=["']([^"']+)["']""", page.read_text())
    plots = [s for s in sources if s.startswith("data:image/") or s.endswith(".png")]
    assert plots, "no plot on the task-shifting page"
    assert all(s.startswith("data:") or (page.parent / unquote(s)).is_file() for s in plots)


def test_every_local_link_resolves(site):
    """Every href and src of every page that is not external names a file of the site, and
    its #fragment, where it has one, an id in that file."""
    _, html = site
    pages = sorted(html.rglob("*.html"))
    anchors: dict[Path, set[str]] = {}
    broken = []
    for page in pages:
        for link in LINK.findall(page.read_text()):
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or not (parts.path or parts.fragment):
                continue  # http(s), mailto, data: and a bare "#"
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page.resolve()
            if not target.is_file():
                broken.append(f"{page.relative_to(html)}: {link}")
            elif parts.fragment and target.suffix == ".html":
                if target not in anchors:
                    anchors[target] = set(ANCHOR.findall(target.read_text()))
                if unquote(parts.fragment) not in anchors[target]:
                    broken.append(f"{page.relative_to(html)}: {link} (no such heading)")
    assert len(pages) >= 12
    assert not broken, "links to nothing:\n" + "\n".join(broken)
