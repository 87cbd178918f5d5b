#pragma once
// Headline figures of access over the reported horizon: help-seeking and care
// entries, by coverage and by income where cost-sharing bites (docs/outputs.md).
#include "recording/summary_figures.hpp"

namespace mhsim {

void add_help_seeking(FigureList& figures, const Results& r);

}  // namespace mhsim
