#pragma once
// Headline figures of a run, computed from its weekly tables over the
// reported horizon. docs/outputs.md lists each with its unit and meaning.
#include <vector>

#include "results/results.hpp"

namespace mhsim {

std::vector<SummaryFigure> summarise(const Results& results);

}  // namespace mhsim
