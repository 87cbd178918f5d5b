"""mhsim side by side with SimPy and Ciw on one reduced stepped-care model (README.md).

    .venv/bin/python bench/peers/compare.py [--size N] [--replications R] [--json PATH]

1. Agreement: R seeds of each tool at --agreement-size people; the mean wait at each step and
   the people who started each step, with 95% intervals over the seeds, and each peer's
   difference from mhsim with its interval (Welch).
2. Speed: one run of each tool on the same population and horizon, --size people (mhsim and
   SimPy) and --ciw-size people (all three: Ciw scans every person at each event, so a run at
   --size would take hours). Wall and CPU seconds, events (onsets, remissions, help-seeking,
   service starts and course ends in the counted horizon, the same for every tool) per second,
   and mhsim's ratio to each peer at the same size.

Run with the package's Python. Every run is a process of its own (peer.py): mhsim with this
Python, the peers with bench/peers/.venv's, which setup.sh makes on first use. Figures from a
busy machine say little: measure on an idle one.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import subprocess
import sys
from pathlib import Path

from scipy import stats

from mhsim.validation import queueing

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import reduced_model as model  # noqa: E402
from outcome import Outcome  # noqa: E402

PEERS = ("simpy", "ciw")
TOOLS = ("mhsim", *PEERS)
PEER_PYTHON = HERE / ".venv" / "bin" / "python"
FIGURE_NAMES = (
    "mean_wait_days_step1",
    "erlang_a_wait_days_step1",
    "mean_wait_days_step2",
    "erlang_a_wait_days_step2",
    "started_step1",
    "started_step2",
    "events",
)


def figures(outcome: Outcome, reduced: model.Model) -> dict[str, float]:
    """One run's figures, with each step's Erlang A wait at the run's own arrivals: the queueing
    theory each tool should agree with (an M/M/c queue whose waiting people remit)."""
    days = reduced.end_days - reduced.burn_in_days
    values = {
        "started_step1": outcome.started[0],
        "started_step2": outcome.started[1],
        "events": outcome.events,
    }
    for step in model.STEPS:
        values[f"mean_wait_days_step{step}"] = outcome.mean_wait_days(step)
        values[f"erlang_a_wait_days_step{step}"] = queueing.erlang_a_mean_wait_days(
            outcome.joined[step - 1] / days,
            reduced.leaving_per_day(step),
            reduced.servers(step),
            reduced.remission_per_day,
        )
    return {name: float(values[name]) for name in FIGURE_NAMES}


def ensure_peer_environment() -> None:
    check = [str(PEER_PYTHON), "-c", "import simpy, ciw"]
    if PEER_PYTHON.exists() and subprocess.run(check, capture_output=True).returncode == 0:
        return
    print("Installing SimPy and Ciw into bench/peers/.venv ...", file=sys.stderr, flush=True)
    subprocess.run(["sh", str(HERE / "setup.sh")], check=True)


def outcome_from(line: str) -> Outcome:
    raw = json.loads(line)
    fields = ("tool", "size", "seed", "counts", "joined", "started", "wait_days_sum", "wall_s", "cpu_s")
    outcome = Outcome(**{name: raw[name] for name in fields})
    outcome.peak_rss_mib = raw["peak_rss_mib"]
    return outcome


def run_tool(tool: str, size: int, seeds: list[int]) -> list[Outcome]:
    """Each tool in a process of its own, so its timing and peak memory are its own: mhsim with
    this Python, the peers with their environment's."""
    python = sys.executable if tool == "mhsim" else str(PEER_PYTHON)
    command = [python, str(HERE / "peer.py"), tool, "--size", str(size), "--seeds", *map(str, seeds)]
    completed = subprocess.run(command, capture_output=True, text=True)
    if completed.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{completed.stderr}")
    return [outcome_from(line) for line in completed.stdout.splitlines() if line.strip()]


def interval(values: list[float]) -> dict:
    """The mean over the seeds with a 95% t interval."""
    mean = statistics.fmean(values)
    if len(values) < 2:
        return {"mean": mean, "low": mean, "high": mean, "sem": math.nan}
    sem = statistics.stdev(values) / math.sqrt(len(values))
    half = stats.t.ppf(0.975, len(values) - 1) * sem
    return {"mean": mean, "low": mean - half, "high": mean + half, "sem": sem}


def difference(peer: list[float], reference: list[float]) -> dict:
    """The peer's mean minus mhsim's, with a Welch 95% interval: they agree when it holds 0."""
    a, b = interval(peer), interval(reference)
    diff = a["mean"] - b["mean"]
    se = math.hypot(a["sem"], b["sem"])
    va, vb = a["sem"] ** 2, b["sem"] ** 2
    dof = (va + vb) ** 2 / (va**2 / (len(peer) - 1) + vb**2 / (len(reference) - 1)) if va + vb > 0 else 1.0
    half = stats.t.ppf(0.975, dof) * se
    return {
        "difference": diff,
        "low": diff - half,
        "high": diff + half,
        "agrees": bool(diff - half <= 0 <= diff + half),
    }


