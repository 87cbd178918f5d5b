"""What a timeline and learning-system rules cost: the baseline at 100,000 people, plain;
with 20 timeline changes of the psychologists' staffing (one each quarter, alternating 12
and 11 per 100,000); with 4 rules reviewed every quarter (a stock, a flow, a crisis outcome
and a quarterly wait percentile; conditions that never hold, so the runs stay comparable);
and with both. Seed 1, five runs of each, interleaved, in CPU seconds. Issue 16 asks for at most 10% more
time.

    .venv/bin/python bench/timeline_speed.py
"""

from __future__ import annotations

import time

import mhsim

STAFF = "workforce.psychologist.fte_per_100k"
SIZE = {"population.size": 100000}
FIGURES = (
    "waiting.high_intensity",
    "calls_abandoned",
    "crisis_outcomes.unresolved",
    "wait_p90_started_weeks.high_intensity",
)


def main() -> None:
    baseline = mhsim.scenario_library() / "baseline.toml"
    timeline = "".join(
        f'[[timeline]]\nquarter = {q}\nset = {{ "{STAFF}" = {11.0 + q % 2} }}\n' for q in range(1, 21)
    )
    rules = "".join(
        f'[[rule]]\nname = "r{i}"\nwhen = "{figure} < -1"\nthen = "raise {STAFF} by 5%"\nat_most = 3\n'
        for i, figure in enumerate(FIGURES)
    )

    def scenario(entries: str) -> mhsim.Scenario:
        text = f'extends = "{baseline}"\nname = "timed"\n' + entries
        return mhsim.Scenario.from_toml(text, "timed.toml").with_overrides(SIZE)

    arms = {
        "plain": mhsim.Scenario.load(baseline).with_overrides(SIZE),
        "timed": scenario(timeline),
        "ruled": scenario(rules),
        "timed+ruled": scenario(timeline + rules),
    }
    seconds: dict[str, list[float]] = {name: [] for name in arms}
    for _ in range(5):
        for name, arm in arms.items():
            start = time.process_time()  # CPU time: steadier than wall time on a shared machine
            mhsim.run(arm, seed=1)
            seconds[name].append(time.process_time() - start)
    for name, values in seconds.items():
        print(f"{name}: " + ", ".join(f"{v:.2f} s" for v in values))
    fastest = {name: min(values) for name, values in seconds.items()}
    for name in ("timed", "ruled", "timed+ruled"):
        print(f"{name} / plain (fastest of each): {fastest[name] / fastest['plain']:.3f}")


if __name__ == "__main__":
    main()
