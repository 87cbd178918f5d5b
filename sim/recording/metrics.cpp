#include "recording/metrics.hpp"

#include <stdexcept>

namespace mhsim {

using enum MetricKind;
using enum Axis;

const std::array<MetricSpec, kMetricCount> kMetricSpecs{{
    {"population", stock, none, "people", "people alive at the end of the week"},
    {"cmd_prevalent", stock, severity, "people",
     "people with a common mental disorder at the end of the week, by current severity"},
    {"smi_prevalent", stock, smi_state, "people",
     "people with a severe mental illness at the end of the week, stable or in an acute episode"},
    {"waiting", stock, service, "people", "people on the service's waiting list at the end of the week"},
    {"in_treatment", stock, service, "people", "people in treatment with the service at the end of the week"},
    {"person_weeks_alive", person_time, none, "person-weeks", "time lived during the week"},
    {"person_weeks_cmd", person_time, severity, "person-weeks",
     "time lived with a common mental disorder during the week, by severity"},
    {"person_weeks_smi", person_time, smi_state, "person-weeks",
     "time lived with a severe mental illness during the week, by state"},
    {"person_weeks_in_treatment", person_time, service, "person-weeks",
     "time spent in treatment with the service during the week (times sessions_per_week: sessions)"},
    {"population_entries", flow, none, "people", "people entering the population at age 15"},
    {"deaths", flow, none, "people", "deaths from all causes, suicide included"},
    {"excess_deaths", flow, none, "people",
     "deaths other than suicide attributable to mental or physical illness (rate ratio above 1)"},
    {"suicides", flow, none, "people", "deaths by suicide"},
    {"cmd_onsets", flow, severity, "episodes", "new episodes of common mental disorder, by severity at onset"},
    {"cmd_remissions", flow, none, "episodes",
     "episodes of common mental disorder ending in remission, treated or not"},
    {"cmd_worsenings", flow, none, "episodes", "untreated episodes moving up one severity band"},
    {"cmd_improvements", flow, service, "episodes",
     "episodes moving down one severity band during treatment with the service"},
    {"smi_onsets", flow, none, "people", "new cases of severe mental illness"},
    {"smi_relapses", flow, none, "episodes", "acute relapses of severe mental illness"},
    {"crises", flow, crisis_door, "crises", "mental health crises, by the door they came through first"},
    {"help_seeking_contacts", flow, coverage, "contacts",
     "people with a common mental disorder consulting primary care about it, by their coverage"},
    {"out_of_pocket_paid", flow, coverage, "currency",
     "copays paid by people of each coverage: GP consultations about their disorder, and the therapy and medication "
     "sessions of courses ending during the week"},
    {"undetected_contacts", flow, none, "contacts", "help-seeking contacts at which the disorder was not recognised"},
    {"front_door_contacts", flow, none, "contacts",
     "help-seeking contacts assessed at the front door (intake line or web)"},
    {"front_door_overflows", flow, none, "contacts",
     "help-seeking contacts meant for the front door that went to a GP because its assessments for the week were used "
     "up"},
    {"screen_false_positives", flow, none, "screens", "positive routine screens in people without a disorder"},
    {"care_entries", flow, route, "people", "people entering care (recognised and routed to a service), by route"},
    {"referral_losses", flow, service, "referrals",
     "referrals to the step never attended (hand-off losses), by the step referred to"},
    {"misroutes", flow, service, "people",
     "people triaged to a step too high or too low, found at assessment and sent on to the right step, by the wrong "
     "step"},
    {"referrals", flow, service, "people",
     "people referred to the service (onto its waiting list, or straight into treatment when a place is free)"},
    {"treatment_starts", flow, service_severity, "people",
     "people starting treatment with the service, by their severity then"},
    {"completions", flow, service, "people",
     "people finishing a planned course of treatment without having remitted during it"},
    {"recoveries_in_treatment", flow, service, "people", "people remitting during treatment and discharged recovered"},
    {"dropouts_waiting", flow, service, "people", "people leaving the waiting list before treatment, not recovered"},
    {"dropouts_treatment", flow, service, "people", "people stopping treatment early, not recovered"},
    {"recoveries_waiting", flow, service, "people", "people remitting while on the waiting list"},
    {"wait_days_sum", flow, service_severity, "days",
     "sum of the waits of people starting treatment during the week (divide by treatment_starts for the mean)"},
    {"stock_out_interruptions", flow, none, "people",
     "medication courses ended by a medicine stock-out, not recovered (not in dropouts_treatment)"},
    {"sessions", flow, service, "sessions",
     "sessions attended in the courses ending during the week (weeks in treatment x sessions_per_week), by step"},
    {"finished_courses", flow, service, "people",
     "courses finished: the planned course completed, or remission during it (NHS Talking Therapies: finished a course "
     "of treatment)"},
    {"finished_course_sessions", flow, service, "sessions",
     "sessions attended in the finished courses (divide by finished_courses for the mean)"},
    {"finished_from_caseness", flow, service, "people",
     "finished courses of people whose care episode began at caseness (score 10 or more)"},
    {"recovered_from_caseness", flow, service, "people",
     "of finished_from_caseness, those below caseness (score under 10) at the end: NHS Talking Therapies recovery"},
    {"rescores", flow, service, "scores", "measurement-based re-scores of people on the collaborative care registry"},
    {"step_ups", flow, service, "people",
     "non-responders stepped up: intensified in place on the collaborative care registry, or moved up to the next "
     "step; by the step they were in"},
    {"step_up_weeks_sum", flow, service, "weeks",
     "sum of the weeks from entering care to each step-up (divide by step_ups for the mean)"},
    {"step_downs", flow, service, "people",
     "people finishing a course of specialist care still ill and handed down a step (community team to medication "
     "management), by the step they left"},
    {"responses", flow, service, "people",
     "people whose score fell to half the score at the start of their care episode or less, while in treatment with "
     "the service"},
    {"triaged", flow, service, "people",
     "people entering care, by the first step triage chose for them (before any misroute)"},
    {"first_treatment_starts", flow, service, "people", "care episodes starting their first treatment, by that step"},
    {"responses_within_12_months", flow, service, "people",
     "care episodes responding (score at most half the score at entry) within 12 months of entering care, whether "
     "treated or not, by the first step triage chose: divide by triaged for an intention-to-treat response share"},
    {"in_crisis_place", stock, crisis_place, "people",
     "people held in a place of the crisis system at the end of the week (ed_boarding: admitted and waiting in the ED "
     "for a bed; inpatient: beds occupied)"},
    {"person_weeks_in_crisis_place", person_time, crisis_place, "person-weeks",
     "time spent in each place of the crisis system during the week (x 168: hours, e.g. ED boarding hours; x 7: "
     "bed-days, jail days)"},
    {"crisis_site_arrivals", flow, crisis_site, "people",
     "arrivals at each site (crisis_line: calls answered; mobile_team: teams arriving; police: police contacts; "
     "emergency_department: ED visits; inpatient: admissions; jail: people jailed)"},
    {"crisis_first_sites", flow, crisis_site, "episodes",
     "crisis episodes by their first in-person contact (mobile team, police, receiving centre or ED)"},
    {"hospital_free_endings", flow, crisis_site, "episodes",
     "crisis episodes ending without an ED visit or admission, by their first in-person contact (divide by "
     "crisis_first_sites)"},
    {"crisis_transfers", flow, crisis_transfer, "people", "moves between crisis sites"},
    {"crisis_outcomes", flow, crisis_outcome, "episodes", "crisis episodes by how they ended, counted when they end"},
    {"calls_answered", flow, none, "calls", "crisis line calls answered"},
    {"calls_abandoned", flow, none, "calls", "crisis line callers who hung up before an answer"},
    {"mobile_dispatches", flow, none, "dispatches", "crisis line requests for a mobile team"},
    {"mobile_fallbacks_to_police", flow, none, "dispatches",
     "requests for a mobile team met by the police instead (no team on shift, or none free in time)"},
    {"mobile_response_hours_sum", flow, none, "hours",
     "sum of mobile response times (request to arrival) of teams arriving in the week; divide by arrivals at "
     "mobile_team"},
    {"arrests", flow, none, "people", "arrests at police crisis attendances"},
    {"diversions", flow, none, "people", "would-be arrests taken to care instead by a co-responder"},
    {"ed_boarding_hours_sum", flow, none, "hours",
     "hours spent boarding in the ED by people whose boarding ended in the week (admitted, or sent home at the limit)"},
    {"readmissions_within_30_days", flow, none, "admissions",
     "admissions in a crisis that began within 30 days of a discharge from an inpatient bed"},
    {"length_of_stay_days_sum", flow, none, "days",
     "sum of inpatient lengths of stay of people discharged in the week; divide by "
     "crisis_outcomes.inpatient_discharge"},
    {"follow_up_offers", flow, none, "people",
     "people leaving crisis care (line, mobile team, receiving centre, short-term bed, ED or a bed) who could be "
     "linked to community care"},
    {"follow_ups_within_7_days", flow, none, "people", "of those, people linked to community care within 7 days"},
    {"suicides_after_discharge", flow, none, "people",
     "suicides within the risk window after discharge from an inpatient bed"},
    {"repeat_crises", flow, none, "crises",
     "crises beginning within the risk window after leaving crisis care or a bed"},
    {"risk_windows_opened", flow, none, "people",
     "people leaving crisis care in person or a bed, each starting a risk window (divide repeat_crises by it: the "
     "share back in crisis within the window)"},
    {"boarding_discharges", flow, none, "people",
     "boarders sent home from the ED with no bed within emergency_department.max_boarding_hours"},
    {"people_by_housing", stock, housing, "people",
     "people alive at the end of the week, by housing (Housing First tenants count as stably housed)"},
    {"people_by_employment", stock, employment, "people", "people alive at the end of the week, by employment"},
    {"housing_first_tenants", stock, none, "people", "people housed in Housing First units at the end of the week"},
    {"awaiting_housing_first", stock, none, "people",
     "people offered Housing First and waiting for a unit at the end of the week (still eligible)"},
    {"housing_first_entries", flow, none, "people", "Housing First tenancies starting"},
    {"housing_first_exits", flow, none, "people",
     "Housing First tenancies ending (the tenant returns to unstable housing)"},
    {"homeless_ill_cohort", stock, none, "people",
     "people alive who were homeless with severe illness (or Housing First tenants) when the reported horizon began"},
    {"person_weeks_homeless_ill_cohort", person_time, none, "person-weeks",
     "time lived by that cohort during the week"},
    {"cohort_crises", flow, none, "crises", "crises among that cohort"},
    {"cohort_admissions", flow, none, "admissions", "inpatient admissions among that cohort"},
    {"in_programme", stock, programme, "people", "people in each community programme at the end of the week"},
    {"person_weeks_in_programme", person_time, programme, "person-weeks",
     "time spent in each community programme during the week (peer support x peer_support.contacts_per_week: peer "
     "contacts)"},
    {"awaiting_programme", stock, programme, "people",
     "people offered a community programme and waiting for a place at the end of the week (still eligible)"},
    {"programme_entries", flow, programme, "people", "people starting a spell in each community programme"},
    {"smi_by_employment", stock, employment, "people",
     "people with a severe mental illness at the end of the week, by employment"},
    {"jobs_found", flow, none, "people", "people moving from unemployment into work"},
    {"jobs_found_in_employment_support", flow, none, "people",
     "of those, people in employment support (IPS) when they found the job"},
    {"yll_years", flow, none, "years",
     "years of life lost to the suicides and excess deaths from mental illness of the week: each death's remaining "
     "life expectancy under background mortality"},
    {"yll_years_discounted", flow, none, "years",
     "the same years of life lost, discounted from the death on at economics.discount_rate_per_year"},
    {"people_by_coverage", stock, coverage, "people", "people alive at the end of the week, by coverage"},
}};

Metric stock_of_person_time(Metric person_time) {
  switch (person_time) {
    case Metric::person_weeks_alive: return Metric::population;
    case Metric::person_weeks_cmd: return Metric::cmd_prevalent;
    case Metric::person_weeks_smi: return Metric::smi_prevalent;
    case Metric::person_weeks_in_treatment: return Metric::in_treatment;
    case Metric::person_weeks_in_crisis_place: return Metric::in_crisis_place;
    case Metric::person_weeks_homeless_ill_cohort: return Metric::homeless_ill_cohort;
    case Metric::person_weeks_in_programme: return Metric::in_programme;
    default: throw std::logic_error("stock_of_person_time: not a person-time metric");
  }
}

}  // namespace mhsim
