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
    pool = ThreadPoolExecutor(max_workers=min(threads, len(jobs)))
    try:
        futures = {pool.submit(job): i for i, job in enumerate(jobs)}
        with tqdm(total=len(jobs), desc=description, unit="job", disable=not progress) as bar:
            for future in as_completed(futures):
                results[futures[future]] = future.result()
                bar.update()
    except BaseException:
        # Interrupted (Ctrl-C) or a job failed: the jobs not yet started are cancelled. A
        # running engine run cannot be interrupted (it is C++, without the GIL), so this
        # waits for at most one run per thread to finish, and its result is dropped.
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    return results
