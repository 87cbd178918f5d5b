#pragma once
// Headline figures of the crisis system over a run's reported horizon: doors
// and outcomes, calls, mobile response times, police, ED boarding, beds (with
// Little's law from the run's own output), follow-up, and the routing shares
// the Crisis Now and Scott (2000) references are stated in. docs/outputs.md lists them.
#include <vector>

#include "crisis/crisis_capacity.hpp"
#include "results/results.hpp"

namespace mhsim {

// `mobile_responses_hours`: every mobile response time of the horizon, for its 90th percentile.
// Needs the weekly table crisis_capacity.
std::vector<SummaryFigure> summarise_crisis(const Scenario& scenario, std::int64_t population_size,
                                            std::vector<double> mobile_responses_hours, const Results& results);

}  // namespace mhsim
