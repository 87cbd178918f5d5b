#include "physical_health/physical_health_funding.hpp"

#include "recording/summary_arithmetic.hpp"

namespace mhsim {

void add_physical_health_activity_cost(const Scenario& scenario, const Results& results, WeeklyMatrix& cost) {
  charge_activity(cost, CostLine::primary_care_mental_health, weekly_total(results.table("clinic_screens")),
                  scenario.physical_health.clinic_screen_cost);
}

}  // namespace mhsim
