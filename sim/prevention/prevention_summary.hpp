#pragma once
// Headline figures of the prevention programmes over a run's reported horizon:
// people reached and cost by programme, onsets averted at the onset event, and
// onsets in the target groups. docs/outputs.md lists them; the cost per case
// prevented compares two runs (python/mhsim/economics.py).
#include <vector>

#include "results/results.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

std::vector<SummaryFigure> summarise_prevention(const Scenario& scenario, const Results& results);

}  // namespace mhsim
