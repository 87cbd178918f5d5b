#pragma once
// What the care of severe mental illness in the community does to a person's
// rates (docs/model.md, "Severe illness in the community"): the rate ratios of
// their team - early intervention, else a community mental health team unless
// ACT holds them (ACT's own ratios apply there) - and of relapse prevention.
#include "population/population.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

// Relapse prevention reaches a fixed share of people by id (a Weyl sequence):
// the same people in every arm of a comparison, and the share exact in any population.
bool reached_by_relapse_prevention(const RelapsePreventionSettings& settings, PersonId id);

// On the relapse of severe mental illness (stable to acute).
double smi_care_relapse_rate_ratio(const Scenario& scenario, const PersonState& state, PersonId id);
// On every crisis of the person.
double smi_team_crisis_rate_ratio(const Scenario& scenario, const PersonState& state);

}  // namespace mhsim
