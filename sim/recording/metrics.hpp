#pragma once
// The weekly metrics: what each one counts, its unit, and the extra
// dimension it is broken down by besides the strata. docs/outputs.md is
// written from this table.
#include <array>
#include <cstdint>
#include <string_view>

#include "event/routes.hpp"

namespace mhsim {

// How a metric accumulates within a week.
enum class MetricKind : std::uint8_t {
  stock,        // count at the end of the week
  person_time,  // person-weeks lived in the state during the week (integral of a stock)
  flow,         // events during the week
};

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
};

enum class Metric : std::uint8_t {
  population,
  cmd_prevalent,
  smi_prevalent,
  waiting,
  in_treatment,
  person_weeks_alive,
  person_weeks_cmd,
  person_weeks_smi,
  person_weeks_in_treatment,
  population_entries,
  deaths,
  excess_deaths,
  suicides,
  cmd_onsets,
  cmd_remissions,
  cmd_worsenings,
  cmd_improvements,
  smi_onsets,
  smi_relapses,
  crises,
  help_seeking_contacts,
  out_of_pocket_paid,
  undetected_contacts,
  front_door_contacts,
  front_door_overflows,
  screen_false_positives,
  care_entries,
  referral_losses,
  misroutes,
  referrals,
  treatment_starts,
  completions,
  recoveries_in_treatment,
  dropouts_waiting,
  dropouts_treatment,
  recoveries_waiting,
  wait_days_sum,
  stock_out_interruptions,
  sessions,
  finished_courses,
  finished_course_sessions,
  finished_from_caseness,
  recovered_from_caseness,
  rescores,
  step_ups,
  step_up_weeks_sum,
  step_downs,
  responses,
  triaged,
  first_treatment_starts,
  responses_within_12_months,
  in_crisis_place,
  person_weeks_in_crisis_place,
  crisis_site_arrivals,
  crisis_first_sites,
  hospital_free_endings,
  crisis_transfers,
  crisis_outcomes,
  calls_answered,
  calls_abandoned,
  mobile_dispatches,
  mobile_fallbacks_to_police,
  mobile_response_hours_sum,
  arrests,
  diversions,
  ed_boarding_hours_sum,
  readmissions_within_30_days,
  length_of_stay_days_sum,
  follow_up_offers,
  follow_ups_within_7_days,
  suicides_after_discharge,
  repeat_crises,
  risk_windows_opened,
  boarding_discharges,
  people_by_housing,
  people_by_employment,
  housing_first_tenants,
  awaiting_housing_first,
  housing_first_entries,
  housing_first_exits,
  homeless_ill_cohort,
  person_weeks_homeless_ill_cohort,
  cohort_crises,
  cohort_admissions,
  in_programme,
  person_weeks_in_programme,
  awaiting_programme,
  programme_entries,
  smi_by_employment,
  jobs_found,
  jobs_found_in_employment_support,
  yll_years,
  yll_years_discounted,
  people_by_coverage,
};
inline constexpr std::size_t kMetricCount = 94;

struct MetricSpec {
  std::string_view name;
  MetricKind kind;
  Axis axis;
  std::string_view unit;
  std::string_view description;
};

extern const std::array<MetricSpec, kMetricCount> kMetricSpecs;

inline const MetricSpec& spec_of(Metric m) { return kMetricSpecs[static_cast<std::size_t>(m)]; }

// The stock whose integral a person-time metric records.
Metric stock_of_person_time(Metric person_time);

}  // namespace mhsim
