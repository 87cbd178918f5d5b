"""What a notebook's text says matches what its code prints.

The convention: a figure reaches the prose only through code. Every number written in
digits in a markdown cell is read as a claim, and it must be one of:

1. **a setting**: a number written in a code cell of the notebook (``SIZE = 50_000``
   backs "50,000 people", ``n=10`` backs "10 replications"); the reader sees where
   it comes from;
2. **a result printed nearby**: within its written precision, or 5%, of a number in the
   output of one of the code cells around it (the ``NEARBY`` code cells before and
   after), a percentage being read as a share too ("16%" is backed by 0.159);
3. **a label, a unit or code**: a step, section or question number, a list item's
   number, "per 100,000", a citation in brackets ending in its year (APMS 2014), a
   digit inside a word (S1, h5py), or anything inside
   `backticks`, a fenced code block or $maths$.

The interval level mhsim uses unless told otherwise (95%) counts as a setting.

Any other number is a figure in prose that no code backs - the kind that goes stale when
the model is recalibrated (a notebook once said "about three months" where its own run
gave 9 days). Print it from the results instead (an f-string sentence in a code cell),
or say it in words ("most", "a fraction of", "longer"). Numbers written as words
("three months") are not read: write what the code computes in digits, next to it.

The test reads the notebooks executed once for the session (``executed_notebooks``).
"""

from __future__ import annotations

import inspect
import io
import math
import re
import tokenize

import pytest

import mhsim
from executed_notebooks import NOTEBOOKS

PATHS = sorted(NOTEBOOKS.glob("*.ipynb"))
DEFAULTS = {inspect.signature(mhsim.Comparison.differences).parameters["level"].default}
NEARBY = 3  # code cells before and after a markdown cell whose outputs back its numbers
ABOUT = 0.05  # a number within 5% of a printed one is the same claim, rounded

# What is not prose: code, maths, links' addresses, labels and list numbers.
NOT_PROSE = [
    re.compile(r"```.*?```", re.DOTALL),  # fenced code
    re.compile(r"`[^`]*`"),  # inline code
    re.compile(r"\$\$.*?\$\$|\$[^$]*\$", re.DOTALL),  # maths
    re.compile(r"\]\([^)]*\)"),  # a link's address
    re.compile(r"<[^>]+>"),  # HTML tags
    re.compile(r"\b(?:steps?|sections?|questions?)\s+\d+(?:\s*(?:,|and|or|to)\s*\d+)*", re.IGNORECASE),
    re.compile(r"\bper\s+[\d,]+\b"),  # a unit: per 100,000 people
    re.compile(r"\([^()]*\b(?:19|20)\d\d\)"),  # a citation: (APMS 2014)
    re.compile(r"^\s*(?:#+\s*)?\d+[.)]\s", re.MULTILINE),  # a numbered list item or heading
]
# A number: thousands separated by commas, a decimal part, a percent sign; not part of a word.
NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s?%)?(?![\w]|\.\d)")
# Numbers in printed output: also scientific notation and minus signs.
PRINTED = re.compile(r"[-\N{MINUS SIGN}]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?")


def prose_numbers(markdown: str) -> list[tuple[str, float, int, bool]]:
    """(as written, value, decimals, percent) of each number the prose of a markdown cell states."""
    for pattern in NOT_PROSE:
        markdown = pattern.sub(" ", markdown)
    found = []
    for match in NUMBER.finditer(markdown):
        whole, fraction, percent = match.groups()
        value = float(whole.replace(",", "") + (fraction or ""))
        found.append((match.group(0).strip(), value, len(fraction) - 1 if fraction else 0, bool(percent)))
    return found


def code_numbers(source: str) -> set[float]:
    """The numeric literals of a code cell (its settings)."""
    numbers = set()
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError):
        return numbers
    for token in tokens:
        if token.type == tokenize.NUMBER and not token.string.endswith(("j", "J")):
            numbers.add(float(token.string.replace("_", "")))
    return numbers


