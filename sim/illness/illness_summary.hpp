#pragma once
// Headline figures of illness over the reported horizon: prevalence, the share
// in treatment, onsets, and crises and deaths (docs/outputs.md).
#include "recording/summary_figures.hpp"

namespace mhsim {

void add_prevalence_and_onsets(FigureList& figures, const Results& r);
void add_crises_and_deaths(FigureList& figures, const Results& r);

}  // namespace mhsim
