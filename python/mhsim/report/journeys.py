"""Sampled people's journeys under the baseline and a reform, told as timelines. A person's
draws are keyed by their id, so the same id is the same person, with the same luck, in both
runs of a seed: where their journeys part, the reform made the difference."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import pandas as pd

from ..compare import Comparison

EVENT_WORDS = {
    "entered_population": "turns 10 and enters the population",
    "aged_into_next_band": "moves into the next age band",
    "cmd_onset_mild": "a mild episode of depression or anxiety begins",
    "cmd_onset_moderate": "a moderate episode of depression or anxiety begins",
    "cmd_onset_severe": "a severe episode of depression or anxiety begins",
    "cmd_remission": "the episode ends (remission)",
    "cmd_worsening": "the untreated episode worsens",
    "cmd_improvement": "improves during treatment",
    "smi_onset": "a severe mental illness begins",
    "smi_relapse": "an acute relapse of severe mental illness",
    "smi_recovery": "recovers from the acute episode",
    "death": "dies",
    "suicide": "dies by suicide",
    "help_seeking_contact": "seeks help",
    "screened_positive": "screens positive",
    "front_door_contact": "is assessed at the front door",
    "care_entry": "enters care",
    "referral_lost": "the referral is lost",
    "joined_waiting_list": "joins a waiting list",
    "treatment_start": "starts treatment",
    "treatment_completion": "completes the course of treatment",
    "treatment_dropout": "drops out of treatment",
    "waiting_dropout": "leaves the waiting list",
    "misrouted": "is found to be on the wrong step and sent on",
    "rescored": "is re-scored on the care registry",
    "stepped_up": "is stepped up to more intensive care",
    "stepped_down": "is stepped down",
    "responded": "responds to treatment",
    "crisis": "has a mental health crisis",
    "call_answered": "the crisis line answers",
    "mobile_team_sent": "a mobile crisis team is sent",
    "police_attended": "the police attend",
    "receiving_centre_arrival": "arrives at a crisis receiving centre",
    "short_term_bed_arrival": "goes to a short-term crisis bed",
    "ed_arrival": "arrives at the emergency department",
    "admitted": "is admitted to a psychiatric bed",
    "jailed": "is taken to jail",
    "call_abandoned": "hangs up before the crisis line answers",
    "ed_boarding_started": "waits in the emergency department for a bed",
    "crisis_episode_ended": "the crisis episode ends",
    "follow_up_linked": "is linked to community care after the crisis",
    "housing_worsened": "housing worsens",
    "housing_improved": "housing improves",
    "job_lost": "loses their job",
    "job_found": "finds a job",
    "tenancy_started": "moves into a Housing First home",
    "tenancy_ended": "the Housing First tenancy ends",
    "peer_support_started": "starts peer support",
    "employment_support_started": "starts employment support (IPS)",
    "assertive_community_treatment_started": "starts assertive community treatment",
    "peer_support_ended": "peer support ends",
    "employment_support_ended": "employment support ends",
    "assertive_community_treatment_ended": "assertive community treatment ends",
    "pregnancy_began": "becomes pregnant",
    "birth": "gives birth",
    "postnatal_year_ended": "the year after the birth ends",
    "perinatal_team_started": "starts care with the perinatal mental health team",
    "perinatal_team_ended": "perinatal mental health team care ends",
    "early_intervention_psychosis_started": "starts early intervention in psychosis",
    "community_mental_health_team_started": "joins a community mental health team's caseload",
    "early_intervention_psychosis_ended": "early intervention in psychosis ends",
    "community_mental_health_team_ended": "leaves the community mental health team's caseload",
    "referred_to_early_intervention": "is referred to early intervention in psychosis",
}
MAX_EVENTS = 30  # a longer log is hard to read as a story
JOURNEYS = 3


@dataclass
class Step:
    day: float
    words: str
    differs: bool  # not in the other scenario's journey at the same day


@dataclass
class Journey:
    person: int
    reform: str
    seed: int
    baseline: list[Step]
    reformed: list[Step]
    differences: int
    earlier: int = 0  # events before the ones shown (a long journey is shown from its parting)


def _events(log: pd.DataFrame, person: int) -> list[tuple[float, str]]:
    rows = log[(log["person"] == person) & (log["day"] >= 0)]
    return [(round(float(d), 1), str(e)) for d, e in zip(rows["day"], rows["event"], strict=True)]


def _steps(own: list[tuple[float, str]], other: list[tuple[float, str]]) -> list[Step]:
    others = set(other)
    return [Step(day, EVENT_WORDS.get(event, event.replace("_", " ")), (day, event) not in others)
            for day, event in own]  # fmt: skip


def _from_parting(a: list, b: list) -> tuple[list, list, int]:
    """A journey too long to read whole, shown from a few events before the two part."""
    if max(len(a), len(b)) <= MAX_EVENTS:
        return a, b, 0
    parting = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    start = max(0, parting - 3)
    return a[start : start + MAX_EVENTS], b[start : start + MAX_EVENTS], start


def _score(a: list[tuple[float, str]], b: list[tuple[float, str]]) -> tuple[int, int]:
    """How far two journeys part: first the events one has and the other has not at all (a
    response instead of a drop-out), then the events at other times (a shorter wait)."""
    kinds = Counter(e for _, e in a)
    kinds.subtract(Counter(e for _, e in b))
    return sum(abs(v) for v in kinds.values()), len(set(a) ^ set(b))


def pick_journeys(comparison: Comparison, count: int = JOURNEYS) -> list[Journey]:
    """Up to ``count`` people of the first replication whose journeys in the reported period
    differ most, the ones short enough to read whole first: different people under different
    reforms where the sample allows."""
    seed = comparison.baseline.seeds[0]
    base_log = comparison.baseline.runs[0].journeys()
    candidates = []
    for reform, runs in comparison.reforms.items():
        reform_log = runs.runs[0].journeys()
        for person in sorted(set(base_log["person"]) & set(reform_log["person"])):
            a, b = _events(base_log, person), _events(reform_log, person)
            score = _score(a, b)
            if score[1]:
                long = max(len(a), len(b)) > MAX_EVENTS
                candidates.append(((long, -score[0], -score[1]), reform, int(person), a, b))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    chosen: list[Journey] = []
    for strict in (True, False):
        for score, reform, person, a, b in candidates:
            if len(chosen) == count:
                break
            if any(j.person == person and (strict or j.reform == reform) for j in chosen):
                continue
            if strict and reform in {j.reform for j in chosen}:
                continue
            shown_a, shown_b, earlier = _from_parting(a, b)
            steps = _steps(shown_a, b), _steps(shown_b, a)
            chosen.append(Journey(person, reform, seed, *steps, differences=-score[2], earlier=earlier))
    return chosen
