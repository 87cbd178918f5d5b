"""Mutation testing: plants each change of mutants.toml, one at a time, in a scratch copy of the
sources, rebuilds it incrementally and runs a fast part of the suite (the C++ tests, stopping at the
first failure, then a few named Python tests). A mutant is killed when a test fails, survives when all
pass; one that does not compile is counted apart. Prints a table and the kill rate, and writes them to
<scratch>/report.md.

    .venv/bin/python tests/mutants/run_mutants.py [--only NAME ...] [--source DIR] [--scratch DIR]

--source takes the sources and tests from another checkout (for example an older commit's git worktree,
to measure the kill rate of its tests); the scratch build (build/mutants by default) is kept between runs
so only the mutated file is recompiled.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
COPIED = ["CMakeLists.txt", "pyproject.toml", "cmake", "sim", "tests", "python", "scenarios"]
# Fast Python tests that read the engine's numbers (no notebooks, no browser, no long reform runs).
PYTHON_TESTS = ["tests/python/research/test_intervals_by_hand.py", "tests/python/api/test_api.py"]


@dataclass
class Tree:
    """Where mutants are planted and built: a scratch copy (default) or the checkout itself (--in-place)."""

    src: Path  # the sources that are mutated
    build: Path  # their CMake build tree
    work: Path  # the package for the Python tests, the report, the last build error


@dataclass
class Suite:
    """The tests a mutant must get past: C++ test files left out (doctest patterns) and Python test files."""

    cpp_exclude: str
    python_tests: list[str]


@dataclass
class Outcome:
    name: str
    component: str
    result: str  # killed, survived, compile_error
    killed_by: str
    seconds: float
    result_before: str = ""  # the same against --before-* (a smaller, older suite), when asked


def load_mutants(path: Path) -> list[dict]:
    mutants = tomllib.loads(path.read_text())["mutant"]
    for m in mutants:
        missing = {"name", "component", "represents", "file", "find", "replace"} - m.keys()
        if missing:
            raise SystemExit(f"{path}: mutant {m.get('name', '?')!r} lacks {', '.join(sorted(missing))}")
    return mutants


def _files(tree: Path) -> list[Path]:
    return [p for p in tree.rglob("*") if p.is_file() and "__pycache__" not in p.parts]


def sync(source: Path, scratch: Path) -> None:
    """Copies the sources into scratch/src, rewriting only the files that differ (builds stay incremental)."""
    for entry in COPIED:
        origin, target = source / entry, scratch / "src" / entry
        if origin.is_file():
            if not target.exists() or not filecmp.cmp(origin, target, shallow=False):
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(origin, target)
            continue
        wanted = {
            p.relative_to(origin) for p in origin.rglob("*") if p.is_file() and "__pycache__" not in p.parts
        }
        for relative in wanted:
            path, copy = origin / relative, target / relative
            if not copy.exists() or not filecmp.cmp(path, copy, shallow=False):
                copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, copy)
        # Files gone from the source (another checkout's tests) go from the copy too.
        for copy in _files(target):
            if copy.relative_to(target) not in wanted:
                copy.unlink()


def configure(tree: Tree) -> None:
    if (tree.build / "build.ninja").exists():
        return
    venv = Path(sys.prefix)
    pybind11_dir = subprocess.run(
        [sys.executable, "-m", "pybind11", "--cmakedir"], check=True, capture_output=True, text=True
    ).stdout.strip()
    subprocess.run(
        [
            str(venv / "bin" / "cmake"),
            "-S",
            str(tree.src),
            "-B",
            str(tree.build),
            "-G",
            "Ninja",
            f"-DCMAKE_MAKE_PROGRAM={venv / 'bin' / 'ninja'}",
            "-DCMAKE_BUILD_TYPE=Release",
            "-DMHSIM_BUILD_TESTS=ON",
            "-DMHSIM_BUILD_PYTHON=ON",
            f"-DPython_EXECUTABLE={sys.executable}",
            f"-Dpybind11_DIR={pybind11_dir}",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def build(tree: Tree, jobs: int) -> bool:
    done = subprocess.run(
        [str(Path(sys.prefix) / "bin" / "cmake"), "--build", str(tree.build), "-j", str(jobs)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        (tree.work / "last_build_error.log").write_text(done.stdout + done.stderr)
    return done.returncode == 0


def install_package(tree: Tree) -> Path:
    """The Python package with the mutated build's extension, for PYTHONPATH (it shadows the .venv's)."""
    package = tree.work / "package" / "mhsim"
    sync_tree(tree.src / "python" / "mhsim", package)
    sync_tree(tree.src / "scenarios", package / "scenarios")
    for extension in tree.build.glob("_core*.so"):
        shutil.copy2(extension, package / extension.name)
    return package.parent


def sync_tree(origin: Path, target: Path) -> None:
    shutil.copytree(origin, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__"))


def failing_cpp_test(tree: Tree, exclude: str) -> str | None:
    done = subprocess.run(
        [
            str(tree.build / "mhsim_tests"),
            "--abort-after=1",
            "--no-intro",
            f"--source-file-exclude={exclude}",
        ],
        capture_output=True,
        text=True,
        cwd=tree.src,
    )
    if done.returncode == 0:
        return None
    found = re.search(r"TEST CASE:\s+(.+)", done.stdout)
    return "C++: " + (found.group(1).strip() if found else f"exit {done.returncode}")


def failing_python_test(tree: Tree, package: Path, tests: list[str]) -> str | None:
    env = dict(os.environ, PYTHONPATH=str(package), PATH=f"{tree.build}{os.pathsep}{os.environ['PATH']}")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests],
        capture_output=True,
        text=True,
        cwd=tree.src,
        env=env,
    )
    if done.returncode == 0:
        return None
    found = re.search(r"^FAILED (\S+)", done.stdout, re.MULTILINE)
    return "Python: " + (found.group(1) if found else f"exit {done.returncode}")


def run_suite(tree: Tree, suite: Suite) -> str | None:
    """The first failing test, or None when all pass."""
    failure = failing_cpp_test(tree, suite.cpp_exclude)
    if failure is None and suite.python_tests:
        failure = failing_python_test(tree, install_package(tree), suite.python_tests)
    return failure


def try_mutant(mutant: dict, tree: Tree, jobs: int, suite: Suite, before: Suite | None) -> Outcome:
    """Plants, builds and tests one mutant; with `before`, a part of the suite is tried first (a mutant
    it kills, the whole suite kills too) to give the kill rate of that part from the same build."""
    start = time.monotonic()
    path = tree.src / mutant["file"]
    original = path.read_text()
    if original.count(mutant["find"]) != 1:
        raise SystemExit(
            f"mutant {mutant['name']!r}: its text occurs {original.count(mutant['find'])} times in "
            f"{mutant['file']}, not once; update tests/mutants/mutants.toml"
        )
    path.write_text(original.replace(mutant["find"], mutant["replace"]))
    result_before = ""
    try:
        if not build(tree, jobs):
            result, by = "compile_error", ""
        else:
            by = (run_suite(tree, before) if before else None) or ""
            if before:
                result_before = "killed" if by else "survived"
            by = by or run_suite(tree, suite) or ""
            result = "killed" if by else "survived"
    finally:
        path.write_text(original)
    if result == "compile_error" and before:
        result_before = result
    return Outcome(mutant["name"], mutant["component"], result, by, time.monotonic() - start, result_before)


def kill_rate(results: list[str]) -> str:
    killed, survived = results.count("killed"), results.count("survived")
    rate = f"{killed / (killed + survived):.0%}" if killed + survived else "n/a"
    return f"{killed}/{killed + survived} = {rate} ({results.count('compile_error')} did not compile)"


def report(outcomes: list[Outcome], total_seconds: float, with_before: bool) -> str:
    before_column = " before |" if with_before else ""
    lines = [
        f"| mutant | component |{before_column} result | killed by | seconds |",
        "|---|---|" + ("---|" if with_before else "") + "---|---|---|",
    ]
    for o in outcomes:
        before = f" {o.result_before} |" if with_before else ""
        lines.append(f"| {o.name} | {o.component} |{before} {o.result} | {o.killed_by} | {o.seconds:.0f} |")
    lines.append("")
    if with_before:
        lines.append(f"Kill rate before: {kill_rate([o.result_before for o in outcomes])}.")
    lines.append(
        f"Kill rate: {kill_rate([o.result for o in outcomes])}, {total_seconds / 60:.1f} minutes in all."
    )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--only", nargs="*", default=None, help="run only these mutants, by name")
    parser.add_argument(
        "--source", type=Path, default=ROOT, help="the checkout whose sources and tests to use"
    )
    parser.add_argument("--scratch", type=Path, default=ROOT / "build" / "mutants")
    parser.add_argument(
        "--in-place",
        action="store_true",
        help="plant the mutants in --source itself and build in its build/python (no second full build); "
        "each file is restored after its mutant, so do not edit the sources meanwhile",
    )
    parser.add_argument("--mutants", type=Path, default=HERE / "mutants.toml")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--python-tests", nargs="*", default=PYTHON_TESTS)
    parser.add_argument(
        "--cpp-exclude", default="", help="C++ test files to leave out, as doctest's --source-file-exclude"
    )
    parser.add_argument(
        "--before-cpp-exclude",
        default=None,
        help="also report the kill rate without these C++ test files (and with --before-python-tests)",
    )
    parser.add_argument("--before-python-tests", nargs="*", default=None)
    args = parser.parse_args()

    mutants = load_mutants(args.mutants)
    if args.only is not None:
        unknown = set(args.only) - {m["name"] for m in mutants}
        if unknown:
            raise SystemExit(f"no mutant named {', '.join(sorted(unknown))} in {args.mutants}")
        mutants = [m for m in mutants if m["name"] in args.only]
    # A termination runs the `finally` that restores a mutated file.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    start = time.monotonic()
    scratch = args.scratch.resolve()
    scratch.mkdir(parents=True, exist_ok=True)
    if args.in_place:
        source = args.source.resolve()
        tree = Tree(src=source, build=source / "build" / "python", work=scratch)
    else:
        sync(args.source.resolve(), scratch)
        tree = Tree(src=scratch / "src", build=scratch / "build", work=scratch)
        configure(tree)
    suite = Suite(args.cpp_exclude, [t for t in args.python_tests if (tree.src / t).exists()])
    before = None
    if args.before_cpp_exclude is not None or args.before_python_tests is not None:
        before_tests = suite.python_tests if args.before_python_tests is None else args.before_python_tests
        before = Suite(args.before_cpp_exclude or args.cpp_exclude, before_tests)
    print(f"Building the unmutated sources in {tree.build} and checking that the tests pass ...", flush=True)
    if not build(tree, args.jobs):
        raise SystemExit(f"the unmutated sources do not build: see {tree.work / 'last_build_error.log'}")
    failure = run_suite(tree, suite)
    if failure:
        raise SystemExit(f"the unmutated sources fail a test ({failure}): fix that before mutating")
    print(f"Unmutated: the tests pass ({time.monotonic() - start:.0f} s so far)", flush=True)
    outcomes = []
    for mutant in mutants:
        outcome = try_mutant(mutant, tree, args.jobs, suite, before)
        print(f"{outcome.name}: {outcome.result} {outcome.killed_by} ({outcome.seconds:.0f} s)", flush=True)
        outcomes.append(outcome)
    build(tree, args.jobs)  # leave the build unmutated
    text = report(outcomes, time.monotonic() - start, before is not None)
    (scratch / "report.md").write_text(text + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
