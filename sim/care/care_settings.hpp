#pragma once
// The care pathway: primary care and screening, the stepped-care services,
// the front door, collaborative care and medicines (docs/model.md, "Care").
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "care/payment_settings.hpp"
#include "core/attributes.hpp"

namespace mhsim {

struct PrimaryCareSettings {
  double routine_visit_rate_per_year = 0;
  double routine_visit_rate_ratio_ncd = 0;
  std::array<double, 3> detection_probability{};  // GP recognition at a help-seeking visit, by severity
  double warm_handoff_share = 0;                   // of referrals from primary care, introduced in person
  double warm_handoff_loss_ratio = 0;              // on a step's referral loss, for a warm handoff
  double self_referral_loss_probability = 0;       // a self-referral never attended (in place of the step's loss)
};

// PHQ-9-like screening outside help-seeking: at routine primary care visits,
// in schools (people aged 15-24) and in maternity care (perinatal_care.screens_per_pregnancy).
struct ScreeningSettings {
  double routine_visit_coverage = 0;  // share of routine primary care visits with a screen
  double school_screens_per_year = 0;     // per person aged 15-24
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
  camhs,  // child and adolescent mental health services: under-18s instead of the adult therapy and team steps
};
inline constexpr std::size_t kServiceCount = 6;
inline constexpr std::array<std::string_view, kServiceCount> kServiceLabels{
    "digital_self_help", "low_intensity", "high_intensity", "medication_management", "community_team", "camhs"};
// Steps with staff and a capacity: every step but digital self-help (index 0).
inline constexpr std::size_t kStaffedServiceCount = kServiceCount - 1;
inline constexpr std::array<std::string_view, kStaffedServiceCount> kStaffedServiceLabels{
    "low_intensity", "high_intensity", "medication_management", "community_team", "camhs"};
inline constexpr bool has_capacity_limit(std::size_t service) {
  return service != index_of(ServiceId::digital_self_help);
}
// A staffed step's index among kStaffedServiceLabels.
inline constexpr std::size_t staffed_index(std::size_t service) { return service - 1; }

// How a step's course length is drawn: the planned length for everyone (as calibrated), or exponential with
// that mean, so that a step can be reduced to an M/M/c queue (docs/model.md, "Course length and list order").
enum class CourseLength : std::uint8_t { fixed, exponential };
inline constexpr std::array<std::string_view, 2> kCourseLengthLabels{"fixed", "exponential"};
// How a step's list is ordered: by severity then arrival (severity_head_start_days, and the payment model's
// preference), or first come, first served whatever the severity.
enum class WaitingListOrder : std::uint8_t { severity_head_start, first_come_first_served };
inline constexpr std::array<std::string_view, 2> kWaitingListOrderLabels{"severity_head_start",
                                                                         "first_come_first_served"};

// One general multi-server service: capacity is a concurrent caseload, the
// clinical FTE the workforce gives the service times its caseload per FTE.
struct ServiceSettings {
  double caseload_per_fte = 0;  // people in treatment per full-time clinician on this service
  double treatment_weeks = 0;   // planned course length (the mean of an exponential one)
  CourseLength course_length = CourseLength::fixed;
  double sessions_per_week = 0;  // contacts during a course
  double referral_loss_probability = 0;  // a referral to this step never attended
  // The list is served by severity then arrival: each band above mild counts as
  // having joined this many days earlier (0: first come, first served; very
  // large: strict priority).
  double severity_head_start_days = 0;
  WaitingListOrder waiting_list_order = WaitingListOrder::severity_head_start;
  double waiting_dropout_rate_per_year = 0;
  double treatment_dropout_rate_per_year = 0;
  double treatment_remission_rate_per_year = 0;    // added to the untreated remission hazard
  double treatment_improvement_rate_per_year = 0;  // down one severity band while in treatment
  PaymentModel payment_model = PaymentModel::capitation;  // how providers are paid ([payment] says what it changes)
};

// Child and adolescent mental health services (issue 18): people under 18 whom triage sends to an adult
// therapy or team step go to CAMHS (services.camhs) instead, if it accepts the referral; at 18 those waiting
// or in treatment there move to adult care, and some are lost (docs/model.md, "Young people").
struct CamhsSettings {
  double referral_acceptance_share = 0;  // of referrals to CAMHS, accepted (the rest are turned away)
  double transition_loss_share = 0;      // of people waiting or in treatment in CAMHS at 18, lost at the move
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

// Medicines in medication management: adherence
// programmes raise the effect; unreliable procurement interrupts courses.
struct MedicinesSettings {
  double adherence_effect_ratio = 0;                // on the treatment's remission effect, relative to usual care
  double stock_out_interruption_rate_per_year = 0;  // per person on medication: a stock-out ends the course
};

}  // namespace mhsim
