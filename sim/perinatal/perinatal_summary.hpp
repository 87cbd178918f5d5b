#pragma once
// Headline figures of the perinatal pathway over a run's reported horizon: births,
// perinatal time, onsets and prevalence, cases found in maternity care, women
// treated, and the perinatal team's caseload and list. docs/outputs.md lists them.
#include <cstdint>
#include <vector>

#include "results/results.hpp"

namespace mhsim {

std::vector<SummaryFigure> summarise_perinatal(std::int64_t population_size, const Results& results);

}  // namespace mhsim
