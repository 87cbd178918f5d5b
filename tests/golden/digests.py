"""Golden digests: the results of every scenario file, pinned across builds.

For the baseline, every reform and every variant, seeds 1 and 2, a plain run and a
run forked from a burn-in (the baseline's burn-in where the scenario differs from it
in policy only, else the scenario's own), at 20,000 people over 2 years (or the
whole years that hold a scenario's timeline, where it runs later) with journeys on,
this records a SHA-256 (first 16 hex digits) of each weekly table (name, dimensions
and values), each summary figure, the summary by group (one digest), the journeys, the result
dimensions and the order and units of the tables and figures over the four runs,
and the number of events each run processed. The `costs` table carries the
capacity costs of every week. One JSON file per scenario, one line per table or
figure, so a diff names what changed.

    .venv/bin/python tests/golden/digests.py          # check, as the test does
    .venv/bin/python tests/golden/digests.py --update # rewrite after a meant change

A commit that changes a digest says in its message which results change and why.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import struct
import sys
import tomllib
from pathlib import Path

import numpy as np

from mhsim import _core

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = ROOT / "scenarios"
GOLDEN = Path(__file__).resolve().parent
OVERRIDES = [
    "population.size=20000",
    "simulation.horizon_years=2.0",
    "recording.journey_sample_share=0.05",
]
SEEDS = (1, 2)


def overrides_for(path: Path) -> list[str]:
    """OVERRIDES, with a horizon long enough for the scenario's last timeline change:
    a change outside the horizon is refused, as it should be."""
    sized = [o for o in OVERRIDES if not o.startswith("simulation.horizon_years")]
    resolved = tomllib.loads(_core.load_scenario_file(str(path), sized).resolved_toml)
    last_week = max((entry["week"] for entry in resolved.get("timeline", [])), default=0)
    if last_week < 104:
        return OVERRIDES
    return [*sized, f"simulation.horizon_years={float(math.ceil(last_week / 52.0) + 1)}"]


def scenario_files() -> dict[str, Path]:
    """Every scenario file by a name made from its path: baseline, reforms.x, variants.y."""
    files = {"baseline": SCENARIOS / "baseline.toml"}
    for folder in ("reforms", "variants"):
        for path in sorted((SCENARIOS / folder).glob("*.toml")):
            files[f"{folder}.{path.stem}"] = path
    return files


def _sha(*parts: bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.hexdigest()[:16]


def _text(value: object) -> bytes:
    return json.dumps(value, sort_keys=True).encode()


def run_items(core: _core.Results) -> dict[str, bytes]:
    """The bytes of each item of one run, keyed by what they cover."""
    # The order of tables and figures, and their units, are part of the results too.
    items = {
        "dimensions": _text(core.dimensions),
        "table_order": _text([[name, core.table(name)["unit"]] for name in core.table_names]),
        "summary_order": _text([[name, unit] for name, _value, unit, _description in core.summary]),
    }
    for name in core.table_names:
        table = core.table(name)
        values = np.ascontiguousarray(table["values"], dtype="<f8")
        items[f"table.{name}"] = _text([table["dimensions"], values.shape]) + values.tobytes()
    for name, value, _unit, _description in core.summary:
        items[f"summary.{name}"] = struct.pack("<d", value)
    items["group_summary"] = b"".join(
        _text([figure, dimension, group, unit]) + struct.pack("<d", value)
        for figure, dimension, group, value, unit, _description in core.group_summary
    )
    log = core.journeys
    items["journeys"] = b"".join(
        [
            _text(log["event_labels"]),
            np.ascontiguousarray(log["day"], dtype="<f8").tobytes(),
            np.ascontiguousarray(log["person"], dtype="<u4").tobytes(),
            np.ascontiguousarray(log["event"], dtype="u1").tobytes(),
        ]
    )
    # The step of each event (issue 19): an item of its own, so the events' digest stays as it was.
    items["journeys.step"] = (
        _text(log["step_labels"]) + np.ascontiguousarray(log["step"], dtype="u1").tobytes()
    )
    return items


def compute(name: str, path: Path, baseline: _core.LoadedScenario, burn_ins: dict) -> dict[str, object]:
    """Every digest of one scenario file: plain and forked runs for each seed."""
    scenario = _core.load_scenario_file(str(path), overrides_for(path))
    digests: dict[str, object] = {}
    runs: list[dict[str, bytes]] = []
    for seed in SEEDS:
        statistics = _core.RunStatistics()
        runs.append(run_items(_core.run(scenario, seed, statistics=statistics)))
        digests[f"events_processed.seed_{seed}.plain"] = statistics.events_processed
        statistics = _core.RunStatistics()
        if ("baseline", seed) not in burn_ins:
            burn_ins["baseline", seed] = _core.run_burn_in(baseline, seed)
        try:
            forked = _core.run_from(burn_ins["baseline", seed], scenario, statistics=statistics)
            parent = "baseline"
        except ValueError:  # differs from the baseline beyond policy: its own burn-in
            forked = _core.run_from(_core.run_burn_in(scenario, seed), scenario, statistics=statistics)
            parent = name
        runs.append(run_items(forked))
        digests[f"events_processed.seed_{seed}.fork_from_{parent}"] = statistics.events_processed
    for item in sorted(set().union(*runs)):
        digests[item] = _sha(item.encode(), *(run.get(item, b"<missing>") for run in runs))
    return digests


def compute_all() -> dict[str, dict[str, object]]:
    baseline = _core.load_scenario_file(str(SCENARIOS / "baseline.toml"), OVERRIDES)
    burn_ins: dict = {}
    return {name: compute(name, path, baseline, burn_ins) for name, path in scenario_files().items()}


def golden_path(name: str) -> Path:
    return GOLDEN / f"{name}.json"


def stored(name: str) -> dict[str, object] | None:
    path = golden_path(name)
    return json.loads(path.read_text()) if path.exists() else None


def differences(name: str, actual: dict[str, object]) -> list[str]:
    """What differs from the stored digests, one line per item."""
    expected = stored(name)
    if expected is None:
        return [f"{name}: no stored digests ({golden_path(name).name})"]
    return [
        f"{name} {item}: stored {expected.get(item)}, now {actual.get(item)}"
        for item in sorted(set(expected) | set(actual))
        if expected.get(item) != actual.get(item)
    ]


def write(name: str, runs: dict[str, object]) -> None:
    golden_path(name).write_text(json.dumps(runs, indent=1, sort_keys=True) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--update", action="store_true", help="rewrite the stored digests")
    args = parser.parse_args()
    every = compute_all()
    if args.update:
        for stale in GOLDEN.glob("*.json"):
            if stale.stem not in every:
                stale.unlink()
        for name, runs in every.items():
            write(name, runs)
        print(f"wrote digests of {len(every)} scenarios to {GOLDEN}")
        return 0
    lines = [line for name, runs in every.items() for line in differences(name, runs)]
    print("\n".join(lines) if lines else f"all digests of {len(every)} scenarios unchanged")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
