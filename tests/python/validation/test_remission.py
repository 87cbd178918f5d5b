"""The Kaplan-Meier estimate behind the untreated remission targets (Spijker et al. 2002)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from mhsim.validation.remission import kaplan_meier_recovered, untreated_episode_spells


def test_kaplan_meier_on_a_known_case():
    # Four spells: remissions at 1 and 3, censored at 2 and 4: S(1) = 3/4, S(3) = 3/4 * 1/2.
    recovered = kaplan_meier_recovered(np.array([1.0, 2, 3, 4]), np.array([1, 0, 1, 0]), [1.5, 3.5])
    assert recovered == pytest.approx([0.25, 1 - 0.375])


def test_spells_end_in_remission_or_are_censored():
    journeys = pd.DataFrame(
        {
            "day": [-5.0, 10, 40, 50, 70, 100, 120],
            "person": [1, 1, 1, 2, 2, 3, 3],
            "event": [
                "cmd_onset_mild",  # before the burn-in ended: not counted
                "cmd_onset_severe",
                "cmd_remission",  # a 30-day spell that ended in remission
                "cmd_onset_moderate",
                "treatment_start",  # a 20-day spell censored by treatment
                "death",  # no spell open: nothing
                "cmd_onset_mild",  # open at the end (day 200): censored after 80 days
            ],
        }
    )
    durations, remitted = untreated_episode_spells(journeys, end_day=200.0)
    assert sorted(zip(durations.tolist(), remitted.tolist(), strict=True)) == [(20, 0), (30, 1), (80, 0)]
