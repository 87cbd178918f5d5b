"""Many engine runs in one process, on threads: the engine releases the GIL,
so n threads run n simulations at once and share the loaded scenarios."""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed

from tqdm.auto import tqdm

from . import _core
from .results import Results
from .scenario import Scenario


def default_threads() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def run_in_threads(
    jobs: Sequence[tuple[Scenario, int]], threads: int | None = None, progress: bool = True, description: str = "runs"
) -> list[Results]:
    """Runs each (scenario, seed) and returns the results in the order of ``jobs``."""
    threads = threads or default_threads()
    if threads < 1:
        raise ValueError(f"threads must be at least 1, got {threads}")
    results: list[Results | None] = [None] * len(jobs)
    with ThreadPoolExecutor(max_workers=min(threads, len(jobs))) as pool:
        futures = {pool.submit(_core.run, scenario._loaded, seed): i for i, (scenario, seed) in enumerate(jobs)}
        with tqdm(total=len(jobs), desc=description, unit="run", disable=not progress) as bar:
            for future in as_completed(futures):
                results[futures[future]] = Results(future.result())
                bar.update()
    return results  # type: ignore[return-value]
