"""The reduced stepped-care model's parameters, read from model.toml by all three tools.

Times are in days. The burn-in and the horizon are whole weeks of 7 days, a year 365.25 days,
as in mhsim (sim/core/attributes.hpp), so every tool counts the same stretch of time.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

MODEL_TOML = Path(__file__).resolve().with_name("model.toml")
DAYS_PER_YEAR = 365.25
DAYS_PER_WEEK = 7.0
STEPS = (1, 2)
# The happenings counted as events by every tool: one change of a person's state each.
EVENT_KINDS = ("onsets", "remissions", "help_seeking", "service_starts", "course_ends")


def whole_weeks_days(years: float) -> float:
    return round(years * DAYS_PER_YEAR / DAYS_PER_WEEK) * DAYS_PER_WEEK


@dataclass(frozen=True)
class Model:
    size: int
    initial_ill_share: float
    burn_in_years: float
    horizon_years: float
    onset_rate_per_year: float
    remission_rate_per_year: float
    help_seeking_rate_per_year: float
    servers_per_100k: tuple[int, int]
    mean_course_weeks: tuple[float, float]
    step_up_probability: float

    @property
    def burn_in_days(self) -> float:
        return whole_weeks_days(self.burn_in_years)

    @property
    def end_days(self) -> float:
        return self.burn_in_days + whole_weeks_days(self.horizon_years)

    @property
    def onset_per_day(self) -> float:
        return self.onset_rate_per_year / DAYS_PER_YEAR

    @property
    def remission_per_day(self) -> float:
        return self.remission_rate_per_year / DAYS_PER_YEAR

    @property
    def help_seeking_per_day(self) -> float:
        return self.help_seeking_rate_per_year / DAYS_PER_YEAR

    def mean_course_days(self, step: int) -> float:
        return self.mean_course_weeks[step - 1] * DAYS_PER_WEEK

    def leaving_per_day(self, step: int) -> float:
        """The rate at which a place at a step frees: the course ends or the person remits."""
        return 1.0 / self.mean_course_days(step) + self.remission_per_day

    def servers(self, step: int) -> int:
        """Step 1 or 2's servers for this population (at least one)."""
        return max(1, round(self.servers_per_100k[step - 1] * self.size / 100_000))

    def initially_ill(self) -> int:
        return round(self.initial_ill_share * self.size)


def load(size: int | None = None, path: Path = MODEL_TOML) -> Model:
    with path.open("rb") as file:
        raw = tomllib.load(file)
    illness = raw["illness"]
    people = int(size if size is not None else raw["population"]["size"])
    if people < 1:
        raise ValueError(f"the reduced model needs at least one person, got size {people}")
    return Model(
        size=people,
        initial_ill_share=raw["population"]["initial_ill_share"],
        burn_in_years=raw["time"]["burn_in_years"],
        horizon_years=raw["time"]["horizon_years"],
        onset_rate_per_year=illness["onset_rate_per_year"],
        remission_rate_per_year=illness["remission_rate_per_year"],
        help_seeking_rate_per_year=illness["help_seeking_rate_per_year"],
        servers_per_100k=(raw["step1"]["servers_per_100k"], raw["step2"]["servers_per_100k"]),
        mean_course_weeks=(raw["step1"]["mean_course_weeks"], raw["step2"]["mean_course_weeks"]),
        step_up_probability=raw["stepping"]["step_up_probability"],
    )
