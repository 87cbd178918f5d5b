#pragma once
// Headline figures of the care of severe mental illness in the community over
// a run's reported horizon: first-episode cases' relapses, crises, admissions
// and work, early intervention's reach and waits, the teams' contacts and
// relapse prevention's reach (the places, occupancy and lists of both teams are
// among the community programmes' figures). docs/outputs.md lists them.
#include <cstdint>
#include <vector>

#include "results/results.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

std::vector<SummaryFigure> summarise_severe_illness(const Scenario& scenario, std::int64_t population_size,
                                                    const Results& results);

}  // namespace mhsim
