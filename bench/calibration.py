"""Calibration of the baseline against published targets (docs/model.md, "Natural history").

    .venv/bin/python bench/calibration.py [--size 200000] [--seed 1]

Prints model vs target for: the untreated remission curve (Spijker et al. 2002),
common mental disorder point prevalence (APMS 2014), severity split (NCS-R),
the share of people with a common mental disorder in treatment (APMS 2014), the
perinatal targets (births, perinatal prevalence); for justice after arrest, links
to care with release planning (Jarrett et al. 2012) and deaths in the 2 weeks after
release (Binswanger et al. 2007); and, from the early intervention reform, first
episodes of psychosis (Kirkbride et al. 2012) and early intervention starts within
two weeks of referral (NICE 2016); the share of people with a chronic physical
illness who have a common mental disorder (Naylor et al. 2012); and, for young people,
the share of pupils with a disorder in contact with services (MHCYP 2017) and young
people's treated share relative to everyone's (ABS 2007).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

import mhsim

ROOT = Path(__file__).resolve().parents[1]
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


def justice_rows(size: int, seed: int) -> list[tuple[str, float, float, str, float]]:
    """Release planning for everyone released, no court diversion, the 14-day window after
    release open, and police who arrest at half their crisis attendances (so that a run
    sees enough releases)."""
    scenario = mhsim.Scenario.load(ROOT / "scenarios" / "baseline.toml").with_overrides(
        {
            "population.size": size,
            "police.arrest_share": 0.5,
            "release.planning_share": 1.0,
            "release.risk_window_days": 14.0,
        }
    )
    summary = mhsim.run(scenario, seed=seed).summary()
    return [
        (
            "release linked to care, planned",
            summary["release_linked_share"],
            0.53,
            "Jarrett et al. 2012",
            0.05,
        ),
        (
            "deaths in 2 weeks per 1,000 releases",
            summary["deaths_after_release_per_1000_releases"],
            0.99,
            "Binswanger et al. 2007 (2,589 per 100,000 person-years)",
            0.5,
        ),
    ]


def perinatal_rows(summary) -> list[tuple]:
    """Births and perinatal prevalence (docs/model.md, "Perinatal"). The model's disorder is
    depression and anxiety together; Woody et al.'s figure is depression alone."""
    return [
        (
            "births per 1,000 people 15+ a year",
            summary["births_per_1000_per_year"],
            13.4,
            "ONS 2019: ~11 per 1,000 of all ages, 82% aged 15+",
            1.5,
        ),
        (
            "perinatal CMD prevalence",
            summary["perinatal_cmd_prevalence"],
            0.119,
            "Woody et al. 2017 (depression 11.9%)",
            0.03,
        ),
    ]


def early_intervention_rows(size: int, seed: int) -> list[tuple[str, float, float, str, float]]:
    """First episodes and early intervention's access standard, from the reform that
    funds it (docs/model.md, "Severe illness in the community")."""
    scenario = mhsim.Scenario.load(
        ROOT / "scenarios" / "reforms" / "early_intervention_psychosis.toml"
    ).with_overrides({"population.size": size})
    summary = mhsim.run(scenario, seed=seed).summary()
    return [
        (
            "first episodes per 100,000 person-years",
            summary["first_episode_cases_per_100k_per_year"],
            30.0,
            "Kirkbride et al. 2012 (ages 16-64; the model's ages 15+)",
            10.0,
        ),
        (
            "EIP starts within 2 weeks of referral",
            summary["early_intervention_within_2_weeks_share"],
            0.60,
            "NICE 2016 access standard (at least 60%)",
            0.10,
        ),
    ]


def physical_health_rows(summary: pd.Series) -> list[tuple]:
    """Mental illness beside physical illness (docs/model.md, "Care beside physical health").
    The baseline has no HIV, so its people with a physical illness are those with an NCD."""
    return [
        (
            "CMD share among people with NCD",
            summary["cmd_share_among_physical_illness"],
            0.30,
            "Naylor et al. 2012 (King's Fund: about 30%)",
            0.07,
        ),
    ]


