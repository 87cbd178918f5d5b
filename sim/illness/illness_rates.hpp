#pragma once
// The rates of a person's natural history: onset, remission and worsening of
// a common mental disorder, the course of severe mental illness, suicide and
// death (docs/model.md, "Natural history"). No randomness here: the kernel
// turns rates into event times.
#include "population/population.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

inline bool has_cmd(const PersonState& state) {
  return static_cast<CmdState>(state.cmd) != CmdState::none;
}
inline bool has_cmd(const Population& people, PersonId id) {
  return has_cmd(people.state(id));
}

// Rate ratio on background mortality from mental illness alone, and with
// chronic physical illness and HIV too (physical_health/comorbidity.hpp).
double mental_illness_mortality_rate_ratio(const Scenario& scenario, const Population& people, PersonId id);
double mortality_rate_ratio(const Scenario& scenario, const Population& people, PersonId id);

// Days until death from background and excess mortality, from a unit
// exponential draw: inverts the Gompertz cumulative hazard from the current age.
double days_until_death(const MortalitySettings& mortality, double age_years, double rate_ratio,
                        double unit_exponential);

double cmd_onset_rate_per_year(const CommonMentalDisorderSettings& cmd, const Population& people, PersonId id);
double cmd_untreated_remission_rate_per_year(const CommonMentalDisorderSettings& cmd, const Population& people,
                                             PersonId id);
double smi_transition_rate_per_year(const Scenario& scenario, const Population& people, PersonId id);
double suicide_rate_per_year(const Scenario& scenario, const Population& people, PersonId id);

// Severe mental illness, or a common disorder at its severe band: raises moves towards homelessness and out of work.
bool is_severely_ill(const PersonState& state);

}  // namespace mhsim
