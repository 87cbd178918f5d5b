#pragma once
// The rate of a person's crises (docs/model.md, "Crises"): by their illness,
// treatment and housing, lowered by assertive community treatment and raised
// in the risk window after crisis care.
#include "population/population.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

double crisis_rate_per_year(const Scenario& scenario, const Population& people, PersonId id);

}  // namespace mhsim
