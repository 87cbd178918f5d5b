"""The local process pool a sweep runs on when it is given no executor.

Two things a plain ``ProcessPoolExecutor`` gets wrong for a sweep started from a script or a
notebook, handled here:

- Workers re-import the caller's main module, so a script without an
  ``if __name__ == "__main__":`` guard re-runs itself in every worker (and a script read
  from standard input cannot start one). The workers need only ``mhsim``, so they are
  started without the main module.
- Each worker would import mhsim (with numpy, pandas, xarray and scipy: over a second of
  CPU) before its first point, again for every sweep. The fork server that starts the
  workers imports mhsim once, and every worker is a fork of it, with mhsim loaded.
- Workers outlive a driver killed outright (by the out-of-memory killer, or a crashed
  Jupyter kernel): each holds its queue open, so none ever sees the driver go. Each
  watches the driver and ends itself when it is gone.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from .threads import default_threads

DRIVER_CHECK_SECONDS = 1.0


def _driver_is_gone(driver_pid: int) -> bool:
    try:
        os.kill(driver_pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # alive, owned by someone else (a reused pid is not ours to wait on)
        return True
    stat = Path(f"/proc/{driver_pid}/stat")
    try:  # killed but not yet reaped by its parent: a zombie is gone too
        return stat.read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except (OSError, IndexError):
        return False


def _end_with_driver(driver_pid: int) -> None:
    """Worker initializer: a daemon thread that ends this worker once the driver is gone."""

    def watch() -> None:
        while not _driver_is_gone(driver_pid):
            time.sleep(DRIVER_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="mhsim-driver-watch", daemon=True).start()


class LocalPool(ProcessPoolExecutor):
    """``ProcessPoolExecutor`` on forkserver (workers start from a clean process, not a fork
    of one holding threads) whose workers never import the caller's main module and end
    with the driver."""

    def __init__(self, workers: int | None = None):
        context = multiprocessing.get_context("forkserver")
        # Takes effect when the fork server starts (at the first pool), and keeps for its lifetime.
        context.set_forkserver_preload(["mhsim"])
        super().__init__(
            max_workers=workers or default_threads(),
            mp_context=context,
            initializer=_end_with_driver,
            initargs=(os.getpid(),),
        )

    def submit(self, fn, /, *args, **kwargs):
        # Workers start on demand inside submit: that is when they must not see the main module.
        with _main_module_hidden():
            return super().submit(fn, *args, **kwargs)


@contextmanager
def _main_module_hidden() -> Iterator[None]:
    """multiprocessing tells a new worker to import the main module when it has a file or a
    module spec; without either, the worker starts with none."""
    main = sys.modules["__main__"]
    saved_file = main.__dict__.pop("__file__", None)
    saved_spec = getattr(main, "__spec__", None)
    main.__spec__ = None
    try:
        yield
    finally:
        main.__spec__ = saved_spec
        if saved_file is not None:
            main.__file__ = saved_file