def printed_numbers(cell) -> list[float]:
    """Every number in a code cell's printed output and its results' plain text."""
    texts = []
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream":
            texts.append(output.get("text", ""))
        else:
            texts.append(output.get("data", {}).get("text/plain", ""))
    numbers = []
    for text in texts:
        for match in PRINTED.finditer("".join(text)):
            numbers.append(float(match.group(0).replace(",", "").replace("\N{MINUS SIGN}", "-")))
    return numbers


def _backed(value: float, decimals: int, percent: bool, settings: set[float], printed: list[float]) -> bool:
    candidates = [value / 100, value] if percent else [value]
    if any(c in settings for c in candidates):
        return True
    for candidate in candidates:
        unit = 10.0**-decimals * (0.01 if percent and candidate != value else 1)
        tolerance = max(0.5 * unit, ABOUT * abs(candidate))
        if any(math.isclose(p, candidate, abs_tol=tolerance) for p in printed):
            return True
    return False


def unbacked_numbers(notebook) -> list[str]:
    """Each number in a markdown cell that neither a setting nor a nearby output backs."""
    cells = notebook.cells
    code = [i for i, cell in enumerate(cells) if cell.cell_type == "code"]
    settings = DEFAULTS.union(*(code_numbers(cells[i].source) for i in code))
    problems = []
    for index, cell in enumerate(cells):
        if cell.cell_type != "markdown":
            continue
        before = [i for i in code if i < index][-NEARBY:]
        after = [i for i in code if i > index][:NEARBY]
        printed = [n for i in before + after for n in printed_numbers(cells[i])]
        for written, value, decimals, percent in prose_numbers(cell.source):
            if not _backed(value, decimals, percent, settings, printed):
                text = cell.source.replace("\n", " ")
                context = re.search(rf".{{0,50}}{re.escape(written)}.{{0,30}}", text)
                problems.append(f"cell {index}: {written!r} in '{context.group(0) if context else written}'")
    return problems


def test_prose_numbers_are_read_as_intended():
    text = (
        "About 16% of 50,000 people (`fte_per_100k = 22`, per 100,000) in step 1 and 2 of section 3;\n"
        "1. a list item\n## 2. A heading\nS1 is 0.8 (Saltelli 2002), ST $n \\cdot (d + 2)$ and 1.5 years."
    )
    assert [(w, v, d, p) for w, v, d, p in prose_numbers(text)] == [
        ("16%", 16.0, 0, True),
        ("50,000", 50000.0, 0, False),
        ("0.8", 0.8, 1, False),
        ("1.5", 1.5, 1, False),
    ]
    assert code_numbers("SIZE = 50_000\nrun(n=10, level=0.95)  # 7 in a comment") == {50000.0, 10.0, 0.95}
    settings = {50000.0, 0.95}
    assert _backed(50000, 0, False, settings, [])
    assert _backed(95, 0, True, settings, [])  # "95%" is the setting 0.95
    assert _backed(16, 0, True, set(), [0.1589])  # "16%" of a printed share
    assert _backed(9, 0, False, set(), [9.4])
    assert not _backed(90, 0, False, set(), [9.4, 0.9])  # "about three months" against 9 days
    assert _backed(2.78, 2, False, set(), [2.776])


@pytest.mark.parametrize("path", PATHS, ids=[path.stem for path in PATHS])
def test_every_number_in_the_prose_is_printed_by_the_code(path, executed_notebooks):
    run = executed_notebooks[path.name]
    if run.failure is not None:
        pytest.skip("the notebook failed; test_notebook_runs_without_errors_or_warnings says where")
    problems = unbacked_numbers(run.notebook)
    assert not problems, (
        f"{path.name}: numbers in the prose that no code cell sets or prints nearby "
        "(print them from the results, or say them in words):\n  " + "\n  ".join(problems)
    )
