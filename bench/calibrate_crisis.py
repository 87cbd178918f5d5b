"""Calibration of the crisis system to its references (docs/model.md, "Crises").

    .venv/bin/python bench/calibrate_crisis.py [--size 1000000] [--seeds 1]

Prints model vs reference for:
- the Crisis Now routing (Arizona 2014 system, Crisis Now calculator assumptions) in
  scenarios/reforms/crisis_health_first.toml: of in-person episodes, 32% first cared
  for by a mobile team, 54% by a receiving centre and 14% by the ED; onward 30%
  mobile team -> receiving centre, 35% receiving centre -> short-term bed, 25%
  short-term bed -> inpatient (Crisis Now also assumes every ED visit is admitted: the
  model keeps the ED's admission share, shown for contrast);
- Scott (2000) in the police-first baseline: of episodes first met by a mobile team,
  55% end without an ED visit or admission; by the police, 28%;
- Little's law in each run's own output: mean beds occupied against admissions per day
  x mean length of stay;
- the post-discharge suicide rate over the 90-day window (Chung et al. 2017: 484 per
  100,000 person-years in the first 3 months) and 30-day readmission (about 10% in
  England; a known gap, see docs/model.md).

Figures are summary figures averaged over the seeds. Reference crisis capacity is set
per 100,000 people and rounded to whole servers, so use 1,000,000 people (the default)
for figures near the reference; 100,000 runs in a tenth of the time.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

import mhsim

ROOT = Path(__file__).resolve().parents[1]


def mean_summary(scenario: mhsim.Scenario, seeds: int) -> dict[str, float]:
    runs = [mhsim.run(scenario, seed=seed).summary() for seed in range(1, seeds + 1)]
    return {name: float(np.mean([run[name] for run in runs])) for name in runs[0].index}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--seeds", type=int, default=1)
    args = parser.parse_args()
    size = {"population.size": args.size}
    baseline = mean_summary(
        mhsim.Scenario.load(ROOT / "scenarios" / "baseline.toml").with_overrides(size), args.seeds
    )
    health_first = mean_summary(
        mhsim.Scenario.load(ROOT / "scenarios" / "reforms" / "crisis_health_first.toml").with_overrides(size),
        args.seeds,
    )

    rows = [
        (
            "Crisis Now (health-first)",
            "first care: mobile team",
            health_first["first_care_share_mobile_team"],
            0.32,
        ),
        (
            "Crisis Now (health-first)",
            "first care: receiving centre",
            health_first["first_care_share_receiving_centre"],
            0.54,
        ),
        ("Crisis Now (health-first)", "first care: ED", health_first["first_care_share_ed"], 0.14),
        (
            "Crisis Now (health-first)",
            "mobile team -> receiving centre",
            health_first["onward_share_mobile_team_to_receiving_centre"],
            0.30,
        ),
        (
            "Crisis Now (health-first)",
            "receiving centre -> short-term bed",
            health_first["onward_share_receiving_centre_to_short_term_bed"],
            0.35,
        ),
        (
            "Crisis Now (health-first)",
            "short-term bed -> inpatient",
            health_first["onward_share_short_term_bed_to_inpatient"],
            0.25,
        ),
        (
            "Crisis Now (health-first)",
            "ED -> inpatient (not calibrated)",
            health_first["onward_share_ed_to_inpatient"],
            1.00,
        ),
        (
            "Scott 2000 (baseline)",
            "mobile team: without hospital",
            baseline["hospital_free_share_mobile_team"],
            0.55,
        ),
        ("Scott 2000 (baseline)", "police: without hospital", baseline["hospital_free_share_police"], 0.28),
        (
            "Chung 2017 (baseline)",
            "suicides per 100k person-years after discharge",
            baseline["suicide_rate_after_discharge_per_100k_person_years"],
            484.0,
        ),
        (
            "NHS England (baseline)",
            "30-day readmission (known gap)",
            baseline["readmission_30_day_share"],
            0.10,
        ),
    ]
    for name, summary in [("baseline", baseline), ("health-first", health_first)]:
        rows.append(
            (
                f"Little's law ({name})",
                "beds occupied (reference: admissions/day x stay)",
                summary["inpatient_beds_occupied_mean"],
                summary["littles_law_beds_occupied"],
            )
        )

    print(f"{args.seeds} run(s) of {args.size:,} people per scenario, {mhsim.__version__}")
    print(f"{'reference':28s} {'figure':50s} {'model':>9s} {'target':>9s}")
    for source, figure, model, target in rows:
        print(f"{source:28s} {figure:50s} {model:9.3f} {target:9.3f}")
    print()
    print(f"{'headline':44s} {'baseline':>10s} {'health-first':>13s}")
    for figure in [
        "police_contacts_per_100k_per_year",
        "arrests_per_100k_per_year",
        "ed_visits_per_100k_per_year",
        "ed_boarding_mean_hours",
        "admissions_per_100k_per_year",
        "inpatient_bed_occupancy",
        "resolved_without_admission_share",
        "mobile_response_mean_hours",
        "mobile_response_p90_hours",
        "follow_up_7_day_share",
    ]:
        print(f"{figure:44s} {baseline[figure]:10.3f} {health_first[figure]:13.3f}")


if __name__ == "__main__":
    main()
