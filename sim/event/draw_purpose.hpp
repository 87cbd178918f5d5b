#pragma once
// What a random draw is for: the third part of every stream key, so that
// adding a draw for one purpose never shifts the draws of another.
#include <cstdint>

#include "population/person.hpp"

namespace mhsim {

enum class DrawPurpose : std::uint32_t {
  attributes = 0,
  initial_state = 1,
  onset_severity = 2,
  remitter_type = 3,
  detection = 4,
  first_step = 5,
  referral_loss = 6,
  excess_death_cause = 8,
  population_entry = 9,
  initial_age = 10,
  journey_sampling = 11,
  help_seeking_door = 12,
  warm_handoff = 13,
  dropout_reason = 14,
  score = 15,
  misroute = 16,
  screening_setting = 17,
  step_up = 18,
  bounce_loss = 19,
  front_door_detection = 20,
  crisis_door = 21,
  crisis_patience = 22,
  crisis_duration = 23,
  crisis_branch = 24,
  crisis_follow_up = 25,
  social_move = 26,
  programme_exit = 27,
  discharge_on_recovery = 28,
  // The time to each process's next event: 100 + Process.
  process_base = 100,
};

inline std::uint32_t purpose_of(DrawPurpose p) { return static_cast<std::uint32_t>(p); }
inline std::uint32_t purpose_of(Process p) {
  return static_cast<std::uint32_t>(DrawPurpose::process_base) + static_cast<std::uint32_t>(p);
}

}  // namespace mhsim
