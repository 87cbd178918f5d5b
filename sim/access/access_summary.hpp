#pragma once
// Headline figures of access over the reported horizon: help-seeking and care
// entries, by coverage and by income where cost-sharing bites (docs/outputs.md).
#include "recording/summary_figures.hpp"

namespace mhsim {

void add_help_seeking(FigureList& figures, const Results& r);
// Trust: involuntary admissions and coercive contacts per 100,000 person-years, each group's factor at the end.
std::vector<SummaryFigure> summarise_trust(const Results& r);

}  // namespace mhsim
