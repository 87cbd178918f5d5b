#pragma once
// What the prevention programmes cost a week (docs/model.md, "Costs"): each
// person reached at a round at the programme's cost per person reached, paid as
// used on the campaigns line (public mental health; a budget buys none).
#include "economics/costs.hpp"

namespace mhsim {

void add_prevention_activity_cost(const Scenario& scenario, const Results& results, WeeklyMatrix& cost);

// Each programme's weekly cost: the people it reached that week x its cost per person reached.
Eigen::VectorXd weekly_prevention_cost(const Scenario& scenario, const Results& results, std::size_t programme);

}  // namespace mhsim
