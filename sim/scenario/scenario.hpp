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
#include "scenario/budget_settings.hpp"
#include "scenario/community_settings.hpp"
#include "scenario/cost_settings.hpp"
#include "scenario/crisis_settings.hpp"
#include "scenario/payment_settings.hpp"

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
  std::array<double, 3> affordability_factor_by_income{};  // costs of care beyond copays (time off work, travel)
  std::array<double, 3> accessibility_factor_by_region{};
  double telehealth_share = 0;              // share of the region's travel barrier removed by tele options
  double interpreter_needed_factor = 0;     // acceptability without an interpreter
  double interpreter_availability = 0;      // share of contacts with an interpreter
  double stigma_factor = 0;                 // applies to everyone
  double marginalised_group_trust_factor = 0;
  double self_referral_share = 0;       // of help-seeking contacts: referred by themselves, no GP needed
  double digital_self_help_share = 0;  // of help-seeking contacts: straight to digital self-help
};

// What people pay at the point of care, by coverage, per visit or session
// (docs/model.md, "Cost-sharing and parity"). A copay lowers help-seeking (the
// primary care copay) and raises drop-out (the copay of the service), the
// more so the lower the person's income.
struct CostSharingSettings {
  std::array<double, 3> primary_care_copay_by_coverage{};
  std::array<double, 3> therapy_copay_by_coverage{};     // low- and high-intensity therapy sessions
  std::array<double, 3> medication_copay_by_coverage{};  // medication management visits and prescriptions
  std::array<double, 3> physical_health_copay_by_coverage{};  // the level parity brings mental health copays to
  double parity_share = 0;  // share of the gap above physical health copays that parity closes (1: full parity)
  std::array<double, 3> half_demand_copay_by_income{};  // the copay at which help-seeking halves
  double dropout_rate_ratio_at_half_demand_copay = 0;   // on treatment drop-out, rising linearly with the copay
};

// Anti-stigma and awareness campaigns (docs/model.md, "Campaigns"): a spend a
// year closes part of the gap between access.stigma_factor (or
// access.awareness_factor) and 1, with diminishing returns.
struct CampaignSettings {
  double anti_stigma_spend_per_100k_per_year = 0;
  double awareness_spend_per_100k_per_year = 0;
  double max_gap_closed = 0;                 // of 1 - the factor, with unlimited spend
  double spend_scale_per_100k_per_year = 0;  // the spend that closes 1 - 1/e (63%) of the most a campaign can
};

struct PrimaryCareSettings {
  double routine_visit_rate_per_year = 0;
  double routine_visit_rate_ratio_ncd = 0;
  std::array<double, 3> detection_probability{};  // GP recognition at a help-seeking visit, by severity
  double warm_handoff_share = 0;                   // of referrals from primary care, introduced in person
  double warm_handoff_loss_ratio = 0;              // on a step's referral loss, for a warm handoff
  double self_referral_loss_probability = 0;       // a self-referral never attended (in place of the step's loss)
};

// PHQ-9-like screening outside help-seeking: at routine primary care visits,
// in schools (people aged 15-24) and in perinatal care.
struct ScreeningSettings {
  double routine_visit_coverage = 0;  // share of routine primary care visits with a screen
  double school_screens_per_year = 0;     // per person aged 15-24
  double perinatal_screens_per_year = 0;  // per perinatal woman
  double sensitivity = 0;
  double specificity = 0;
};

// The stepped-care steps, in ladder order: a step-up moves to the step that
// step_up_from() names. Each is a service; digital self-help has no capacity limit.
enum class ServiceId : std::uint8_t {
  digital_self_help,
  low_intensity,
  high_intensity,
  medication_management,
  community_team,
};
inline constexpr std::size_t kServiceCount = 5;
inline constexpr std::array<std::string_view, kServiceCount> kServiceLabels{
    "digital_self_help", "low_intensity", "high_intensity", "medication_management", "community_team"};
// Steps with staff and a capacity: every step but digital self-help (index 0).
inline constexpr std::size_t kStaffedServiceCount = kServiceCount - 1;
inline constexpr std::array<std::string_view, kStaffedServiceCount> kStaffedServiceLabels{
    "low_intensity", "high_intensity", "medication_management", "community_team"};
inline constexpr bool has_capacity_limit(std::size_t service) {
  return service != index_of(ServiceId::digital_self_help);
}
// A staffed step's index among kStaffedServiceLabels.
inline constexpr std::size_t staffed_index(std::size_t service) { return service - 1; }

// One general multi-server service: capacity is a concurrent caseload, the
// clinical FTE the workforce gives the service times its caseload per FTE.
struct ServiceSettings {
  double caseload_per_fte = 0;  // people in treatment per full-time clinician on this service
  double treatment_weeks = 0;   // planned course length
  double sessions_per_week = 0;  // contacts during a course
  double referral_loss_probability = 0;  // a referral to this step never attended
  // The list is served by severity then arrival: each band above mild counts as
  // having joined this many days earlier (0: first come, first served; very
  // large: strict priority).
  double severity_head_start_days = 0;
  double waiting_dropout_rate_per_year = 0;
  double treatment_dropout_rate_per_year = 0;
  double treatment_remission_rate_per_year = 0;    // added to the untreated remission hazard
  double treatment_improvement_rate_per_year = 0;  // down one severity band while in treatment
  PaymentModel payment_model = PaymentModel::capitation;  // how providers are paid ([payment] says what it changes)
};

