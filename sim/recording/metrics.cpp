#include "recording/metrics.hpp"

#include <stdexcept>

#include "core/registry.hpp"

namespace mhsim {

using enum MetricKind;
using enum Axis;

namespace {

constexpr std::array<MetricSpec, kMetricCount> kMetricRows{{
    // population/
    {Metric::population, "population", stock, none, "people", "people alive at the end of the week"},
    {Metric::person_weeks_alive, "person_weeks_alive", person_time, none, "person-weeks", "time lived during the week"},
    {Metric::population_entries, "population_entries", flow, none, "people",
     "people entering the population at age 10"},
    {Metric::people_by_coverage, "people_by_coverage", stock, coverage, "people",
     "people alive at the end of the week, by coverage"},
    // illness/
    {Metric::cmd_prevalent, "cmd_prevalent", stock, severity, "people",
     "people with a common mental disorder at the end of the week, by current severity"},
    {Metric::smi_prevalent, "smi_prevalent", stock, smi_state, "people",
     "people with a severe mental illness at the end of the week, stable or in an acute episode"},
    {Metric::person_weeks_cmd, "person_weeks_cmd", person_time, severity, "person-weeks",
     "time lived with a common mental disorder during the week, by severity"},
    {Metric::person_weeks_smi, "person_weeks_smi", person_time, smi_state, "person-weeks",
     "time lived with a severe mental illness during the week, by state"},
    {Metric::deaths, "deaths", flow, none, "people", "deaths from all causes, suicide included"},
    {Metric::excess_deaths, "excess_deaths", flow, none, "people",
     "deaths other than suicide attributable to mental or physical illness (rate ratio above 1)"},
    {Metric::suicides, "suicides", flow, none, "people", "deaths by suicide"},
    {Metric::cmd_onsets, "cmd_onsets", flow, severity, "episodes",
     "new episodes of common mental disorder, by severity at onset"},
    {Metric::cmd_remissions, "cmd_remissions", flow, none, "episodes",
     "episodes of common mental disorder ending in remission, treated or not"},
    {Metric::cmd_worsenings, "cmd_worsenings", flow, none, "episodes",
     "untreated episodes moving up one severity band"},
    {Metric::cmd_improvements, "cmd_improvements", flow, service, "episodes",
     "episodes moving down one severity band during treatment with the service"},
    {Metric::smi_onsets, "smi_onsets", flow, none, "people", "new cases of severe mental illness"},
    {Metric::smi_relapses, "smi_relapses", flow, none, "episodes", "acute relapses of severe mental illness"},
    // access/
    {Metric::help_seeking_contacts, "help_seeking_contacts", flow, coverage, "contacts",
     "people with a common mental disorder consulting primary care about it, by their coverage"},
    {Metric::out_of_pocket_paid, "out_of_pocket_paid", flow, coverage, "currency",
     "copays paid by people of each coverage: GP consultations about their disorder, and the therapy and medication "
     "sessions of courses ending during the week"},
    {Metric::undetected_contacts, "undetected_contacts", flow, none, "contacts",
     "help-seeking contacts at which the disorder was not recognised"},
    {Metric::front_door_contacts, "front_door_contacts", flow, none, "contacts",
     "help-seeking contacts assessed at the front door (intake line or web)"},
    {Metric::front_door_overflows, "front_door_overflows", flow, none, "contacts",
     "help-seeking contacts meant for the front door that went to a GP because its assessments for the week were used "
     "up"},
    {Metric::screen_false_positives, "screen_false_positives", flow, none, "screens",
     "positive routine screens in people without a disorder"},
    {Metric::screens, "screens", flow, none, "screens",
     "screens given to people outside care (routine visit, school, perinatal), estimated from the positive screens "
     "(each positive counts 1 / the chance a screen of that person is positive: 1 / sensitivity or 1 / (1 - "
     "specificity)); what costs.screen is charged on"},
    {Metric::remote_sessions, "remote_sessions", flow, service, "sessions",
     "sessions delivered by phone or video (telehealth.session_share_by_step), of courses ending during the week"},
    {Metric::interpreter_hours, "interpreter_hours", flow, service, "hours",
     "interpreter hours in the sessions of people who need one (interpreters.session_share x hours_per_session), of "
     "courses ending during the week"},
    {Metric::out_of_hours_sessions, "out_of_hours_sessions", flow, service, "sessions",
     "sessions in the evening or at weekends (out_of_hours.session_share), of courses ending during the week"},
    {Metric::transport_supported_sessions, "transport_supported_sessions", flow, service, "sessions",
     "in-person sessions with paid transport (transport_support.session_share_by_region), of courses ending during "
     "the week"},
    {Metric::travel_hours_saved, "travel_hours_saved", flow, none, "hours",
     "travel hours saved by remote sessions (telehealth.travel_hours_per_in_person_session_by_region), of courses "
     "ending during the week"},
    // care/
    {Metric::waiting, "waiting", stock, service, "people",
     "people on the service's waiting list at the end of the week"},
    {Metric::in_treatment, "in_treatment", stock, service, "people",
     "people in treatment with the service at the end of the week"},
    {Metric::person_weeks_in_treatment, "person_weeks_in_treatment", person_time, service, "person-weeks",
     "time spent in treatment with the service during the week (times sessions_per_week: sessions)"},
    {Metric::care_entries, "care_entries", flow, route, "people",
     "people entering care (recognised and routed to a service), by route"},
    {Metric::referral_losses, "referral_losses", flow, service, "referrals",
     "referrals to the step never attended (hand-off losses), by the step referred to"},
    {Metric::misroutes, "misroutes", flow, service, "people",
     "people triaged to a step too high or too low, found at assessment and sent on to the right step, by the wrong "
     "step"},
    {Metric::referrals, "referrals", flow, service, "people",
     "people referred to the service (onto its waiting list, or straight into treatment when a place is free)"},
    {Metric::treatment_starts, "treatment_starts", flow, service_severity, "people",
     "people starting treatment with the service, by their severity then"},
    {Metric::completions, "completions", flow, service, "people",
     "people finishing a planned course of treatment without having remitted during it"},
    {Metric::recoveries_in_treatment, "recoveries_in_treatment", flow, service, "people",
     "people remitting during treatment and discharged recovered"},
    {Metric::dropouts_waiting, "dropouts_waiting", flow, service, "people",
     "people leaving the waiting list before treatment, not recovered"},
    {Metric::dropouts_treatment, "dropouts_treatment", flow, service, "people",
     "people stopping treatment early, not recovered"},
    {Metric::recoveries_waiting, "recoveries_waiting", flow, service, "people",
     "people remitting while on the waiting list"},
    {Metric::wait_days_sum, "wait_days_sum", flow, service_severity, "days",
     "sum of the waits of people starting treatment during the week (divide by treatment_starts for the mean)"},
    {Metric::stock_out_interruptions, "stock_out_interruptions", flow, none, "people",
     "medication courses ended by a medicine stock-out, not recovered (not in dropouts_treatment)"},
    {Metric::sessions, "sessions", flow, service, "sessions",
     "sessions attended in the courses ending during the week (weeks in treatment x sessions_per_week), by step"},
    {Metric::finished_courses, "finished_courses", flow, service, "people",
     "courses finished: the planned course completed, or remission during it (NHS Talking Therapies: finished a course "
     "of treatment)"},
    {Metric::finished_course_sessions, "finished_course_sessions", flow, service, "sessions",
     "sessions attended in the finished courses (divide by finished_courses for the mean)"},
    {Metric::finished_from_caseness, "finished_from_caseness", flow, service, "people",
     "finished courses of people whose care episode began at caseness (score 10 or more)"},
    {Metric::recovered_from_caseness, "recovered_from_caseness", flow, service, "people",
     "of finished_from_caseness, those below caseness (score under 10) at the end: NHS Talking Therapies recovery"},
    {Metric::rescores, "rescores", flow, service, "scores",
     "measurement-based re-scores of people on the collaborative care registry"},
    {Metric::step_ups, "step_ups", flow, service, "people",
     "non-responders stepped up: intensified in place on the collaborative care registry, or moved up to the next "
     "step; by the step they were in"},
    {Metric::step_up_weeks_sum, "step_up_weeks_sum", flow, service, "weeks",
     "sum of the weeks from entering care to each step-up (divide by step_ups for the mean)"},
    {Metric::step_downs, "step_downs", flow, service, "people",
     "people finishing a course of specialist care still ill and handed down a step (community team to medication "
     "management), by the step they left"},
    {Metric::responses, "responses", flow, service, "people",
     "people whose score fell to half the score at the start of their care episode or less, while in treatment with "
     "the service"},
    {Metric::triaged, "triaged", flow, service, "people",
     "people entering care, by the first step triage chose for them (before any misroute)"},
    {Metric::first_treatment_starts, "first_treatment_starts", flow, service, "people",
     "care episodes starting their first treatment, by that step"},
    {Metric::responses_within_12_months, "responses_within_12_months", flow, service, "people",
     "care episodes responding (score at most half the score at entry) within 12 months of entering care, whether "
     "treated or not, by the first step triage chose: divide by triaged for an intention-to-treat response share"},
    {Metric::warm_handoffs, "warm_handoffs", flow, none, "referrals",
     "referrals from primary care introduced in person (primary_care.warm_handoff_share), attended or not"},
    // crisis/
    {Metric::crises, "crises", flow, crisis_door, "crises",
     "mental health crises, by the door they came through first"},
    {Metric::in_crisis_place, "in_crisis_place", stock, crisis_place, "people",
     "people held in a place of the crisis system at the end of the week (ed_boarding: admitted and waiting in the ED "
     "for a bed; inpatient: beds occupied)"},
    {Metric::person_weeks_in_crisis_place, "person_weeks_in_crisis_place", person_time, crisis_place, "person-weeks",
     "time spent in each place of the crisis system during the week (x 168: hours, e.g. ED boarding hours; x 7: "
     "bed-days, jail days)"},
    {Metric::crisis_site_arrivals, "crisis_site_arrivals", flow, crisis_site, "people",
     "arrivals at each site (crisis_line: calls answered; mobile_team: teams arriving; police: police contacts; "
     "emergency_department: ED visits; inpatient: admissions; jail: people jailed)"},
    {Metric::crisis_first_sites, "crisis_first_sites", flow, crisis_site, "episodes",
     "crisis episodes by their first in-person contact (mobile team, police, receiving centre or ED)"},
    {Metric::hospital_free_endings, "hospital_free_endings", flow, crisis_site, "episodes",
     "crisis episodes ending without an ED visit or admission, by their first in-person contact (divide by "
     "crisis_first_sites)"},
    {Metric::crisis_transfers, "crisis_transfers", flow, crisis_transfer, "people", "moves between crisis sites"},
    {Metric::crisis_outcomes, "crisis_outcomes", flow, crisis_outcome, "episodes",
     "crisis episodes by how they ended, counted when they end"},
    {Metric::calls_answered, "calls_answered", flow, none, "calls", "crisis line calls answered"},
    {Metric::calls_abandoned, "calls_abandoned", flow, none, "calls",
     "crisis line callers who hung up before an answer"},
    {Metric::mobile_dispatches, "mobile_dispatches", flow, none, "dispatches",
     "crisis line requests for a mobile team"},
    {Metric::mobile_fallbacks_to_police, "mobile_fallbacks_to_police", flow, none, "dispatches",
     "requests for a mobile team met by the police instead (no team on shift, or none free in time)"},
    {Metric::mobile_response_hours_sum, "mobile_response_hours_sum", flow, none, "hours",
     "sum of mobile response times (request to arrival) of teams arriving in the week; divide by arrivals at "
     "mobile_team"},
    {Metric::arrests, "arrests", flow, none, "people", "arrests at police crisis attendances"},
    {Metric::diversions, "diversions", flow, none, "people",
     "would-be arrests taken to care instead by a co-responder"},
    {Metric::ed_boarding_hours_sum, "ed_boarding_hours_sum", flow, none, "hours",
     "hours spent boarding in the ED by people whose boarding ended in the week (admitted, or sent home at the limit)"},
    {Metric::readmissions_within_30_days, "readmissions_within_30_days", flow, none, "admissions",
     "admissions in a crisis that began within 30 days of a discharge from an inpatient bed"},
    {Metric::length_of_stay_days_sum, "length_of_stay_days_sum", flow, none, "days",
     "sum of inpatient lengths of stay of people discharged in the week; divide by "
     "crisis_outcomes.inpatient_discharge"},
    {Metric::follow_up_offers, "follow_up_offers", flow, none, "people",
     "people leaving crisis care (line, mobile team, receiving centre, short-term bed, ED or a bed) who could be "
     "linked to community care"},
    {Metric::follow_ups_within_7_days, "follow_ups_within_7_days", flow, none, "people",
     "of those, people linked to community care within 7 days"},
    {Metric::suicides_after_discharge, "suicides_after_discharge", flow, none, "people",
     "suicides within the risk window after discharge from an inpatient bed"},
    {Metric::repeat_crises, "repeat_crises", flow, none, "crises",
     "crises beginning within the risk window after leaving crisis care or a bed"},
    {Metric::risk_windows_opened, "risk_windows_opened", flow, none, "people",
     "people leaving crisis care in person or a bed, each starting a risk window (divide repeat_crises by it: the "
     "share back in crisis within the window)"},
    {Metric::boarding_discharges, "boarding_discharges", flow, none, "people",
     "boarders sent home from the ED with no bed within emergency_department.max_boarding_hours"},
    {Metric::co_responder_attendances, "co_responder_attendances", flow, none, "attendances",
     "police crisis attendances with a clinician alongside (police.co_responder_share), counted when they end"},
    {Metric::dispatch_diversions, "dispatch_diversions", flow, none, "dispatches",
     "crises reaching the police that the emergency dispatcher passed to a mobile team "
     "(police.dispatch_to_mobile_team_share)"},
    {Metric::bridged_discharges, "bridged_discharges", flow, none, "people",
     "people leaving crisis care with a navigator or peer bridger (follow_up.bridging_share), linked or not"},
    {Metric::involuntary_admissions, "involuntary_admissions", flow, none, "admissions",
     "inpatient admissions under compulsion (of crisis_site_arrivals.inpatient)"},
    {Metric::coercive_contacts, "coercive_contacts", flow, none, "contacts",
     "coercive contacts: police attendances at a crisis, arrests and involuntary admissions (docs/model.md, "
     "\"Trust\")"},
    // community/
    {Metric::people_by_housing, "people_by_housing", stock, housing, "people",
     "people alive at the end of the week, by housing (Housing First tenants count as stably housed)"},
    {Metric::people_by_employment, "people_by_employment", stock, employment, "people",
     "people alive at the end of the week, by employment"},
    {Metric::housing_first_tenants, "housing_first_tenants", stock, none, "people",
     "people housed in Housing First units at the end of the week"},
    {Metric::awaiting_housing_first, "awaiting_housing_first", stock, none, "people",
     "people offered Housing First and waiting for a unit at the end of the week (still eligible)"},
    {Metric::housing_first_entries, "housing_first_entries", flow, none, "people", "Housing First tenancies starting"},
    {Metric::housing_first_exits, "housing_first_exits", flow, none, "people",
     "Housing First tenancies ending (the tenant returns to unstable housing)"},
    {Metric::homeless_ill_cohort, "homeless_ill_cohort", stock, none, "people",
     "people alive who were homeless with severe illness (or Housing First tenants) when the reported horizon began"},
    {Metric::person_weeks_homeless_ill_cohort, "person_weeks_homeless_ill_cohort", person_time, none, "person-weeks",
     "time lived by that cohort during the week"},
    {Metric::cohort_crises, "cohort_crises", flow, none, "crises", "crises among that cohort"},
    {Metric::cohort_admissions, "cohort_admissions", flow, none, "admissions",
     "inpatient admissions among that cohort"},
    {Metric::in_programme, "in_programme", stock, programme, "people",
     "people in each community programme at the end of the week"},
    {Metric::person_weeks_in_programme, "person_weeks_in_programme", person_time, programme, "person-weeks",
     "time spent in each community programme during the week (peer support x peer_support.contacts_per_week: peer "
     "contacts)"},
    {Metric::awaiting_programme, "awaiting_programme", stock, programme, "people",
     "people offered a community programme and waiting for a place at the end of the week (still eligible)"},
    {Metric::programme_entries, "programme_entries", flow, programme, "people",
     "people starting a spell in each community programme"},
    {Metric::smi_by_employment, "smi_by_employment", stock, employment, "people",
     "people with a severe mental illness at the end of the week, by employment"},
    {Metric::jobs_found, "jobs_found", flow, none, "people", "people moving from unemployment into work"},
    {Metric::jobs_found_in_employment_support, "jobs_found_in_employment_support", flow, none, "people",
     "of those, people in employment support (IPS) when they found the job"},
    // economics/
    {Metric::yll_years, "yll_years", flow, none, "years",
     "years of life lost to the suicides and excess deaths from mental illness of the week: each death's remaining "
     "life expectancy under background mortality"},
    {Metric::yll_years_discounted, "yll_years_discounted", flow, none, "years",
     "the same years of life lost, discounted from the death on at economics.discount_rate_per_year"},
    // justice/ (issue 18)
    {Metric::liaison_screenings, "liaison_screenings", flow, none, "people",
     "arrested people screened by a liaison and diversion practitioner"},
    {Metric::court_diversions, "court_diversions", flow, none, "people",
     "arrested people with a disorder diverted by the court to community care, under its supervision"},
    {Metric::repeat_arrests, "repeat_arrests", flow, none, "people",
     "arrests of people arrested before within 365 days"},
    {Metric::treated_in_jail, "treated_in_jail", flow, none, "people",
     "people held in jail with a disorder and treated there"},
    {Metric::jail_care_days, "jail_care_days", flow, none, "days",
     "days in jail of the people treated there (counted at release)"},
    {Metric::jail_releases, "jail_releases", flow, none, "people", "releases from jail, diverted or not"},
    {Metric::release_plans, "release_plans", flow, none, "people",
     "releases with release planning (critical time intervention)"},
    {Metric::releases_linked_to_care, "releases_linked_to_care", flow, none, "people",
     "releases linked to community care (always after a court diversion)"},
    {Metric::crises_after_release, "crises_after_release", flow, none, "crises",
     "crises beginning in the risk window after a release from jail"},
    {Metric::deaths_after_release, "deaths_after_release", flow, none, "people",
     "deaths (any cause) in the risk window after a release from jail"},
    // perinatal/
    {Metric::perinatal_women, "perinatal_women", stock, none, "people",
     "women pregnant or in the postnatal year at the end of the week"},
    {Metric::person_weeks_perinatal, "person_weeks_perinatal", person_time, none, "person-weeks",
     "time lived pregnant or in the postnatal year during the week"},
    {Metric::perinatal_cmd_prevalent, "perinatal_cmd_prevalent", stock, none, "people",
     "of the perinatal women, those with a common mental disorder at the end of the week"},
    {Metric::perinatal_in_treatment, "perinatal_in_treatment", stock, none, "people",
     "of those, women in treatment in a care step or on the perinatal team's caseload"},
    {Metric::births, "births", flow, none, "births", "live births (the end of a pregnancy)"},
    {Metric::perinatal_onsets, "perinatal_onsets", flow, none, "people",
     "onsets of a common mental disorder in women pregnant or in the postnatal year"},
    {Metric::perinatal_cases_found, "perinatal_cases_found", flow, none, "people",
     "positive screens in maternity care of women with a common mental disorder"},
    {Metric::in_perinatal_team, "in_perinatal_team", stock, none, "people",
     "women on the specialist perinatal team's caseload at the end of the week"},
    {Metric::awaiting_perinatal_team, "awaiting_perinatal_team", stock, none, "people",
     "women offered the perinatal team and waiting for a place at the end of the week (still eligible)"},
    {Metric::perinatal_team_entries, "perinatal_team_entries", flow, none, "people",
     "women joining the perinatal team's caseload"},
    // severe_illness/ (issue 18)
    {Metric::first_episode_cohort, "first_episode_cohort", stock, none, "people",
     "people alive whose severe mental illness began during the reported horizon (first episodes)"},
    {Metric::person_weeks_first_episode_cohort, "person_weeks_first_episode_cohort", person_time, none, "person-weeks",
     "time lived by first-episode cases during the week"},
    {Metric::first_episode_by_employment, "first_episode_by_employment", stock, employment, "people",
     "first-episode cases alive at the end of the week, by employment"},
    {Metric::first_episode_relapses, "first_episode_relapses", flow, none, "episodes",
     "acute relapses of first-episode cases"},
    {Metric::first_episode_crises, "first_episode_crises", flow, none, "crises", "crises of first-episode cases"},
    {Metric::first_episode_admissions, "first_episode_admissions", flow, none, "admissions",
     "inpatient admissions of first-episode cases"},
    {Metric::early_intervention_referrals, "early_intervention_referrals", flow, none, "people",
     "first episodes referred to early intervention in psychosis at onset"},
    {Metric::early_intervention_wait_days_sum, "early_intervention_wait_days_sum", flow, none, "days",
     "days from referral to the start of early intervention, summed over the week's starts (divide by "
     "programme_entries.early_intervention_psychosis)"},
    {Metric::early_intervention_starts_within_2_weeks, "early_intervention_starts_within_2_weeks", flow, none, "people",
     "starts of early intervention within 14 days of referral (NICE access standard)"},
    {Metric::community_team_referrals_declined, "community_team_referrals_declined", flow, none, "people",
     "people with severe mental illness whom services met and a full community mental health team did not take on"},
    // physical_health/ (issue 18)
    {Metric::clinic_screens, "clinic_screens", flow, none, "screens",
     "depression screens at visits to NCD and HIV clinics (physical_health.ncd_ and hiv_clinic_screening_coverage), "
     "estimated from "
     "the positive screens as `screens` is; what physical_health.clinic_screen_cost is charged on"},
    {Metric::clinic_treatment_starts, "clinic_treatment_starts", flow, service, "people",
     "first treatment starts of care episodes that began with a clinic screen, by service (low_intensity: brief "
     "therapy in the clinic)"},
    {Metric::physical_illness_people, "physical_illness_people", stock, none, "people",
     "people with a chronic physical illness (NCD) or HIV at the end of the week"},
    {Metric::comorbid_people, "comorbid_people", stock, none, "people",
     "people with NCD or HIV and a common mental disorder at the end of the week"},
    {Metric::comorbid_in_treatment, "comorbid_in_treatment", stock, none, "people",
     "people with NCD or HIV and a common mental disorder, in treatment for it at the end of the week"},
    {Metric::clinic_treated_people, "clinic_treated_people", stock, none, "people",
     "people with NCD or HIV whose depression is treated in their clinic, or has remitted after it, at the end of "
     "the week: their excess mortality is lowered (mortality.treated_depression_excess_share)"},
    {Metric::physical_illness_deaths, "physical_illness_deaths", flow, none, "people",
     "deaths from all causes of people with NCD or HIV"},
    {Metric::comorbid_deaths, "comorbid_deaths", flow, none, "people",
     "deaths from all causes of people with NCD or HIV and a common mental disorder"},
    // prevention/ (issue 18)
    {Metric::workplace_prevention_reached, "workplace_prevention_reached", flow, none, "people",
     "people in work reached by the workplace prevention programme at its yearly round"},
    {Metric::school_prevention_reached, "school_prevention_reached", flow, none, "people",
     "people under the school-leaving age reached by school social-emotional learning at its yearly round"},
    {Metric::parenting_prevention_reached, "parenting_prevention_reached", flow, none, "people",
     "women in the postnatal year reached by parenting support at its yearly round"},
    {Metric::prevention_onsets_averted, "prevention_onsets_averted", flow, none, "people",
     "onsets of a common mental disorder that did not happen at their time because a prevention programme had "
     "reached the person"},
    {Metric::cmd_onsets_by_employment, "cmd_onsets_by_employment", flow, employment, "episodes",
     "onsets of a common mental disorder, by employment at onset"},
    {Metric::cmd_onsets_school_age, "cmd_onsets_school_age", flow, none, "episodes",
     "onsets of a common mental disorder under prevention.school_leaving_age_years"},
    // youth/ (issue 18): ages in years, by youth stage (under 12, 12-17, 18-24)
    {Metric::young_people, "young_people", stock, youth_age, "people",
     "people under 25 alive at the end of the week, by youth stage"},
    {Metric::young_cmd_people, "young_cmd_people", stock, youth_age, "people",
     "people under 25 with a common mental disorder at the end of the week, by youth stage"},
    {Metric::young_cmd_in_treatment, "young_cmd_in_treatment", stock, youth_age, "people",
     "people under 25 with a common mental disorder, in treatment at the end of the week, by youth stage"},
    {Metric::young_help_seeking_contacts, "young_help_seeking_contacts", flow, youth_age, "contacts",
     "help-seeking contacts of people under 25 about their disorder, by youth stage"},
    {Metric::young_first_treatment_starts, "young_first_treatment_starts", flow, youth_age, "people",
     "first treatment starts of care episodes of people under 25, by youth stage"},
    {Metric::young_first_treatment_wait_days_sum, "young_first_treatment_wait_days_sum", flow, youth_age, "days",
     "days from entry into care to the first treatment start, summed over young_first_treatment_starts"},
    {Metric::teacher_identifications, "teacher_identifications", flow, none, "people",
     "pupils with a disorder referred by a trained teacher (school_support.trained_teacher_share), entering care "
     "on the school_screening route"},
    {Metric::school_counselling_starts, "school_counselling_starts", flow, none, "people",
     "brief therapy started on a school counsellor's place, with no wait (school_support.counsellor_fte_per_100k)"},
    {Metric::in_school_counselling, "in_school_counselling", stock, none, "people",
     "pupils in brief therapy with a school counsellor at the end of the week"},
    {Metric::young_cmd_onsets, "young_cmd_onsets", flow, youth_age, "episodes",
     "new episodes of common mental disorder of people under 25, by youth stage"},
    // CAMHS (issue 18)
    {Metric::camhs_referrals, "camhs_referrals", flow, none, "people",
     "referrals of people under 18 to CAMHS (triaged or stepped to an adult therapy or team step), before acceptance"},
    {Metric::camhs_referrals_declined, "camhs_referrals_declined", flow, none, "people",
     "referrals to CAMHS turned away (camhs.referral_acceptance_share)"},
    {Metric::camhs_transitions, "camhs_transitions", flow, none, "people",
     "people still ill waiting or in treatment in CAMHS when they turn 18, who move to adult care or are lost"},
    {Metric::camhs_transition_losses, "camhs_transition_losses", flow, none, "people",
     "of camhs_transitions, lost at the move to adult care (camhs.transition_loss_share)"},
}};
static_assert(ids_are_dense(kMetricRows), "metrics must be numbered 0 to kMetricCount - 1, once each");

}  // namespace

const std::array<MetricSpec, kMetricCount> kMetricSpecs = by_number(kMetricRows);

Metric stock_of_person_time(Metric person_time) {
  switch (person_time) {
    case Metric::person_weeks_alive: return Metric::population;
    case Metric::person_weeks_cmd: return Metric::cmd_prevalent;
    case Metric::person_weeks_smi: return Metric::smi_prevalent;
    case Metric::person_weeks_in_treatment: return Metric::in_treatment;
    case Metric::person_weeks_in_crisis_place: return Metric::in_crisis_place;
    case Metric::person_weeks_homeless_ill_cohort: return Metric::homeless_ill_cohort;
    case Metric::person_weeks_in_programme: return Metric::in_programme;
    case Metric::person_weeks_perinatal: return Metric::perinatal_women;
    case Metric::person_weeks_first_episode_cohort: return Metric::first_episode_cohort;
    default: throw std::logic_error("stock_of_person_time: not a person-time metric");
  }
}

}  // namespace mhsim
