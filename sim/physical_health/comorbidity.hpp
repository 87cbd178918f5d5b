#pragma once
// Mental and physical illness together (docs/model.md, "Care beside physical
// health"): who has a physical illness that brings them to a clinic, whose
// depression is treated there, and the mortality of the physical illness,
// whose excess shrinks while depression is treated there (adherence returns).
#include "population/population.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

inline bool has_physical_illness(const PersonAttributes& attributes) {
  return attributes.ncd || attributes.hiv;
}

// The care episode began with a clinic screen and started treatment; the person is still in it, or their
// disorder has remitted since. A new episode of the disorder outside care ends it.
inline bool depression_treated_in_clinic(const PersonState& state) {
  return state.clinic_episode && state.episode_treated &&
         (static_cast<CarePlace>(state.care_place) == CarePlace::in_treatment ||
          static_cast<CmdState>(state.cmd) == CmdState::none);
}

// Rate ratio on background mortality from NCD and HIV.
double physical_illness_mortality_rate_ratio(const Scenario& scenario, const Population& people, PersonId id);

// Depression screens a year at the visits to the clinics of the person's physical illnesses.
double clinic_screens_per_year(const PhysicalHealthSettings& physical_health, const PersonAttributes& attributes);

}  // namespace mhsim
