"""Figures that set two summary figures against each other, within a setting or between two."""

from __future__ import annotations

from .measured import Measured


def young_treated_share_relative(measured: Measured) -> float:
    """The share of 12-24s with a disorder in treatment over everyone's (ABS 2007)."""
    return measured.mean("young_treated_share") / measured.mean("cmd_in_treatment_share")


def adequate_treatment_relative(reference: Measured, other: Measured) -> float:
    """The share of people with a disorder treated minimally adequately in ``other`` over
    ``reference``'s (Thornicroft et al. 2017's contrast between income settings)."""
    figure = "minimally_adequate_treatment_share"
    return other.mean(figure) / reference.mean(figure)


def beds_occupied_over_littles_law(measured: Measured) -> float:
    """Mean beds occupied over Little's law's admissions per day x mean stay, each run's own."""
    summary = measured.summary
    return float((summary["inpatient_beds_occupied_mean"] / summary["littles_law_beds_occupied"]).mean())
