"""The untreated remission curve (Spijker et al. 2002) from the journeys of sampled people:
Kaplan-Meier over untreated episodes, censored at treatment, death or the end of the run."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .measured import Measured

DAYS_PER_MONTH = 365.25 / 12
ONSETS = {"cmd_onset_mild", "cmd_onset_moderate", "cmd_onset_severe"}
# Events that end an untreated spell without a remission: it is censored there.
CENSORING = {"treatment_start", "death", "suicide"}


def untreated_episode_spells(journeys: pd.DataFrame, end_day: float) -> tuple[np.ndarray, np.ndarray]:
    """Durations (days) of episodes that began after the burn-in, and whether each ended in
    remission (1) or was censored (0) by treatment, death or the end of the run."""
    durations, remitted = [], []
    for _, events in journeys[journeys["day"] >= 0].groupby("person", sort=False):
        onset_day = None
        for day, event in zip(events["day"].to_numpy(), events["event"].astype(str).to_numpy(), strict=True):
            if event in ONSETS:
                onset_day = day
            elif onset_day is not None and event == "cmd_remission":
                durations.append(day - onset_day)
                remitted.append(1)
                onset_day = None
            elif onset_day is not None and event in CENSORING:
                durations.append(day - onset_day)
                remitted.append(0)
                onset_day = None
        if onset_day is not None:
            durations.append(end_day - onset_day)
            remitted.append(0)
    return np.asarray(durations), np.asarray(remitted)


def kaplan_meier_recovered(durations: np.ndarray, remitted: np.ndarray, at_days: list[float]) -> list[float]:
    """Share recovered (1 - survival) at each time, Kaplan-Meier with right censoring."""
    order = np.argsort(durations, kind="stable")
    durations, remitted = durations[order], remitted[order]
    at_risk = len(durations) - np.arange(len(durations))
    survival = np.cumprod(1.0 - remitted / at_risk)
    return [1.0 - (survival[durations <= t][-1] if (durations <= t).any() else 1.0) for t in at_days]


def untreated_recovered_share(measured: Measured, months: float) -> float:
    """Share of untreated episodes recovered ``months`` after onset, over the spells of every run."""
    durations, remitted = measured.memo("untreated_spells", lambda: _pooled_spells(measured))
    return kaplan_meier_recovered(durations, remitted, [months * DAYS_PER_MONTH])[0]


def _pooled_spells(measured: Measured) -> tuple[np.ndarray, np.ndarray]:
    spells = [_run_spells(measured.single(i)) for i in range(len(measured.replications))]
    return np.concatenate([d for d, _ in spells]), np.concatenate([r for _, r in spells])


def _run_spells(one_run: Measured) -> tuple[np.ndarray, np.ndarray]:
    """One run's spells, kept: its own estimate (for the spread over runs) reuses them."""
    return one_run.memo("run_spells", lambda: untreated_episode_spells(*one_run.journeys()[0]))
