"""Many engine runs in one process, on threads: the engine releases the GIL,
so n threads run n simulations at once and share the loaded scenarios."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from typing import TypeVar

from tqdm.auto import tqdm

T = TypeVar("T")


def default_threads() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def run_in_threads(
    jobs: Sequence[Callable[[], T]],
    threads: int | None = None,
    progress: bool = True,
    description: str = "runs",
) -> list[T]:
    """Calls every job (each one or more engine runs) on ``threads`` threads and returns
    what they return, in the order of ``jobs``."""
    threads = threads or default_threads()
    if threads < 1:
        raise ValueError(f"threads must be at least 1, got {threads}")
    results: list = [None] * len(jobs)
    with ThreadPoolExecutor(max_workers=min(threads, len(jobs))) as pool:
        futures = {pool.submit(job): i for i, job in enumerate(jobs)}
        with tqdm(total=len(jobs), desc=description, unit="job", disable=not progress) as bar:
            for future in as_completed(futures):
                results[futures[future]] = future.result()
                bar.update()
    return results
