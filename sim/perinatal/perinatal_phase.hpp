#pragma once
// A woman's perinatal phase: none, pregnant, or in the postnatal year. She
// conceives at a rate by age band, is pregnant for pregnancy_weeks, then
// postnatal for postnatal_weeks (fixed lengths, timed rather than drawn as
// hazards); the end of each phase is held in her perinatal_transition time.
#include <cstdint>

#include "core/keyed_random.hpp"
#include "perinatal/perinatal_settings.hpp"
#include "population/population.hpp"

namespace mhsim {

enum class PerinatalPhase : std::uint8_t { none, pregnant, postnatal };

inline PerinatalPhase perinatal_phase_of(const PersonAttributes& a) {
  return static_cast<PerinatalPhase>(a.perinatal_phase);
}
inline bool is_perinatal(const PersonAttributes& a) {
  return a.perinatal_phase != 0;
}

// Years a birth keeps a woman perinatal: the pregnancy and the postnatal year.
double perinatal_years_per_birth(const PerinatalSettings& perinatal);

// Births per woman-year of a woman's age band (0 for men).
double births_per_woman_year(const PerinatalSettings& perinatal, const Population& people, PersonId id);

// The conception hazard of a woman not perinatal, so that births per woman-year over
// all women of the band (perinatal or not) equal the band's fertility: f / (1 - f x T).
double conception_rate_per_year(const PerinatalSettings& perinatal, const Population& people, PersonId id);

// The day a woman's current postnatal year began: its timed end less its length (prevention/ reads it).
double postnatal_start_day(const PerinatalSettings& perinatal, const Population& people, PersonId id);

// At creation: the phase in steady state (perinatal with probability f x T, split by
// the phases' lengths) and the end of the phase, uniform over its length, in her
// perinatal_transition time.
void draw_initial_perinatal_phase(const PerinatalSettings& perinatal, const KeyedRandom& random, Population& people,
                                  PersonId id, double now);

}  // namespace mhsim
