"""`make bench`: one table of speed, memory and size, written to bench/results.json.

Rows: the baseline (one thread, after its 3-year burn-in) at each of --sizes people over
--years, and at --long-size people over --long-years (cost should be linear in people and in
years); the reduced stepped-care model in each tool of bench/peers (read from --peers, the JSON
that bench/peers/compare.py writes; "n/a" when it is absent); replications on 1 and 2 threads;
a sweep against a plain loop of the same runs.

    .venv/bin/python bench/bench.py [--sizes 1000000 3000000 10000000] [--peers bench/peers/results.json]

Figures from a machine shared with other work say little: measure on an idle one.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import engine_speed  # noqa: E402
import research_speed  # noqa: E402

PEERS = ("simpy", "ciw")
PEER_NAMES = {"mhsim": "mhsim", "simpy": "SimPy", "ciw": "Ciw"}
COLUMNS = (
    ("row", 34, "{}"),
    ("people", 11, "{:,}"),
    ("years", 6, "{:g}"),
    ("wall s", 9, "{:.2f}"),
    ("events/s", 12, "{:,.0f}"),
    ("peak MiB", 9, "{:.0f}"),
    ("B/person", 9, "{:.0f}"),
    ("file MB", 8, "{:.1f}"),
    *((f"x {PEER_NAMES[p]}", 8, "{:.1f}") for p in PEERS),
    ("note", 0, "{}"),
)
KEYS = ("row", "people", "years", "wall_s", "events_per_s", "peak_rss_mib", "bytes_per_person")
KEYS += ("results_file_mb", *(f"x_{p}" for p in PEERS), "note")


def engine_rows(sizes: list[int], years: float, long_size: int, long_years: float) -> list[dict]:
    runs = [engine_speed.measure(size, years) for size in sorted(sizes)]
    runs.append(engine_speed.measure(long_size, long_years))

    def per_person_year(run: dict) -> float:  # the burn-in's years are simulated too
        return run["wall_s"] / (run["people"] * (run["burn_in_years"] + run["years"]))

    for run in runs:
        # Over the smallest row's: 1.0 when cost is linear in people and in simulated years.
        run["cost_per_person_year_ratio"] = per_person_year(run) / per_person_year(runs[0])
        run["row"] = "baseline"
        run["note"] = (
            f"write {run['write_s']:.1f} s; per person-year {run['cost_per_person_year_ratio']:.2f}x"
        )
    return runs


def peer_rows(peers: dict | None) -> list[dict]:
    """One row per tool of bench/peers: the same reduced model, each tool's largest timed run."""
    if peers is None:
        return []
    rows = []
    for tool, timing in peers.get("tools", {}).items():
        row = {
            "row": f"reduced model: {PEER_NAMES.get(tool, tool)}",
            "people": timing.get("size"),
            "years": peers.get("model", {}).get("horizon_years"),
            "wall_s": timing.get("wall_s"),
            "events_per_s": timing.get("events_per_s"),
        }
        if tool == "mhsim":  # mhsim's own ratios, each at the size both tools ran
            for peer in PEERS:
                ratio = peers.get("ratios", {}).get(f"mhsim_over_{peer}", {})
                row[f"x_{peer}"] = ratio.get("wall")
        rows.append(row)
    return rows


def with_peer_ratios(rows: list[dict], peers: dict | None) -> None:
    """Each engine row's events per second over each peer's on the reduced model."""
    tools = (peers or {}).get("tools", {})
    for row in rows:
        for peer in PEERS:
            speed = tools.get(peer, {}).get("events_per_s")
            if f"x_{peer}" not in row and speed and row.get("events_per_s"):
                row[f"x_{peer}"] = row["events_per_s"] / speed


