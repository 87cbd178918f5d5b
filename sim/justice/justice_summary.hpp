#pragma once
// Headline figures of justice after arrest over a run's reported horizon:
// screening and court diversion, repeat arrests, care in jail, links to care
// at release and what follows a release. docs/outputs.md lists them.
#include <vector>

#include "results/results.hpp"

namespace mhsim {

std::vector<SummaryFigure> summarise_justice(const Results& results);

}  // namespace mhsim
