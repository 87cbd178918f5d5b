"""What a timeline costs: the baseline at 100,000 people, plain and with 20 changes of the
psychologists' staffing (one each quarter, alternating 12 and 11 per 100,000), seed 1,
three runs of each, interleaved. Issue 16 asks for at most 10% more time.

    .venv/bin/python bench/timeline_speed.py
"""

from __future__ import annotations

import time

import mhsim

STAFF = "workforce.psychologist.fte_per_100k"
SIZE = {"population.size": 100000}


def main() -> None:
    baseline = mhsim.scenario_library() / "baseline.toml"
    entries = "".join(
        f'[[timeline]]\nquarter = {q}\nset = {{ "{STAFF}" = {11.0 + q % 2} }}\n' for q in range(1, 21)
    )
    text = f'extends = "{baseline}"\nname = "timed"\n' + entries
    timed = mhsim.Scenario.from_toml(text, "timed.toml").with_overrides(SIZE)
    plain = mhsim.Scenario.load(baseline).with_overrides(SIZE)
    seconds: dict[str, list[float]] = {"plain": [], "timed": []}
    for _ in range(3):
        for name, scenario in (("plain", plain), ("timed", timed)):
            start = time.perf_counter()
            mhsim.run(scenario, seed=1)
            seconds[name].append(time.perf_counter() - start)
    for name, values in seconds.items():
        print(f"{name}: " + ", ".join(f"{v:.2f} s" for v in values))
    print(f"timed / plain (fastest of each): {min(seconds['timed']) / min(seconds['plain']):.2f}")


if __name__ == "__main__":
    main()
