"""The reduced stepped-care model in mhsim: stepped_care.toml with model.toml's numbers as
overrides. Step 1 is the low-intensity step, step 2 high intensity."""

from __future__ import annotations

import time
from pathlib import Path

from outcome import Outcome
from reduced_model import Model

import mhsim

SCENARIO = Path(__file__).resolve().with_name("stepped_care.toml")
STEP_SERVICES = ("low_intensity", "high_intensity")
STEP_CADRES = ("wellbeing_practitioner", "psychologist")


def overrides(model: Model) -> dict:
    """model.toml's numbers as mhsim keys. A step's places are floor(FTE x 1 place per FTE):
    half a place more than the servers wanted keeps the floor off a rounding edge."""
    keys = {
        "population.size": model.size,
        "simulation.burn_in_years": model.burn_in_years,  # mhsim rounds to whole weeks, as reduced_model does
        "simulation.horizon_years": model.horizon_years,
        "common_mental_disorder.initial_prevalence": model.initial_ill_share,
        "common_mental_disorder.onset_rate_per_year": model.onset_rate_per_year,
        # One remission rate for everyone: both remitter types remit alike.
        "common_mental_disorder.fast_remission_rate_per_year": model.remission_rate_per_year,
        "common_mental_disorder.slow_remission_rate_per_year": model.remission_rate_per_year,
        "stepped_care.late_step_up_probability": model.step_up_probability,
    }
    for severity in ("mild", "moderate", "severe"):
        keys[f"access.help_seeking_rate_per_year.{severity}"] = model.help_seeking_rate_per_year
    for step, (service, cadre) in enumerate(zip(STEP_SERVICES, STEP_CADRES, strict=True), start=1):
        keys[f"services.{service}.treatment_weeks"] = model.mean_course_weeks[step - 1]
        keys[f"workforce.{cadre}.fte_per_100k"] = (model.servers(step) + 0.5) * 100_000 / model.size
    return keys


def scenario(model: Model) -> mhsim.Scenario:
    return mhsim.Scenario.load(SCENARIO).with_overrides(overrides(model))


def _by_service(weekly, table: str) -> dict[str, float]:
    variable = weekly[table]
    totals = variable.sum([d for d in variable.dims if d != "service"])
    return {str(s): float(v) for s, v in zip(totals["service"].values, totals.values, strict=True)}


def _total(weekly, table: str) -> int:
    return round(float(weekly[table].sum()))


def outcome_of(results: mhsim.Results, model: Model, seed: int) -> Outcome:
    weekly = results.to_xarray()
    starts = _by_service(weekly, "treatment_starts")
    waits = _by_service(weekly, "wait_days_sum")
    completions = _by_service(weekly, "completions")
    step_ups = _by_service(weekly, "step_ups")
    outcome = Outcome("mhsim", model.size, seed)
    outcome.counts.update(
        onsets=_total(weekly, "cmd_onsets"),
        remissions=_total(weekly, "cmd_remissions"),
        help_seeking=_total(weekly, "help_seeking_contacts"),
        service_starts=round(sum(starts[s] for s in STEP_SERVICES)),
        # A course that ends with the person still ill: completed, or stepped up (from step 2 to
        # a step with no places, which refuses them: back outside care).
        course_ends=round(sum(completions[s] + step_ups[s] for s in STEP_SERVICES)),
    )
    referrals = _by_service(weekly, "referrals")  # none is lost on the way (referral_loss_probability 0)
    outcome.joined = [round(referrals[s]) for s in STEP_SERVICES]
    outcome.started = [round(starts[s]) for s in STEP_SERVICES]
    outcome.wait_days_sum = [waits[s] for s in STEP_SERVICES]
    return outcome


def run(model: Model, seed: int) -> Outcome:
    """One run, timed from the scenario's load to the results in memory; the counts are read
    from its tables after the clock stops (as Ciw's records are)."""
    start_wall, start_cpu = time.perf_counter(), time.process_time()
    results = mhsim.run(scenario(model), seed=seed)
    wall_s, cpu_s = time.perf_counter() - start_wall, time.process_time() - start_cpu
    outcome = outcome_of(results, model, seed)
    outcome.wall_s, outcome.cpu_s = wall_s, cpu_s
    return outcome
