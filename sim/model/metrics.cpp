#include "model/metrics.hpp"

#include <stdexcept>

namespace mhsim {

using enum MetricKind;
using enum Axis;

const std::array<MetricSpec, kMetricCount> kMetricSpecs{{
    {"population", stock, none, "people", "people alive at the end of the week"},
    {"cmd_prevalent", stock, severity, "people", "people with a common mental disorder at the end of the week, by current severity"},
    {"smi_prevalent", stock, smi_state, "people", "people with a severe mental illness at the end of the week, stable or in an acute episode"},
    {"waiting", stock, service, "people", "people on the service's waiting list at the end of the week"},
    {"in_treatment", stock, service, "people", "people in treatment with the service at the end of the week"},
    {"person_weeks_alive", person_time, none, "person-weeks", "time lived during the week"},
    {"person_weeks_cmd", person_time, severity, "person-weeks", "time lived with a common mental disorder during the week, by severity"},
    {"person_weeks_smi", person_time, smi_state, "person-weeks", "time lived with a severe mental illness during the week, by state"},
    {"person_weeks_in_treatment", person_time, service, "person-weeks", "time spent in treatment with the service during the week (times sessions_per_week: sessions)"},
    {"population_entries", flow, none, "people", "people entering the population at age 15"},
    {"deaths", flow, none, "people", "deaths from all causes, suicide included"},
    {"excess_deaths", flow, none, "people", "deaths other than suicide attributable to mental or physical illness (rate ratio above 1)"},
    {"suicides", flow, none, "people", "deaths by suicide"},
    {"cmd_onsets", flow, severity, "episodes", "new episodes of common mental disorder, by severity at onset"},
    {"cmd_remissions", flow, none, "episodes", "episodes of common mental disorder ending in remission, treated or not"},
    {"cmd_worsenings", flow, none, "episodes", "untreated episodes moving up one severity band"},
    {"cmd_improvements", flow, service, "episodes", "episodes moving down one severity band during treatment with the service"},
    {"smi_onsets", flow, none, "people", "new cases of severe mental illness"},
    {"smi_relapses", flow, none, "episodes", "acute relapses of severe mental illness"},
    {"crises", flow, none, "crises", "mental health crises"},
    {"help_seeking_contacts", flow, none, "contacts", "people with a common mental disorder consulting primary care about it"},
    {"undetected_contacts", flow, none, "contacts", "help-seeking contacts at which the disorder was not recognised"},
    {"front_door_contacts", flow, none, "contacts", "help-seeking contacts assessed at the front door (intake line or web)"},
    {"front_door_overflows", flow, none, "contacts", "help-seeking contacts meant for the front door that went to a GP because its assessments for the week were used up"},
    {"screen_false_positives", flow, none, "screens", "positive routine screens in people without a disorder"},
    {"care_entries", flow, route, "people", "people entering care (recognised and routed to a service), by route"},
    {"referral_losses", flow, service, "referrals", "referrals to the step never attended (hand-off losses), by the step referred to"},
    {"misroutes", flow, service, "people", "people triaged to a step too high or too low, found at assessment and sent on to the right step, by the wrong step"},
    {"referrals", flow, service, "people", "people referred to the service (onto its waiting list, or straight into treatment when a place is free)"},
    {"treatment_starts", flow, service_severity, "people", "people starting treatment with the service, by their severity then"},
    {"completions", flow, service, "people", "people finishing a planned course of treatment without having remitted during it"},
    {"recoveries_in_treatment", flow, service, "people", "people remitting during treatment and discharged recovered"},
    {"dropouts_waiting", flow, service, "people", "people leaving the waiting list before treatment, not recovered"},
    {"dropouts_treatment", flow, service, "people", "people stopping treatment early, not recovered"},
    {"recoveries_waiting", flow, service, "people", "people remitting while on the waiting list"},
    {"wait_days_sum", flow, service_severity, "days", "sum of the waits of people starting treatment during the week (divide by treatment_starts for the mean)"},
    {"stock_out_interruptions", flow, none, "people", "medication courses ended by a medicine stock-out, not recovered (not in dropouts_treatment)"},
    {"sessions", flow, service, "sessions", "sessions attended in the courses ending during the week (weeks in treatment x sessions_per_week), by step"},
    {"finished_courses", flow, service, "people", "courses finished: the planned course completed, or remission during it (NHS Talking Therapies: finished a course of treatment)"},
    {"finished_course_sessions", flow, service, "sessions", "sessions attended in the finished courses (divide by finished_courses for the mean)"},
    {"finished_from_caseness", flow, service, "people", "finished courses of people whose care episode began at caseness (score 10 or more)"},
    {"recovered_from_caseness", flow, service, "people", "of finished_from_caseness, those below caseness (score under 10) at the end: NHS Talking Therapies recovery"},
    {"rescores", flow, service, "scores", "measurement-based re-scores of people on the collaborative care registry"},
    {"step_ups", flow, service, "people", "non-responders stepped up: intensified in place on the collaborative care registry, or moved up to the next step; by the step they were in"},
    {"step_up_weeks_sum", flow, service, "weeks", "sum of the weeks from entering care to each step-up (divide by step_ups for the mean)"},
    {"step_downs", flow, service, "people", "people finishing a course of specialist care still ill and handed down a step (inpatient to community team, community team to medication management), by the step they left"},
    {"responses", flow, service, "people", "people whose score fell to half the score at the start of their care episode or less, while in treatment with the service"},
    {"triaged", flow, service, "people", "people entering care, by the first step triage chose for them (before any misroute)"},
    {"first_treatment_starts", flow, service, "people", "care episodes starting their first treatment, by that step"},
    {"responses_within_12_months", flow, service, "people", "care episodes responding (score at most half the score at entry) within 12 months of entering care, whether treated or not, by the first step triage chose: divide by triaged for an intention-to-treat response share"},
}};

Metric stock_of_person_time(Metric person_time) {
  switch (person_time) {
    case Metric::person_weeks_alive: return Metric::population;
    case Metric::person_weeks_cmd: return Metric::cmd_prevalent;
    case Metric::person_weeks_smi: return Metric::smi_prevalent;
    case Metric::person_weeks_in_treatment: return Metric::in_treatment;
    default: throw std::logic_error("stock_of_person_time: not a person-time metric");
  }
}

}  // namespace mhsim
