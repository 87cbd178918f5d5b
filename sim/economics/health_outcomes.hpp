#pragma once
// Disability-adjusted life years over a run's reported horizon (docs/model.md,
// "Health outcomes"): YLD from person-time with each condition and state times
// its disability weight, YLL from the deaths caused by mental illness (suicides
// and excess deaths, recorded with their remaining life expectancy), each
// optionally discounted to the start of the horizon.
#include <vector>

#include "results/results.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

// YLD per week and stratum, in years.
WeeklyTable yld_table(const Scenario& scenario, const Results& results);
// The same by group cell (equity/group_cell.hpp), from the by-group person-time tables: the summary by group's DALYs.
WeeklyTable yld_by_group_table(const Scenario& scenario, const Results& results);

// Needs the weekly tables yld_years (yld_table), yll_years and yll_years_discounted.
std::vector<SummaryFigure> summarise_health_outcomes(const Scenario& scenario, const Results& results);

}  // namespace mhsim
