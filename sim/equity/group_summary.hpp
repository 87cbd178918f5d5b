#pragma once
// The summary by group: headline figures for each group of each dimension (region,
// income, coverage, marginalised group, language, housing, age band, sex), every rate
// per person-year of that group. Region, income, age band and sex come from the strata
// tables, the others from the by-group tables (equity/group_metrics.hpp). docs/outputs.md
// lists the figures.
#include <vector>

#include "results/results.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

// Needs the weekly tables of the run, yld_years and yld_years_by_group among them (economics/health_outcomes.hpp).
std::vector<GroupFigure> summarise_by_group(const Scenario& scenario, const Results& results);

}  // namespace mhsim
