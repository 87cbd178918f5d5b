#pragma once
// What screening in NCD and HIV clinics costs a week (docs/model.md, "Costs"):
// paid as used on the primary care mental health line (a budget buys none).
// Brief therapy in the clinic is the low-intensity step's staff time, costed with it.
#include "economics/costs.hpp"

namespace mhsim {

void add_physical_health_activity_cost(const Scenario& scenario, const Results& results, WeeklyMatrix& cost);

}  // namespace mhsim
