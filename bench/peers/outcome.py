"""What one run of any tool reports: its event counts over the horizon, the waits of the
people who started each step in it, and its time. Shared by the three tools' runners."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from reduced_model import EVENT_KINDS


@dataclass
class Outcome:
    tool: str
    size: int
    seed: int
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(EVENT_KINDS, 0))
    joined: list[int] = field(
        default_factory=lambda: [0, 0]
    )  # arrivals at steps 1 and 2 (a list, or a place)
    started: list[int] = field(default_factory=lambda: [0, 0])  # treatment starts at steps 1 and 2
    wait_days_sum: list[float] = field(default_factory=lambda: [0.0, 0.0])  # their waits
    wall_s: float = 0.0
    cpu_s: float = 0.0
    peak_rss_mib: float = 0.0  # the process's, set by peer.py after the run

    @property
    def events(self) -> int:
        return sum(self.counts.values())

    def mean_wait_days(self, step: int) -> float:
        started = self.started[step - 1]
        return self.wait_days_sum[step - 1] / started if started else 0.0

    def to_dict(self) -> dict:
        return {
            **asdict(self),
            "events": self.events,
            "mean_wait_days": [self.mean_wait_days(1), self.mean_wait_days(2)],
        }
