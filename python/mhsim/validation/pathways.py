"""Figures of the care pathways measured as ratios of weekly totals over the reported weeks of
every run (numerator and denominator counted in the same weeks: a steady-state estimate).

- The NHS Talking Therapies funnel 2021-22, low- and high-intensity therapy together.
- IMPACT (Unutzer et al. 2002): response at 12 months after entering care (the state at the
  12-month mark, as the trial assessed it) of people aged 65+ triaged to medication management
  in scenarios/variants/impact_trial.toml, with and without care managers.
- Lay counsellors in a low-income setting (Healthy Activity Program, Patel et al. 2017): the
  12-month response of people triaged to low-intensity therapy with the lay counsellors
  against without them.
"""

from __future__ import annotations

from .measured import Measured

# The weekly tables these figures read: the only ones a validation run keeps.
WEEKLY_TABLES = [
    "referrals",
    "referral_losses",
    "treatment_starts",
    "finished_courses",
    "recovered_from_caseness",
    "finished_from_caseness",
    "finished_course_sessions",
    "responses_within_12_months",
    "triaged",
    "assessed_12_months_after_entry",
    "responding_12_months_after_entry",
    # queueing checks (queueing.py): Little's law and Erlang C
    "person_weeks_waiting",
    "list_leavers",
    "list_days_sum",
    "person_weeks_in_treatment",
    "capacity_places",
]
THERAPY = {"service": ["low_intensity", "high_intensity"]}
OLDER = {"age_band": "age_65_plus"}


def therapy_referrals(measured: Measured) -> float:
    return measured.total("referrals", **THERAPY) + measured.total("referral_losses", **THERAPY)


def talking_therapies_started_share(measured: Measured) -> float:
    return measured.total("treatment_starts", **THERAPY) / therapy_referrals(measured)


def talking_therapies_finished_share(measured: Measured) -> float:
    return measured.total("finished_courses", **THERAPY) / therapy_referrals(measured)


def talking_therapies_recovered_share(measured: Measured) -> float:
    recovered = measured.total("recovered_from_caseness", **THERAPY)
    return recovered / measured.total("finished_from_caseness", **THERAPY)


def talking_therapies_sessions_per_finished_course(measured: Measured) -> float:
    sessions = measured.total("finished_course_sessions", **THERAPY)
    return sessions / measured.total("finished_courses", **THERAPY)


def response_within_12_months(measured: Measured, service: str, **where) -> float:
    responses = measured.total("responses_within_12_months", service=service, **where)
    return responses / measured.total("triaged", service=service, **where)


def impact_response(measured: Measured) -> float:
    where = {"service": "medication_management", **OLDER}
    responding = measured.total("responding_12_months_after_entry", **where)
    return responding / measured.total("assessed_12_months_after_entry", **where)


def impact_response_difference(usual_care: Measured, collaborative_care: Measured) -> float:
    return impact_response(collaborative_care) - impact_response(usual_care)


def lay_counsellor_response_ratio(without: Measured, with_lay_counsellors: Measured) -> float:
    lay = response_within_12_months(with_lay_counsellors, "low_intensity")
    return lay / response_within_12_months(without, "low_intensity")
