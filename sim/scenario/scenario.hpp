#pragma once
// A scenario as plain data: every number the engine reads, in the units its
// name says. Loaded and validated by scenario/loader.hpp; the TOML key of each
// field is its path here (section.field, labelled arrays as sub-tables keyed
// by the labels in core/attributes.hpp). Defaults live in
// scenarios/baseline.toml, not here: a resolved scenario sets every field.
#include <array>
#include <cstdint>
#include <string>

#include "core/attributes.hpp"

namespace mhsim {

inline constexpr int kScenarioSchemaVersion = 1;

struct SimulationSettings {
  double horizon_years = 0;  // reported period, after the burn-in
  double burn_in_years = 0;  // simulated, not reported
};

struct PopulationSettings {
  std::int64_t size = 0;
  double growth_rate_per_year = 0;  // entries at age 15 beyond those that replace deaths
  std::array<double, 4> age_band_share{};  // sums to 1
  double female_share = 0;
  std::array<double, 3> region_share{};      // sums to 1
  std::array<double, 3> income_share{};      // sums to 1
  std::array<double, 3> coverage_share{};    // sums to 1
  std::array<double, 3> housing_share{};     // sums to 1
  std::array<double, 3> employment_share{};  // sums to 1
  double interpreter_needed_share = 0;
  double marginalised_group_share = 0;
  std::array<double, 4> ncd_share_by_age_band{};  // chronic physical illness
  double perinatal_share_of_women_15_44 = 0;
};

struct MortalitySettings {
  // Gompertz background hazard h(a) = rate_at_15 * exp(slope * (a - 15)).
  double gompertz_rate_at_age_15_per_year = 0;
  double gompertz_slope_per_year = 0;
  double ncd_rate_ratio = 0;  // chronic physical illness, on the background hazard
};

struct CommonMentalDisorderSettings {
  double onset_rate_per_year = 0;  // reference person: age 25-44, male, high income, employed
  std::array<double, 4> onset_rate_ratio_by_age_band{};
  double onset_rate_ratio_female = 0;
  std::array<double, 3> onset_rate_ratio_by_income{};
  double onset_rate_ratio_unemployed = 0;
  std::array<double, 3> onset_rate_ratio_by_housing{};
  double onset_rate_ratio_ncd = 0;
  double onset_rate_ratio_perinatal = 0;
  double onset_rate_ratio_previous_episode = 0;
  std::array<double, 3> onset_severity_share{};  // sums to 1
  double initial_prevalence = 0;                 // at the start of the burn-in
  // Untreated remission: a mixture of fast and slow remitters (Spijker 2002).
  double fast_remitter_share = 0;
  double fast_remission_rate_per_year = 0;
  double slow_remission_rate_per_year = 0;
  double worsening_rate_per_year = 0;  // untreated move up one severity band
  std::array<double, 3> crisis_rate_per_year{};
  std::array<double, 3> suicide_rate_per_year{};
  double excess_mortality_rate_ratio = 0;
};

struct SevereMentalIllnessSettings {
  double initial_prevalence = 0;
  std::array<double, 4> onset_rate_per_year_by_age_band{};
  double relapse_rate_per_year = 0;
  double acute_recovery_rate_per_year = 0;
  double crisis_rate_per_year_stable = 0;
  double crisis_rate_per_year_acute = 0;
  double suicide_rate_per_year_stable = 0;
  double suicide_rate_per_year_acute = 0;
  double excess_mortality_rate_ratio = 0;
};

// The five dimensions of access; each factor multiplies the help-seeking rate.
struct AccessSettings {
  std::array<double, 3> help_seeking_rate_per_year{};  // by severity, for a person with every factor 1
  double awareness_factor = 0;                          // mental health literacy in the population
  std::array<double, 3> affordability_factor_by_coverage{};
  std::array<double, 3> affordability_factor_by_income{};
  std::array<double, 3> accessibility_factor_by_region{};
  double telehealth_share = 0;              // share of the region's travel barrier removed by tele options
  double interpreter_needed_factor = 0;     // acceptability without an interpreter
  double interpreter_availability = 0;      // share of contacts with an interpreter
  double stigma_factor = 0;                 // applies to everyone
  double marginalised_group_trust_factor = 0;
  double self_referral_share = 0;  // of help-seeking contacts: straight to psychological therapy, no GP needed
};

struct PrimaryCareSettings {
  double routine_visit_rate_per_year = 0;
  double routine_visit_rate_ratio_ncd = 0;
  double screening_coverage = 0;  // share of routine visits with a PHQ-9-like screen
  double screening_sensitivity = 0;
  double screening_specificity = 0;
  std::array<double, 3> detection_probability{};  // GP recognition at a help-seeking visit, by severity
  std::array<double, 3> therapy_referral_share{};  // of detected people, by severity; the rest treated in primary care
  double referral_loss_probability = 0;            // referral to therapy never attended
  double warm_handoff_share = 0;                   // of referrals to therapy, introduced in person by the GP
  double warm_handoff_loss_ratio = 0;              // on referral_loss_probability, for a warm handoff
  double self_referral_loss_probability = 0;       // self-referral never attended
  double crisis_entry_probability = 0;             // a crisis that leads into care
};

enum class ServiceId : std::uint8_t { primary_care_treatment, psychological_therapy };
inline constexpr std::size_t kServiceCount = 2;
inline constexpr std::array<std::string_view, kServiceCount> kServiceLabels{"primary_care_treatment",
                                                                            "psychological_therapy"};

// One general multi-server service: capacity is a concurrent caseload, the
// clinical FTE the workforce gives the service times its caseload per FTE.
struct ServiceSettings {
  double caseload_per_fte = 0;  // people in treatment per full-time clinician on this service
  double treatment_weeks = 0;   // planned course length
  double waiting_dropout_rate_per_year = 0;
  double treatment_dropout_rate_per_year = 0;
  double treatment_remission_rate_per_year = 0;  // added to the untreated remission hazard
};

enum class Cadre : std::uint8_t {
  psychiatrist,
  psychologist,
  mental_health_nurse,
  social_worker,
  gp,
  care_manager,
  wellbeing_practitioner,
  lay_counsellor,
  peer_worker,
};
inline constexpr std::size_t kCadreCount = 9;
inline constexpr std::array<std::string_view, kCadreCount> kCadreLabels{
    "psychiatrist", "psychologist",           "mental_health_nurse", "social_worker", "gp",
    "care_manager", "wellbeing_practitioner", "lay_counsellor",      "peer_worker"};

// One professional group. Staff are per 100,000 people, so a smaller test
// population keeps the same balance of demand and capacity. The clinical time
// left after non-clinical work is split across services by the scope of
// practice: moving a service's time from one cadre to another is the
// task-shifting lever.
//
// Supervision: a cadre that needs it (lay counsellors, peers) asks for hours per
// FTE a week; cadres that give it spend a share of their clinical time on it,
// which they no longer have for caseload. Below the hours needed, the effect of
// the supervised cadre's treatment falls towards its unsupervised level.
struct CadreSettings {
  double fte_per_100k = 0;
  double non_clinical_time_share = 0;                         // admin and training, not available for caseload
  double supervision_time_share = 0;                          // of clinical time, spent supervising others
  std::array<double, kServiceCount> time_share_by_service{};  // of the clinical time left; at most 1 in all
  double supervision_hours_needed_per_fte_week = 0;
  double treatment_effect_ratio = 0;     // on a service's remission effect, when supervised as needed
  double unsupervised_effect_ratio = 0;  // the same, with no supervision at all
};

// Medicines in medication treatment (primary_care_treatment): adherence
// programmes raise the effect; unreliable procurement interrupts courses.
struct MedicinesSettings {
  double adherence_effect_ratio = 0;                // on the treatment's remission effect, relative to usual care
  double stock_out_interruption_rate_per_year = 0;  // per person on medication: a stock-out ends the course
};

struct RecordingSettings {
  double journey_sample_share = 0;  // share of people whose every event is logged
};

struct Scenario {
  int schema_version = kScenarioSchemaVersion;
  std::string name;
  std::string description;
  SimulationSettings simulation;
  PopulationSettings population;
  MortalitySettings mortality;
  CommonMentalDisorderSettings common_mental_disorder;
  SevereMentalIllnessSettings severe_mental_illness;
  AccessSettings access;
  PrimaryCareSettings primary_care;
  std::array<ServiceSettings, kServiceCount> services{};
  std::array<CadreSettings, kCadreCount> workforce{};
  MedicinesSettings medicines;
  RecordingSettings recording;
};

}  // namespace mhsim