// Triage to a first step, and when to move between steps.
struct SteppedCareSettings {
  // Where recognised people start, by severity; each row sums to 1.
  std::array<std::array<double, kServiceCount>, 3> first_step_share_by_severity{};
  double misroute_share = 0;  // of triage decisions without a front door: one step too high or too low
  double late_step_up_probability = 0;  // without measurement-based care: a non-responder is stepped up at course end
};

// A single front door (intake line and web with navigators) when funded.
struct FrontDoorSettings {
  double contact_share = 0;  // of help-seeking contacts, made through the front door (0: none)
  double navigator_fte_per_100k = 0;
  double assessments_per_navigator_fte_week = 0;  // contacts beyond this go to the GP instead
  std::array<double, 3> detection_probability{};  // recognition at a structured intake, by severity
  double referral_loss_ratio = 0;                 // on a step's referral loss: navigators carry the referral
};

// Collaborative care in primary care (AIMS Center model): care managers hold a
// registry of people treated in primary care until they respond, re-score
// every few weeks and step up non-responders after a consulting psychiatrist's review.
struct CollaborativeCareSettings {
  double registry_caseload_per_care_manager_fte = 0;
  double psychiatrist_consult_hours_per_care_manager_fte_week = 0;
  double rescore_interval_weeks = 0;
  double step_up_review_weeks = 0;  // the first re-score at which non-responders are stepped up
  // The first step-up on the registry stays in primary care: dose, switch or
  // augmentation, or added problem solving, with this ratio on the step's effect.
  double intensified_effect_ratio = 0;
  double treatment_dropout_rate_ratio = 0;  // care manager follow-up on the drop-out hazard
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
static_assert(kCadreCount == kCostedCadreCount, "costs.fte_year_by_cadre has one cost per cadre");
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
  std::array<double, kStaffedServiceCount> time_share_by_service{};  // of the clinical time left, by staffed step; at most 1 in all
  double supervision_hours_needed_per_fte_week = 0;
  double treatment_effect_ratio = 0;     // on a service's remission effect, when supervised as needed
  double unsupervised_effect_ratio = 0;  // the same, with no supervision at all
  // Stocks over time (docs/model.md, "Workforce over time"): fte_per_100k is the
  // staff in post at the start; leavers are replaced after a recruitment lag,
  // and through a training course for cadres with training_weeks > 0.
  double attrition_rate_per_year = 0;
  double recruitment_lag_weeks = 0;
  double training_weeks = 0;  // 0: hired trained
  double training_completion_share = 0;
  double training_cost_per_trainee = 0;  // in the currency of [costs]
};

// What moves the staff stocks beyond each cadre's own rates.
struct WorkforceDynamicsSettings {
  double burnout_pressure_threshold = 0;     // demand (people in treatment and waiting) per caseload place
  double burnout_attrition_ratio_per_pressure = 0;  // attrition x (1 + this x pressure above the threshold)
  double attrition_rate_ratio_unsupervised = 0;     // for cadres that need supervision, with none given
  double hiring_rate_ratio = 0;                     // 1: vacancies filled at the recruitment lag; 0: a hiring freeze
};

// Medicines in medication management: adherence
// programmes raise the effect; unreliable procurement interrupts courses.
struct MedicinesSettings {
  double adherence_effect_ratio = 0;                // on the treatment's remission effect, relative to usual care
  double stock_out_interruption_rate_per_year = 0;  // per person on medication: a stock-out ends the course
};

// Health-economic accounting (docs/model.md, "Health outcomes"): how health
// lost is weighed and discounted. It changes no one's course, only the counts.
struct EconomicsSettings {
  double discount_rate_per_year = 0;  // for health (and costs) after the start of the horizon
  std::array<double, 3> disability_weight_cmd{};  // by severity
  std::array<double, 2> disability_weight_smi{};  // stable, acute
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
  CostSharingSettings cost_sharing;
  CampaignSettings campaigns;
  PrimaryCareSettings primary_care;
  ScreeningSettings screening;
  SteppedCareSettings stepped_care;
  FrontDoorSettings front_door;
  CollaborativeCareSettings collaborative_care;
  std::array<ServiceSettings, kServiceCount> services{};
  std::array<CadreSettings, kCadreCount> workforce{};
  WorkforceDynamicsSettings workforce_dynamics;
  MedicinesSettings medicines;
  CrisisSettings crisis;
  CrisisLineSettings crisis_line;
  MobileTeamSettings mobile_team;
  PoliceSettings police;
  StabilisationSettings stabilisation;
  ShortTermBedSettings short_term_beds;
  EmergencyDepartmentSettings emergency_department;
  InpatientSettings inpatient;
  FollowUpSettings follow_up;
  HousingSettings housing;
  EmploymentSettings employment;
  HousingFirstSettings housing_first;
  PeerSupportSettings peer_support;
  EmploymentSupportSettings employment_support;
  AssertiveCommunityTreatmentSettings assertive_community_treatment;
  EconomicsSettings economics;
  CostSettings costs;
  BudgetSettings budget;
  PaymentSettings payment;
  RecordingSettings recording;
};

}  // namespace mhsim
