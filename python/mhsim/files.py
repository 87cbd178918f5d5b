"""Files written whole or not at all."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path


def replace_atomically(path: str | os.PathLike, write: Callable[[Path], None]) -> None:
    """Calls ``write(temporary)`` for a temporary file beside ``path``, then renames it to
    ``path``: a reader (or a run stopped at any moment) sees the old file or the new one,
    never half of one. The temporary name keeps the extension, for writers that read it."""
    path = Path(path)
    temporary = path.with_name(f".{path.stem}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}{path.suffix}")
    try:
        write(temporary)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
