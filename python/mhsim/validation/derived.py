"""Derived figures: those a summary figure does not give directly. Each takes the measured
runs of the target's settings, in the order the target lists them, and returns one number.
A new derived figure is a function here (or in a module of this package) and a line below."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from . import pathways, queueing, ratios, remission

DERIVED: dict[str, Callable[..., float]] = {
    **{
        f"untreated_recovered_by_{months}_months": partial(remission.untreated_recovered_share, months=months)
        for months in (3, 6, 12, 24)
    },
    "talking_therapies_started_share": pathways.talking_therapies_started_share,
    "talking_therapies_finished_share": pathways.talking_therapies_finished_share,
    "talking_therapies_recovered_share": pathways.talking_therapies_recovered_share,
    "talking_therapies_sessions_per_finished_course": pathways.talking_therapies_sessions_per_finished_course,
    "impact_response": pathways.impact_response,
    "impact_response_difference": pathways.impact_response_difference,
    "lay_counsellor_response_ratio": pathways.lay_counsellor_response_ratio,
    "young_treated_share_relative": ratios.young_treated_share_relative,
    "adequate_treatment_relative": ratios.adequate_treatment_relative,
    "beds_occupied_over_littles_law": ratios.beds_occupied_over_littles_law,
    **{
        f"littles_law_waiting_{step}": partial(queueing.littles_law_waiting_ratio, step=step)
        for step in ("low_intensity", "high_intensity", "community_team", "camhs")
    },
    "erlang_c_wait_low_intensity": partial(queueing.erlang_c_wait_ratio, step="low_intensity"),
}
