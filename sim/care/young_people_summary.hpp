#pragma once
// Headline figures of young people and CAMHS over the reported horizon
// (docs/outputs.md): people under 18, their disorder and treatment, CAMHS
// referrals and acceptance, its list and wait, and the move to adult care at 18.
#include <vector>

#include "recording/summary_figures.hpp"

namespace mhsim {

std::vector<SummaryFigure> summarise_young_people(const Results& results);

}  // namespace mhsim
