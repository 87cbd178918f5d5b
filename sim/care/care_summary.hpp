#pragma once
// Headline figures of care over the reported horizon: the flows of the pathway,
// then, service by service, waits, starts, places and courses (docs/outputs.md).
#include "recording/summary_figures.hpp"

namespace mhsim {

void add_pathway_flows(FigureList& figures, const Results& r);
void add_service_figures(FigureList& figures, const Results& r);

}  // namespace mhsim