def young_people_rows(summary: pd.Series) -> list[tuple]:
    """People aged 10-17 and CAMHS (docs/model.md, "Young people"). The model's disorder is
    depression and anxiety: MHCYP's emotional disorders (about 8% at 11-16, 15% at 17-19)."""
    return [
        ("CMD prevalence, adults 18+", summary["adult_cmd_prevalence"], 0.16, "APMS 2014 (15-17%)", 0.02),
        (
            "CMD prevalence, ages 10-17",
            summary["young_people_cmd_prevalence"],
            0.10,
            "MHCYP 2017 (emotional disorders, 11-16 and 17-19)",
            0.03,
        ),
        (
            "CAMHS wait to treatment, weeks",
            summary["camhs_wait_mean_weeks"],
            8.0,
            "EPI 2020 (median about 2 months)",
            4.0,
        ),
    ]


def youth_rows(summary: pd.Series) -> list[tuple]:
    """Young people (docs/model.md, "School and the youth pathway"), by age in years. The model's
    figure is the share in treatment at a time; MHCYP's is contact with services over a year, so
    the model is expected below it."""
    return [
        (
            "pupils (under 18) with a CMD in treatment",
            summary["pupil_treated_share"],
            0.25,
            "MHCYP 2017 (about a quarter of 5-19s with a disorder in contact with services in a year)",
            0.10,
        ),
        (
            "treated share 12-24 / everyone's",
            summary["young_treated_share"] / summary["cmd_in_treatment_share"],
            0.56,
            "ABS 2007 (service use 23% of 16-24s with a disorder, 41% of 45-54s)",
            0.15,
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    scenario = mhsim.Scenario.load(ROOT / "scenarios" / "baseline.toml").with_overrides(
        {"population.size": args.size, "recording.journey_sample_share": min(1.0, 50_000 / args.size)}
    )
    results = mhsim.run(scenario, seed=args.seed)
    summary = results.summary()
    end_day = float(results.to_xarray()["week"].values[-1]) + 7.0
    durations, remitted = untreated_episode_spells(results.journeys(), end_day)
    months = [3, 6, 12, 24]
    recovered = kaplan_meier_recovered(durations, remitted, [m * DAYS_PER_MONTH for m in months])

    rows = [
        (f"untreated recovered by {m} months", model, target, "Spijker et al. 2002", 0.05)
        for m, model, target in zip(months, recovered, [0.50, 0.63, 0.76, 0.80], strict=True)
    ]
    rows += [
        ("CMD point prevalence", summary["cmd_prevalence"], 0.16, "APMS 2014 (15-17%)", 0.02),
        ("CMD share mild", summary["cmd_share_mild"], 0.40, "NCS-R", 0.05),
        ("CMD share moderate", summary["cmd_share_moderate"], 0.37, "NCS-R", 0.05),
        ("CMD share severe", summary["cmd_share_severe"], 0.22, "NCS-R", 0.05),
        ("CMD share in treatment", summary["cmd_in_treatment_share"], 0.37, "APMS 2014", 0.05),
        ("SMI prevalence", summary["smi_prevalence"], 0.015, "1-2% psychosis and bipolar", 0.005),
        ("suicides per 100,000 a year", summary["suicides_per_100k_per_year"], 10.0, "ONS (about 10)", 3.0),
    ]
    rows += justice_rows(args.size, args.seed)
    rows += perinatal_rows(summary)
    rows += early_intervention_rows(args.size, args.seed)
    rows += physical_health_rows(summary)
    rows += young_people_rows(summary)
    rows += youth_rows(summary)
    table = pd.DataFrame(rows, columns=["figure", "model", "target", "source", "tolerance"])
    table["within"] = (table["model"] - table["target"]).abs() <= table["tolerance"]
    print(f"baseline, {args.size:,} people, seed {args.seed}; {len(durations):,} untreated spells observed\n")
    print(table.to_string(index=False, float_format=lambda v: f"{v:.3f}"))


if __name__ == "__main__":
    main()
