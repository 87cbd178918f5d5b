#pragma once
// What a random draw is for: the third part of every stream key, so that
// adding a draw for one purpose never shifts the draws of another. Sections by
// owner; a number, once used, keys streams in every results file made since:
// never change or reuse one (7 is retired).
#include <array>
#include <cstdint>

#include "core/registry.hpp"
#include "population/person.hpp"

namespace mhsim {

enum class DrawPurpose : std::uint32_t {
  // population/
  attributes = 0,
  population_entry = 9,
  initial_age = 10,
  journey_sampling = 11,
  digital_access = 29,
  // illness/
  initial_state = 1,
  onset_severity = 2,
  remitter_type = 3,
  excess_death_cause = 8,
  score = 15,
  // access/
  detection = 4,
  help_seeking_door = 12,
  screening_setting = 17,
  front_door_detection = 20,
  // care/
  first_step = 5,
  referral_loss = 6,
  warm_handoff = 13,
  dropout_reason = 14,
  misroute = 16,
  step_up = 18,
  bounce_loss = 19,
  discharge_on_recovery = 28,
  // crisis/
  crisis_door = 21,
  crisis_patience = 22,
  crisis_duration = 23,
  crisis_branch = 24,
  crisis_follow_up = 25,
  involuntary_admission = 30,
  // community/
  social_move = 26,
  programme_exit = 27,
  // justice/
  court_diversion = 31,
  jail_care = 32,
  release_linkage = 33,
  // perinatal/
  perinatal_phase = 34,
  // severe_illness/ (issue 18)
  early_intervention_referral = 35,
  // physical_health/
  hiv_status = 36,
  clinic_therapy = 37,
  // prevention/ (issue 18)
  prevention_reach = 38,
  prevention_onset = 39,
  // young people (issue 18): population/ at 16, care/ at a CAMHS referral and at 18
  labour_force_entry = 40,
  camhs_acceptance = 41,
  camhs_transition = 42,
  // youth/ (issue 18)
  teacher_identification = 43,
  // care/ (issue 19): an exponential course length (services.<step>.course_length)
  course_length = 44,
  // simulation/: the time to each process's next event is drawn at 100 + Process.
  process_base = 100,
};

namespace draw_purpose_registry {
using enum DrawPurpose;
inline constexpr std::array kAll{attributes,
                                 population_entry,
                                 initial_age,
                                 journey_sampling,
                                 digital_access,
                                 initial_state,
                                 onset_severity,
                                 remitter_type,
                                 excess_death_cause,
                                 score,
                                 detection,
                                 help_seeking_door,
                                 screening_setting,
                                 front_door_detection,
                                 first_step,
                                 referral_loss,
                                 warm_handoff,
                                 dropout_reason,
                                 misroute,
                                 step_up,
                                 bounce_loss,
                                 discharge_on_recovery,
                                 crisis_door,
                                 crisis_patience,
                                 crisis_duration,
                                 crisis_branch,
                                 crisis_follow_up,
                                 involuntary_admission,
                                 social_move,
                                 programme_exit,
                                 court_diversion,
                                 jail_care,
                                 release_linkage,
                                 perinatal_phase,
                                 early_intervention_referral,
                                 hiv_status,
                                 clinic_therapy,
                                 prevention_reach,
                                 prevention_onset,
                                 labour_force_entry,
                                 camhs_acceptance,
                                 camhs_transition,
                                 teacher_identification,
                                 course_length};
static_assert(numbers_are_unique(kAll), "two draw purposes share a number: their streams would coincide");
constexpr bool below_process_numbers() {
  for (const DrawPurpose purpose : kAll) {
    if (static_cast<std::uint32_t>(purpose) >= static_cast<std::uint32_t>(process_base)) return false;
  }
  return true;
}
static_assert(below_process_numbers(), "a draw purpose reaches into the numbers of the processes' draws");
}  // namespace draw_purpose_registry

inline std::uint32_t purpose_of(DrawPurpose p) {
  return static_cast<std::uint32_t>(p);
}
inline std::uint32_t purpose_of(Process p) {
  return static_cast<std::uint32_t>(DrawPurpose::process_base) + static_cast<std::uint32_t>(p);
}

}  // namespace mhsim
