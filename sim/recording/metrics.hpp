#pragma once
// The weekly metrics: what each one counts, its unit, and the extra
// dimension it is broken down by besides the strata. docs/outputs.md is
// written from this table.
#include <array>
#include <cstdint>
#include <string_view>

#include "event/routes.hpp"
#include "results/table_values.hpp"

namespace mhsim {

// How a metric accumulates within a week, which fixes how its table is stored (storage_of).
enum class MetricKind : std::uint8_t {
  stock,        // count at the end of the week
  person_time,  // person-weeks lived in the state during the week (integral of a stock)
  flow,         // events during the week, each counting 1
  amount,       // a sum over the week's events of a non-integer amount (days waited, sessions, money)
};

// Counts are whole: a cell holds at most the people of a stratum or a few events each a week, far below 2^32 even
// at 10 million people. Amounts and person-time in single precision (7 significant digits a cell).
constexpr StorageType storage_of(MetricKind kind) {
  return kind == MetricKind::stock || kind == MetricKind::flow ? StorageType::uint32 : StorageType::float32;
}

// The dimension a metric is broken down by, besides the strata.
enum class Axis : std::uint8_t {
  none,
  severity,
  smi_state,
  service,
  route,
  service_severity,
  crisis_door,
  crisis_site,
  crisis_transfer,
  crisis_outcome,
  crisis_place,
  housing,
  employment,
  programme,
  coverage,
  youth_age,  // youth/ (issue 18)
};

// Sections by owner. A metric's number orders the weekly tables of every
// results file: never change or reuse one; a new metric takes the next number.
enum class Metric : std::uint8_t {
  // population/
  population = 0,
  person_weeks_alive = 5,
  population_entries = 9,
  people_by_coverage = 93,
  // illness/
  cmd_prevalent = 1,
  smi_prevalent = 2,
  person_weeks_cmd = 6,
  person_weeks_smi = 7,
  deaths = 10,
  excess_deaths = 11,
  suicides = 12,
  cmd_onsets = 13,
  cmd_remissions = 14,
  cmd_worsenings = 15,
  cmd_improvements = 16,
  smi_onsets = 17,
  smi_relapses = 18,
  // access/
  help_seeking_contacts = 20,
  out_of_pocket_paid = 21,
  undetected_contacts = 22,
  front_door_contacts = 23,
  front_door_overflows = 24,
  screen_false_positives = 25,
  screens = 94,
  remote_sessions = 99,  // access beyond the first contact (issue 17)
  interpreter_hours = 100,
  out_of_hours_sessions = 101,
  transport_supported_sessions = 102,
  travel_hours_saved = 103,
  // care/
  waiting = 3,
  in_treatment = 4,
  person_weeks_in_treatment = 8,
  care_entries = 26,
  referral_losses = 27,
  misroutes = 28,
  referrals = 29,
  treatment_starts = 30,
  completions = 31,
  recoveries_in_treatment = 32,
  dropouts_waiting = 33,
  dropouts_treatment = 34,
  recoveries_waiting = 35,
  wait_days_sum = 36,
  stock_out_interruptions = 37,
  sessions = 38,
  finished_courses = 39,
  finished_course_sessions = 40,
  finished_from_caseness = 41,
  recovered_from_caseness = 42,
  rescores = 43,
  step_ups = 44,
  step_up_weeks_sum = 45,
  step_downs = 46,
  responses = 47,
  triaged = 48,
  first_treatment_starts = 49,
  responses_within_12_months = 50,
  warm_handoffs = 95,
  // crisis/
  crises = 19,
  in_crisis_place = 51,
  person_weeks_in_crisis_place = 52,
  crisis_site_arrivals = 53,
  crisis_first_sites = 54,
  hospital_free_endings = 55,
  crisis_transfers = 56,
  crisis_outcomes = 57,
  calls_answered = 58,
  calls_abandoned = 59,
  mobile_dispatches = 60,
  mobile_fallbacks_to_police = 61,
  mobile_response_hours_sum = 62,
  arrests = 63,
  diversions = 64,
  ed_boarding_hours_sum = 65,
  readmissions_within_30_days = 66,
  length_of_stay_days_sum = 67,
  follow_up_offers = 68,
  follow_ups_within_7_days = 69,
  suicides_after_discharge = 70,
  repeat_crises = 71,
  risk_windows_opened = 72,
  boarding_discharges = 73,
  co_responder_attendances = 96,
  dispatch_diversions = 97,
  bridged_discharges = 98,
  involuntary_admissions = 104,
  coercive_contacts = 105,
  // community/
  people_by_housing = 74,
  people_by_employment = 75,
  housing_first_tenants = 76,
  awaiting_housing_first = 77,
  housing_first_entries = 78,
  housing_first_exits = 79,
  homeless_ill_cohort = 80,
  person_weeks_homeless_ill_cohort = 81,
  cohort_crises = 82,
  cohort_admissions = 83,
  in_programme = 84,
  person_weeks_in_programme = 85,
  awaiting_programme = 86,
  programme_entries = 87,
  smi_by_employment = 88,
  jobs_found = 89,
  jobs_found_in_employment_support = 90,
  // economics/
  yll_years = 91,
  yll_years_discounted = 92,
  // justice/ (issue 18)
  liaison_screenings = 106,
  court_diversions = 107,
  repeat_arrests = 108,
  treated_in_jail = 109,
  jail_care_days = 110,
  jail_releases = 111,
  release_plans = 112,
  releases_linked_to_care = 113,
  crises_after_release = 114,
  deaths_after_release = 115,
  // perinatal/
  perinatal_women = 116,
  person_weeks_perinatal = 117,
  perinatal_cmd_prevalent = 118,
  perinatal_in_treatment = 119,
  births = 120,
  perinatal_onsets = 121,
  perinatal_cases_found = 122,
  in_perinatal_team = 123,
  awaiting_perinatal_team = 124,
  perinatal_team_entries = 125,
  // severe_illness/ (issue 18): first episodes in the reported horizon, early intervention, the teams
  first_episode_cohort = 126,
  person_weeks_first_episode_cohort = 127,
  first_episode_by_employment = 128,
  first_episode_relapses = 129,
  first_episode_crises = 130,
  first_episode_admissions = 131,
  early_intervention_referrals = 132,
  early_intervention_wait_days_sum = 133,
  early_intervention_starts_within_2_weeks = 134,
  community_team_referrals_declined = 135,
  // physical_health/ (issue 18)
  clinic_screens = 136,
  clinic_treatment_starts = 137,
  physical_illness_people = 138,
  comorbid_people = 139,
  comorbid_in_treatment = 140,
  clinic_treated_people = 141,
  physical_illness_deaths = 142,
  comorbid_deaths = 143,
  // prevention/ (issue 18)
  workplace_prevention_reached = 144,
  school_prevention_reached = 145,
  parenting_prevention_reached = 146,
  prevention_onsets_averted = 147,
  cmd_onsets_by_employment = 148,
  cmd_onsets_school_age = 149,
  // youth/ (issue 18): by youth stage (under 12, 12-17, 18-24), ages in years
  young_people = 150,
  young_cmd_people = 151,
  young_cmd_in_treatment = 152,
  young_help_seeking_contacts = 153,
  young_first_treatment_starts = 154,
  young_first_treatment_wait_days_sum = 155,
  teacher_identifications = 156,
  school_counselling_starts = 157,
  in_school_counselling = 158,
  young_cmd_onsets = 159,
  // CAMHS (issue 18): referrals and the move to adult care at 18
  camhs_referrals = 160,
  camhs_referrals_declined = 161,
  camhs_transitions = 162,
  camhs_transition_losses = 163,
  // care/ (issue 19): time on a list of everyone who left it, and the list's person-time (Little's law)
  person_weeks_waiting = 164,
  list_leavers = 165,
  list_days_sum = 166,
  // care/ (issue 19): outcomes at 12 months, minimally adequate treatment, steps with no places
  assessed_12_months_after_entry = 167,
  responding_12_months_after_entry = 168,
  adequately_treated_episodes = 169,
  referrals_refused_no_places = 170,
};
inline constexpr std::size_t kMetricCount = 171;

struct MetricSpec {
  Metric id;
  std::string_view name;
  MetricKind kind;
  Axis axis;
  std::string_view unit;
  std::string_view description;
};

// By number: kMetricSpecs[m] describes Metric m.
extern const std::array<MetricSpec, kMetricCount> kMetricSpecs;

inline const MetricSpec& spec_of(Metric m) {
  return kMetricSpecs[static_cast<std::size_t>(m)];
}

// The stock whose integral a person-time metric records.
Metric stock_of_person_time(Metric person_time);

}  // namespace mhsim
