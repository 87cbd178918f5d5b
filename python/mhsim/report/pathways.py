"""The report's pathways panel: for each care pathway beyond the front door (severe illness in
the community, justice after arrest, perinatal care, care beside physical health, young people
and prevention) the few
figures that say whether a reform reached its people, laid out as the headline table is: the
baseline's value with its interval and each reform's paired difference, marked better, worse
or no clear change."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..headline import Headline, figure_table
from .headline_rows import HeadlineRow, headline_rows

if TYPE_CHECKING:
    from ..compare import Comparison


@dataclass(frozen=True)
class Pathway:
    key: str  # the id of its table in the page
    title: str
    question: str  # what its rows answer, in a sentence
    headlines: list[Headline]


PATHWAYS = [
    Pathway("severe-illness", "Severe mental illness in the community",
            "Are first episodes of psychosis reached early, and do fewer of them end in crisis or a bed?", [
                Headline("First episodes starting early intervention, %",
                         "early_intervention_starts_per_first_episode", "higher", 100),
                Headline("Relapses of severe illness, per person-year with it",
                         "smi_relapses_per_person_year", "lower"),
                Headline("Crises after a first episode, per person-year",
                         "first_episode_crises_per_person_year", "lower"),
                Headline("Admissions after a first episode, per person-year",
                         "first_episode_admissions_per_person_year", "lower"),
                Headline("People in work after a first episode, %",
                         "first_episode_in_work_share", "higher", 100),
            ]),
    Pathway("justice", "Justice beyond the police",
            "After an arrest, are people diverted to care, treated in jail and linked to care at release?", [
                Headline("Arrests diverted to care by a court, %", "court_diversion_share", "higher", 100),
                Headline("Days in jail, per 100,000 people a year", "jail_days_per_100k_per_year", "lower"),
                Headline("Releases linked to community care, %", "release_linked_share", "higher", 100),
                Headline("Repeat arrests, per 100,000 people a year",
                         "repeat_arrests_per_100k_per_year", "lower"),
                Headline("Deaths in the weeks after release, per 1,000 releases",
                         "deaths_after_release_per_1000_releases", "lower"),
            ]),
    Pathway("perinatal", "Perinatal mental health",
            "Are mothers who are ill in pregnancy or the year after birth found and treated?", [
                Headline("Perinatal cases found, per 100,000 people a year",
                         "perinatal_cases_found_per_100k_per_year", "higher"),
                Headline("Ill perinatal women in treatment, %", "perinatal_treated_share", "higher", 100),
                Headline("Perinatal women with a common mental disorder, %",
                         "perinatal_cmd_prevalence", "lower", 100),
            ]),
    Pathway("physical-health", "Care beside physical health",
            "Are people with a chronic physical illness (or HIV) and depression treated, and do fewer die?", [
                Headline("People with both conditions in treatment, %",
                         "comorbid_in_treatment_share", "higher", 100),
                Headline("Treatment starts in physical-health clinics, per 1,000 people a year",
                         "clinic_treatment_starts_per_1000_per_year", "higher"),
                Headline("Deaths among people with both conditions, per 1,000 a year",
                         "comorbid_deaths_per_1000_per_year", "lower"),
            ]),
    Pathway("young-people", "Young people",
            "Are young people helped, and helped sooner, and how many are lost when they turn 18?", [
                Headline("Ill people aged 12-24 in treatment, %", "young_treated_share", "higher", 100),
                Headline("Ill pupils (under 18) in treatment, %", "pupil_treated_share", "higher", 100),
                Headline("Weeks ill and untreated per episode, ages 12-24",
                         "young_weeks_ill_untreated_per_episode", "lower"),
                Headline("Wait for CAMHS treatment, weeks", "camhs_wait_mean_weeks", "lower"),
                Headline("Lost at the move from CAMHS to adult care, per year",
                         "camhs_transition_losses_per_year", "lower"),
            ]),
    Pathway("prevention", "Prevention",
            "Do fewer people fall ill (Comparison.cost_per_case_prevented() gives the cost of each case "
            "prevented)?", [
                Headline("New episodes of depression or anxiety, per 1,000 person-years",
                         "cmd_onsets_per_1000_per_year", "lower"),
                Headline("New episodes among people in work, per 1,000 person-years in work",
                         "cmd_onsets_employed_per_1000_employed_per_year", "lower"),
                Headline("Onsets averted by prevention, per 100,000 person-years",
                         "prevention_onsets_averted_per_100k_per_year", "higher"),
                Headline("Cost of prevention programmes", "prevention_cost_total", "lower"),
            ]),
]  # fmt: skip


@dataclass
class PathwayTable:
    pathway: Pathway
    rows: list[HeadlineRow]


def pathways_panel(comparison: Comparison, level: float) -> list[PathwayTable]:
    """Each pathway's rows, baseline value and paired reform differences, in PATHWAYS' order."""
    return [
        PathwayTable(p, headline_rows(figure_table(comparison, p.headlines, level), p.headlines, []))
        for p in PATHWAYS
    ]
