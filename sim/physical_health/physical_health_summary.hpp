#pragma once
// Headline figures of care beside physical health over the reported horizon
// (docs/outputs.md): people with NCD or HIV, how many of them have a common
// mental disorder and are treated for it, the clinics' screens and brief
// therapy, and the deaths of people with both conditions.
#include <vector>

#include "recording/summary_figures.hpp"

namespace mhsim {

std::vector<SummaryFigure> summarise_physical_health(const Results& results);

}  // namespace mhsim
