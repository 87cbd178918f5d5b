"""Files written whole or not at all."""

from __future__ import annotations

import glob
import os
import re
import uuid
from collections.abc import Callable
from pathlib import Path


def replace_atomically(path: str | os.PathLike, write: Callable[[Path], None]) -> None:
    """Calls ``write(temporary)`` for a temporary file beside ``path``, then renames it to
    ``path``: a reader (or a run stopped at any moment) sees the old file or the new one,
    never half of one. The temporary name keeps the extension, for writers that read it.
    Temporaries of ``path`` left by processes killed while writing are removed first."""
    path = Path(path)
    remove_orphaned_temporaries(path)
    temporary = path.with_name(f".{path.stem}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}{path.suffix}")
    try:
        write(temporary)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def remove_orphaned_temporaries(path: Path) -> None:
    """Removes the temporaries of ``path`` whose writing process no longer runs."""
    pattern = re.compile(rf"\.{re.escape(path.stem)}\.tmp-(\d+)-[0-9a-f]{{8}}{re.escape(path.suffix)}")
    if not path.parent.is_dir():
        return
    for candidate in path.parent.glob(f".{glob.escape(path.stem)}.tmp-*"):
        found = pattern.fullmatch(candidate.name)
        if found and not _process_runs(int(found.group(1))):
            candidate.unlink(missing_ok=True)


def _process_runs(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process: not ours to judge
    return True
