#include "care/care_funding.hpp"

#include "recording/summary_arithmetic.hpp"

namespace mhsim {

void add_care_activity_cost(const Scenario& scenario, const Results& results, WeeklyMatrix& cost) {
  const CostSettings& unit = scenario.costs;
  charge_activity(cost, CostLine::primary_care_mental_health, weekly_total(results.table("warm_handoffs")),
                  unit.warm_handoff);
  // An adherence programme is what raises the effect of medicines above usual care's; below or at 1 there is none.
  if (scenario.medicines.adherence_effect_ratio > 1.0) {
    const Eigen::VectorXd weeks_on_medication = weekly_total_of(
        results.table("person_weeks_in_treatment"), index_of(ServiceId::medication_management), kServiceCount);
    charge_activity(cost, CostLine::medication, weeks_on_medication, unit.adherence_support_per_treated_week);
  }
}

}  // namespace mhsim
