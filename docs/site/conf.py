"""Sphinx configuration of the documentation site (`make docs`, see build_site.py).

Sphinx reads a staging folder that build_site.py lays out like the repository: README.md,
docs/*.md, the front page (docs/site/index.md) and the executed notebooks under
notebooks/. Every relative link between them resolves in the site as it does in the
repository; a broken one is a warning, and warnings are errors (-W, nitpicky -n). A link
to a file that is not a page (a scenario, a source file) has nothing to lead to in the
site and fails the build too: name such files in backticks, as the pages do.

External links (http, https) are not checked: the machines that build the site have no
internet, so `linkcheck` is not run. Only links inside the site are, by Sphinx and MyST
while building and by the docs site test, which opens every local href of the HTML.
"""

from __future__ import annotations

from importlib.metadata import version as installed_version

project = "mhsim"
author = "the mhsim authors"
copyright = "the mhsim authors, MIT licence"
release = installed_version("mhsim")
version = release

extensions = ["myst_nb"]  # MyST-NB brings MyST-Parser: Markdown pages and notebooks alike
root_doc = "index"
exclude_patterns = ["_build"]

# Markdown: headings get anchors, so `[...](model.md#checkpoint-and-fork)` is checked too.
myst_heading_anchors = 3

# Notebooks: never executed here. build_site.py stages the copies executed by the tests'
# `executed_notebooks` fixture (or by `make docs`), with their outputs and plots.
nb_execution_mode = "off"
nb_merge_streams = True  # one block per cell for the lines printed in a row

# furo: plain, readable pages for people who do not read code, its assets bundled (no
# fonts or scripts from the internet, so the site works offline), kept up with Sphinx.
html_theme = "furo"
html_title = f"mhsim {release}"
html_static_path: list[str] = []
html_copy_source = False  # the .ipynb sources with their base64 plots would double the site
html_show_sourcelink = False