def agreement(size: int, replications: int) -> dict:
    seeds = list(range(1, replications + 1))
    reduced = model.load(size)
    runs = {tool: [figures(o, reduced) for o in run_tool(tool, size, seeds)] for tool in TOOLS}
    values = {tool: {name: [f[name] for f in runs[tool]] for name in FIGURE_NAMES} for tool in TOOLS}
    return {
        "size": size,
        "replications": replications,
        "servers": [reduced.servers(1), reduced.servers(2)],
        "tools": {tool: {name: interval(v) for name, v in values[tool].items()} for tool in TOOLS},
        "differences_from_mhsim": {
            peer: {name: difference(values[peer][name], values["mhsim"][name]) for name in FIGURE_NAMES}
            for peer in PEERS
        },
    }


def speed(size: int, tools: tuple[str, ...]) -> dict:
    timed = {tool: run_tool(tool, size, [1])[0] for tool in tools}
    result = {
        "size": size,
        "tools": {
            tool: {
                "wall_s": o.wall_s,
                "cpu_s": o.cpu_s,
                "events": o.events,
                "events_per_s": o.events / o.wall_s,
                "events_per_cpu_s": o.events / o.cpu_s,
                "peak_rss_mib": o.peak_rss_mib,
            }
            for tool, o in timed.items()
        },
    }
    result["ratios"] = {
        f"mhsim_over_{peer}": {
            "wall": result["tools"]["mhsim"]["events_per_s"] / result["tools"][peer]["events_per_s"],
            "cpu": result["tools"]["mhsim"]["events_per_cpu_s"] / result["tools"][peer]["events_per_cpu_s"],
        }
        for peer in tools
        if peer != "mhsim"
    }
    return result


def summary(agreed: dict, timings: list[dict]) -> tuple[dict, dict]:
    """Per tool: its largest timed run, with the agreement figures; and mhsim's ratio to each
    peer at the largest size both were timed at."""
    tools, ratios = {}, {}
    for timing in timings:  # ascending sizes: the last one a tool ran in wins
        for tool, figures in timing["tools"].items():
            tools[tool] = {"size": timing["size"], **figures, **agreed["tools"][tool]}
        ratios.update({name: {"size": timing["size"], **r} for name, r in timing["ratios"].items()})
    return tools, ratios


def table(report: dict) -> str:
    agreed = report["agreement"]
    lines = [
        f"Agreement: {agreed['replications']} seeds at {agreed['size']:,} people "
        f"(servers {agreed['servers'][0]} and {agreed['servers'][1]}); mean [95% interval]",
        f"{'figure':22}" + "".join(f"{tool:>28}" for tool in TOOLS),
    ]
    for name in FIGURE_NAMES:
        cells = []
        for tool in TOOLS:
            i = agreed["tools"][tool][name]
            mark = "" if tool == "mhsim" or agreed["differences_from_mhsim"][tool][name]["agrees"] else " *"
            cells.append(f"{i['mean']:.4g} [{i['low']:.4g}, {i['high']:.4g}]{mark}".rjust(28))
        lines.append(f"{name:22}" + "".join(cells))
    lines.append("  * the peer's difference from mhsim excludes 0 at 95%")
    lines.append("")
    lines.append(
        f"{'speed':8}{'people':>10}{'wall s':>10}{'cpu s':>10}{'events':>12}{'events/s':>12}{'peak MiB':>10}"
        f"{'mhsim x':>10}"
    )
    for timing in report["timing"]:
        for tool, t in timing["tools"].items():
            ratio = timing["ratios"].get(f"mhsim_over_{tool}", {}).get("wall")
            ratio_text = "" if ratio is None else f"{ratio:.1f}"
            lines.append(
                f"{tool:8}{timing['size']:>10,}{t['wall_s']:>10.2f}{t['cpu_s']:>10.2f}{t['events']:>12,}"
                f"{t['events_per_s']:>12,.0f}{t['peak_rss_mib']:>10,.0f}{ratio_text:>10}"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--size",
        type=int,
        nargs="+",
        default=[model.load().size, 1_000_000],
        help="people in each mhsim and SimPy timing run (the ratio is the largest's)",
    )
    parser.add_argument("--replications", type=int, default=10, help="seeds per tool for the agreement check")
    parser.add_argument("--agreement-size", type=int, default=2000, help="people in each agreement run")
    parser.add_argument("--ciw-size", type=int, default=5000, help="people in the timing run with Ciw")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()
    ensure_peer_environment()
    agreed = agreement(args.agreement_size, args.replications)
    timings = [speed(args.ciw_size, TOOLS)]
    timings += [speed(size, ("mhsim", "simpy")) for size in args.size if size != args.ciw_size]
    timings.sort(key=lambda t: t["size"])
    tools, ratios = summary(agreed, timings)
    loaded = model.load()
    report = {
        "model": {
            **{k: v for k, v in vars(loaded).items() if k != "size"},
            "model_toml": str(model.MODEL_TOML.name),
        },
        "agreement": agreed,
        "timing": timings,
        "tools": tools,
        "ratios": ratios,
    }
    print(table(report))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
