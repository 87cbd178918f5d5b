"""The local pool a sweep uses by default, as a script writer meets it: a script without a
main guard, a script read from standard input, and a driver killed outright."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

from conftest import SCENARIOS

SCRIPT = """
import mhsim, pandas as pd
scenario = mhsim.Scenario.load({baseline!r}).with_overrides(
    {{"population.size": {size}, "simulation.horizon_years": {years}, "simulation.burn_in_years": 0.0}}
)
points = pd.DataFrame({{"access.stigma_factor": {stigma}}})
result = mhsim.sweep(scenario, points, progress=False, store={store!r})
print("computed", result.computed, "failed", len(result.failures))
"""


def _script(tmp_path: Path, size=2000, years=1.0, points=2) -> str:
    stigma = [round(0.5 + 0.4 * i / max(points - 1, 1), 3) for i in range(points)]
    store = str(tmp_path / "store")
    return SCRIPT.format(
        baseline=str(SCENARIOS / "baseline.toml"), size=size, years=years, stigma=stigma, store=store
    )


def test_a_script_without_a_main_guard_sweeps_on_the_local_pool(tmp_path):
    script = tmp_path / "sweep_script.py"
    script.write_text(_script(tmp_path))
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "computed 2 failed 0" in done.stdout


def test_a_script_from_standard_input_sweeps_on_the_local_pool(tmp_path):
    done = subprocess.run(
        [sys.executable, "-"],
        input=_script(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "computed 2 failed 0" in done.stdout


def _processes_marked(mark: str) -> list[int]:
    """Live (not zombie) processes whose environment carries ``mark``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if mark.encode() in (entry / "environ").read_bytes():
                state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
                if state != "Z":
                    found.append(int(entry.name))
        except OSError:
            continue
    return found


def test_workers_end_when_the_driver_is_killed_outright(tmp_path):
    mark = f"MHSIM_POOL_TEST={uuid.uuid4().hex}"
    script = tmp_path / "long_sweep.py"
    script.write_text(_script(tmp_path, size=200000, years=20.0, points=4))  # minutes of work a point
    env = {**os.environ, mark.split("=")[0]: mark.split("=")[1]}
    driver = subprocess.Popen([sys.executable, str(script)], env=env, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while (
            len(_processes_marked(mark)) < 3 and time.monotonic() < deadline
        ):  # driver, forkserver, a worker
            time.sleep(0.5)
        started = _processes_marked(mark)
        assert len(started) >= 3 and driver.pid in started
        driver.send_signal(signal.SIGKILL)
        driver.wait()
        deadline = time.monotonic() + 30
        while _processes_marked(mark) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert _processes_marked(mark) == [], "pool workers outlived their killed driver"
        assert (
            not (tmp_path / "store" / "points").exists() or len(list((tmp_path / "store").rglob("*.nc"))) < 4
        )
    finally:
        for pid in _processes_marked(mark):
            os.kill(pid, signal.SIGKILL)
