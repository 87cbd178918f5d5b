"""Calibration of the care pathways to published results (docs/model.md, "Care").

    .venv/bin/python bench/calibrate_pathways.py [--size 100000] [--seeds 2]

Prints model vs target for:
- the NHS Talking Therapies funnel 2021-22 (low- and high-intensity therapy together):
  of referrals, about 69% start treatment and about 37% finish a course; about 50% of
  those who finish having started at caseness (PHQ-9 10+) end below it (recovery);
  about 8 (7.9) sessions a finished course;
- NHS Talking Therapies' "finished a course of treatment" is a course that ended after at
  least two treatment sessions, however it ended (the model's `finished_courses`);
- IMPACT (Unutzer et al. 2002): response at 12 months (a score at most half the score at
  entry, assessed 12 months after entry) among older adults (65+) with depression
  treated in primary care, about 19% in usual care and 45% under collaborative care.
  Model: people aged 65+ triaged to medication management in
  scenarios/variants/impact_trial.toml (chronic episodes only, room in primary care for
  all, usual care's medication as the trial's usual care delivered it), without care
  managers and with a registry place for every one of them; response ever within the 12
  months is printed beside it for contrast;
- lay-delivered therapy in a low-income setting (Healthy Activity Program, Patel et al.
  2017: remission ratio 1.36; Friendship Bench, Chibanda et al. 2016): the 12-month
  response of people triaged to low-intensity therapy in scenarios/variants/low_income.toml
  with and without the lay counsellors of low_income_lay_counsellors.toml (whose effect
  ratio is calibrated to the HAP ratio), and with the baseline's lay effect for contrast;
- the treatment gap (Thornicroft et al. 2017): people with depression in a year treated
  minimally adequately, about 1 in 5 in high-income countries (22.4%) and 1 in 27 in low
  and lower-middle income ones (3.7%): `minimally_adequate_treatment_share` in the
  baseline and in scenarios/variants/low_income.toml.

Every figure is a ratio of totals over the reported weeks of all runs (responses and
entries counted in the same weeks: a steady-state estimate).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import xarray as xr

import mhsim

ROOT = Path(__file__).resolve().parents[1]
THERAPY = ["low_intensity", "high_intensity"]


def total(runs: list[xr.Dataset], name: str, **where) -> float:
    """A weekly table summed over weeks, runs and every dimension not fixed by ``where``."""
    return float(sum(run[name].sel(**where).sum() for run in runs))


def run_all(scenario: mhsim.Scenario, seeds: int) -> list[xr.Dataset]:
    """The weekly tables of each run, with its summary figures in the attribute ``summary``."""
    runs = []
    for seed in range(1, seeds + 1):
        results = mhsim.run(scenario, seed=seed)
        runs.append(results.to_xarray().assign_attrs(summary=results.summary()))
    return runs


def talking_therapies(runs: list[xr.Dataset]) -> list[tuple[str, float, float]]:
    therapy = {"service": THERAPY}
    referrals = total(runs, "referrals", **therapy) + total(runs, "referral_losses", **therapy)
    starts = total(runs, "treatment_starts", **therapy)
    finished = total(runs, "finished_courses", **therapy)
    recovered = total(runs, "recovered_from_caseness", **therapy)
    return [
        ("referrals starting treatment", starts / referrals, 0.69),
        ("referrals finishing a course", finished / referrals, 0.37),
        (
            "finishers recovered (from caseness)",
            recovered / total(runs, "finished_from_caseness", **therapy),
            0.50,
        ),
        ("sessions per finished course", total(runs, "finished_course_sessions", **therapy) / finished, 7.9),
    ]


def response_within_12_months(runs: list[xr.Dataset], service: str, **where) -> float:
    responses = total(runs, "responses_within_12_months", service=service, **where)
    return responses / total(runs, "triaged", service=service, **where)


def response_at_12_months(runs: list[xr.Dataset], service: str, **where) -> float:
    responding = total(runs, "responding_12_months_after_entry", service=service, **where)
    return responding / total(runs, "assessed_12_months_after_entry", service=service, **where)


def mean_figure(runs: list[xr.Dataset], figure: str) -> float:
    """A summary figure, the mean over the runs."""
    return float(np.mean([run.attrs["summary"][figure] for run in runs]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--seeds", type=int, default=2)
    args = parser.parse_args()
    size = {"population.size": args.size}
    load = lambda path: mhsim.Scenario.load(ROOT / "scenarios" / path).with_overrides(size)  # noqa: E731

    rows = []
    baseline = run_all(load("baseline.toml"), args.seeds)
    rows += [("NHS Talking Therapies", *row) for row in talking_therapies(baseline)]

    # IMPACT: a chronic, trial-like population (scenarios/variants/impact_trial.toml), with and
    # without a registry place for everyone treated in primary care; people aged 65+.
    older = {"age_band": "age_65_plus"}
    trial = load("variants/impact_trial.toml")
    usual_care = run_all(trial, args.seeds)
    collaborative = run_all(trial.with_overrides({"workforce.care_manager.fte_per_100k": 100.0}), args.seeds)
    uc = response_at_12_months(usual_care, "medication_management", **older)
    cc = response_at_12_months(collaborative, "medication_management", **older)
    rows.append(("IMPACT", "response at 12 months, usual care", uc, 0.19))
    rows.append(("IMPACT", "response at 12 months, collaborative care", cc, 0.45))
    rows.append(("IMPACT", "difference", cc - uc, 0.26))
    for arm, runs in (("usual care", usual_care), ("collaborative care", collaborative)):
        ever = response_within_12_months(runs, "medication_management", **older)
        rows.append(("IMPACT", f"response ever within 12 months, {arm}", ever, np.nan))

    usual = run_all(load("variants/low_income.toml"), args.seeds)
    lay_scenario = load("variants/low_income_lay_counsellors.toml")
    lay = run_all(lay_scenario, args.seeds)
    baseline_effect = run_all(
        lay_scenario.with_overrides({"workforce.lay_counsellor.treatment_effect_ratio": 0.8}), args.seeds
    )
    without = response_within_12_months(usual, "low_intensity")
    with_lay = response_within_12_months(lay, "low_intensity")
    rows.append(("Low-income setting", "12-month response, usual care", without, np.nan))
    rows.append(("Low-income setting", "12-month response, lay counsellors", with_lay, np.nan))
    rows.append(("Low-income setting", "response ratio (HAP: 1.36)", with_lay / without, 1.36))
    ratio_at_baseline_effect = response_within_12_months(baseline_effect, "low_intensity") / without
    rows.append(
        ("Low-income setting", "ratio with the baseline's lay effect 0.8", ratio_at_baseline_effect, 1.36)
    )

    high = mean_figure(baseline, "minimally_adequate_treatment_share")
    low = mean_figure(usual, "minimally_adequate_treatment_share")
    rows.append(("Thornicroft 2017", "adequately treated, baseline (high income)", high, 0.224))
    rows.append(("Thornicroft 2017", "adequately treated, low income", low, 0.037))
    rows.append(("Thornicroft 2017", "ratio high to low income", high / low, 6.1))

    print(f"{args.seeds} runs of {args.size:,} people, {mhsim.__version__}")
    print(f"{'source':<24}{'figure':<42}{'model':>8}{'target':>8}")
    for source, figure, model, target in rows:
        print(f"{source:<24}{figure:<42}{model:>8.3f}{target:>8.2f}")


if __name__ == "__main__":
    main()