def research_rows(replications: dict, sweep: dict) -> list[dict]:
    rows = []
    for threads in (1, 2):
        t = replications[f"threads_{threads}"]
        note = f"{t['runs_per_minute']:.2f} runs a minute, CPU {t['cpu_s']:.1f} s"
        if threads == 2:
            note += f"; {replications['speedup']:.2f}x one thread (CPU {replications['cpu_ratio']:.2f}x)"
        rows.append(
            {
                "row": f"{replications['replications']} replications, {threads} thread{'s' * (threads > 1)}",
                "people": replications["people"],
                "years": replications["years"],
                "wall_s": t["wall_s"],
                "note": note,
            }
        )
    processes = replications["processes"]
    rows.append(
        {
            "row": "2 engine processes at once",
            "people": replications["people"],
            "years": replications["years"],
            "wall_s": processes["two_at_once_s"],
            "note": f"{processes['speedup']:.2f}x one process ({processes['one_s']:.2f} s): "
            "what 2 threads can reach",
        }
    )
    common = {"people": sweep["people"], "years": sweep["years"]}
    rows.append({"row": f"{sweep['points']} runs in a plain loop", **common, "wall_s": sweep["loop_s"]})
    rows.append(
        {
            "row": f"sweep of {sweep['points']} points, 1 worker",
            **common,
            "wall_s": sweep["one_worker_s"],
            "note": f"overhead over the loop {sweep['overhead']:+.1%} (CPU {sweep['cpu_overhead']:+.1%}); "
            f"driver {sweep['driver_cpu_ms_per_point']:.1f} ms CPU a point",
        }
    )
    rows.append(
        {
            "row": f"sweep of {sweep['points']} points, local pool",
            **common,
            "wall_s": sweep["default_pool_s"],
            "note": f"{sweep['default_pool_speedup']:.2f}x the loop",
        }
    )
    return rows


def table(rows: list[dict]) -> str:
    def cell(key: str, text: str, width: int) -> str:
        return f"{text:<{width}}" if key == "row" else f"{text:>{width}}" if width else f"  {text}"

    lines = ["".join(cell(key, title, width) for key, (title, width, _) in zip(KEYS, COLUMNS, strict=True))]
    for row in rows:
        cells = []
        for key, (_, width, form) in zip(KEYS, COLUMNS, strict=True):
            value = row.get(key)
            missing = "n/a" if key.startswith("x_") and "events_per_s" in row else ""
            cells.append(cell(key, missing if value is None else form.format(value), width))
        lines.append("".join(cells).rstrip())
    lines.append(
        "x SimPy, x Ciw: events per second over the peer's on the reduced stepped-care model "
        "(bench/peers; for its mhsim row, on the same model and size); n/a: no peer figures."
    )
    return "\n".join(lines)


def read_peers(path: Path | None) -> dict | None:
    if path is None or not path.exists():
        return None
    return json.loads(path.read_text())


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 3_000_000, 10_000_000])
    parser.add_argument("--years", type=float, default=10.0)
    parser.add_argument("--long-size", type=int, default=1_000_000)
    parser.add_argument("--long-years", type=float, default=20.0)
    parser.add_argument("--replication-size", type=int, default=1_000_000)
    parser.add_argument("--replications", type=int, default=4)
    parser.add_argument("--sweep-size", type=int, default=50_000)
    parser.add_argument("--sweep-points", type=int, default=100)
    parser.add_argument("--sweep-years", type=float, default=3.0)
    parser.add_argument("--peers", type=Path, help="the JSON of bench/peers/compare.py")
    parser.add_argument("--json", type=Path, default=HERE / "results.json")
    args = parser.parse_args(argv)

    import mhsim

    load_before = os.getloadavg()
    engine = engine_rows(args.sizes, args.years, args.long_size, args.long_years)
    replications = research_speed.replication_speed(args.replication_size, args.replications, args.years)
    sweep = research_speed.sweep_overhead(args.sweep_size, args.sweep_points, args.sweep_years)
    peers = read_peers(args.peers)
    rows = [*engine, *peer_rows(peers), *research_rows(replications, sweep)]
    with_peer_ratios(engine, peers)
    print(table(rows))
    report = {
        "measured_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "mhsim_version": mhsim.__version__,
        "git_revision": mhsim._core.git_revision,
        "platform": platform.platform(),
        "processor": platform.processor(),
        "cpus": os.cpu_count(),
        "load_average": {"before": load_before, "after": os.getloadavg()},
        "rows": [{key: row.get(key) for key in KEYS} for row in rows],
        "engine": engine,
        "replications": replications,
        "sweep": sweep,
        "peers": peers,
    }
    args.json.write_text(json.dumps(report, indent=2) + "\n")
    print(f"written to {args.json}")
    return report


if __name__ == "__main__":
    main()
