"""Where the report goes: checked before any work is done, and written atomically (a
temporary file in the same folder, then renamed), so a failure leaves nothing half-written."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class ReportPathError(OSError):
    """The report cannot be written where asked; the message names the path and why."""

    def __str__(self) -> str:
        return str(self.args[0])


def check_report_path(path: str | os.PathLike) -> Path:
    """The report's path, absolute, if a file can be written there; raises
    ReportPathError (an OSError) naming the path otherwise. Cheap: call it before
    running simulations."""
    target = Path(os.fspath(path)).expanduser().absolute()
    folder = target.parent
    if target.is_dir():
        raise ReportPathError(f"cannot write the report to {target}: it is a folder")
    if not folder.is_dir():
        raise ReportPathError(f"cannot write the report to {target}: the folder {folder} does not exist")
    if target.exists() and not os.access(target, os.W_OK):
        raise ReportPathError(f"cannot write the report to {target}: the file is not writable")
    # os.access can be wrong (root, network file systems): try a real file in the folder.
    try:
        handle, probe = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".check", dir=folder)
    except OSError as error:
        reason = error.strerror or str(error)
        raise ReportPathError(f"cannot write the report to {target}: {reason} in {folder}") from error
    os.close(handle)
    os.unlink(probe)
    return target
