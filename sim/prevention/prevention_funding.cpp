#include "prevention/prevention_funding.hpp"

#include <string>

#include "prevention/prevention_programme.hpp"
#include "recording/summary_arithmetic.hpp"

namespace mhsim {

Eigen::VectorXd weekly_prevention_cost(const Scenario& scenario, const Results& results, std::size_t programme) {
  const std::string table = std::string(kPreventionProgrammeLabels[programme]) + "_prevention_reached";
  const ProgrammeLevers levers = levers_of(scenario.prevention, static_cast<PreventionProgramme>(programme));
  return weekly_total(results.table(table)) * levers.cost_per_person_reached;
}

void add_prevention_activity_cost(const Scenario& scenario, const Results& results, WeeklyMatrix& cost) {
  for (std::size_t p = 0; p < kPreventionProgrammeCount; ++p) {
    cost.col(static_cast<Eigen::Index>(index_of(CostLine::campaigns))) += weekly_prevention_cost(scenario, results, p);
  }
}

}  // namespace mhsim
