#pragma once
// Headline figures of the workforce a run's reported horizon ran with: clinical
// FTE and treatment effect by service, supervision needed against given, and
// how busy each cadre's caseload time was (from the run's step utilisation, so
// after summarise).
// Fixed for a run until the workforce moves over time; docs/outputs.md lists them.
#include <cstdint>
#include <vector>

#include "workforce/staff_deployment.hpp"
#include "results/results.hpp"

namespace mhsim {

std::vector<SummaryFigure> summarise_workforce(const StaffDeployment& plan, std::int64_t population_size,
                                              const Results& results);

}  // namespace mhsim
