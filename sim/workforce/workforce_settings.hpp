#pragma once
// The staff who deliver care, by cadre, and what moves their numbers over
// time (docs/model.md, "Workforce over time").
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "care/care_settings.hpp"
#include "economics/cost_settings.hpp"

namespace mhsim {

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

}  // namespace mhsim
