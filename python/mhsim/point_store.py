"""The on-disk store of a sweep: one HDF5 file per finished point, an index and a log.

A point file is written under a temporary name and renamed when complete, so
a sweep killed at any moment leaves only whole files; the next call with the
same arguments finds them and recomputes none. The key of a point hashes the
resolved scenario, the point's overrides and the seeds, so a changed scenario
or seed never reuses a stale file. ``index.json`` lists the points and the
failures of the last call, written when it starts and when it ends;
``finished.jsonl`` gets one line as each point finishes (appended, so a point
costs the same however many came before). Both are for people and tools; the
point files are the truth.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

import h5py
import numpy as np

from . import _core
from .files import replace_atomically

INDEX = "index.json"
FINISHED_LOG = "finished.jsonl"


def point_key(scenario_toml: str, overrides: dict, seeds: list[int]) -> str:
    text = json.dumps({"scenario": scenario_toml, "overrides": overrides, "seeds": seeds}, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:24]


class PointStore:
    def __init__(self, directory: str | os.PathLike):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)

    def path(self, key: str) -> Path:
        return self.directory / f"point-{key}.h5"

    def load(self, key: str) -> dict | None:
        """A finished point, or None if it is not (readably) there."""
        path = self.path(key)
        if not path.exists():
            return None
        try:
            with h5py.File(path, "r") as f:
                return {
                    "values": f["values"][()],
                    "figures": [s.decode() for s in f["figures"][()]],
                    "units": [s.decode() for s in f["units"][()]],
                }
        except (OSError, KeyError):
            return None  # unreadable: computed again and replaced

    def save(self, key: str, overrides: dict, seeds: list[int], outcome: dict) -> None:
        def write(temporary: Path) -> None:
            with h5py.File(temporary, "w") as f:
                f["values"] = outcome["values"]
                f["values"].attrs["dims"] = "replication, figure"
                f["figures"] = np.array(outcome["figures"], dtype=h5py.string_dtype())
                f["units"] = np.array(outcome["units"], dtype=h5py.string_dtype())
                f["seeds"] = np.asarray(seeds, dtype=np.uint64)
                f.attrs["key"] = key
                f.attrs["overrides_json"] = json.dumps(overrides, sort_keys=True)
                f.attrs["scenario_toml"] = outcome["scenario_toml"]
                f.attrs["mhsim_version"] = _core.__version__
                f.attrs["git_revision"] = _core.git_revision

        replace_atomically(self.path(key), write)

    def write_index(self, description: dict, points: dict, failures: list[dict]) -> None:
        index = {"sweep": description, "points": points, "failures": failures}

        def write(temporary: Path) -> None:
            temporary.write_text(json.dumps(index, indent=1, sort_keys=True, default=str))

        replace_atomically(self.directory / INDEX, write)

    def note_finished(self, key: str, overrides: dict, error: str | None = None) -> None:
        """Appends one line for a finished point: done (with its file) or failed (with the error).
        One write of one whole line, so a sweep killed meanwhile leaves at most a last line cut short."""
        line = {"key": key, "parameters": overrides, "time": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
        line |= (
            {"status": "done", "file": self.path(key).name}
            if error is None
            else {"status": "failed", "error": error}
        )
        data = (json.dumps(line, sort_keys=True, default=str) + "\n").encode()
        descriptor = os.open(self.directory / FINISHED_LOG, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(descriptor, data)
        finally:
            os.close(descriptor)
