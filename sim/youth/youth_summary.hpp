#pragma once
// Headline figures of school support and the youth pathway over the reported horizon (docs/outputs.md):
// for young people aged 12-24 and pupils (under 18), by age in years - help-seeking, identification at
// school, treatment in school and anywhere, the treated share of those ill, the wait to a first treatment,
// and what the counsellors, the teachers' training and one-stop youth services cost a year.
#include <cstdint>
#include <vector>

#include "recording/summary_figures.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

std::vector<SummaryFigure> summarise_youth(const Scenario& scenario, std::int64_t population_size,
                                           const Results& results);

}  // namespace mhsim
