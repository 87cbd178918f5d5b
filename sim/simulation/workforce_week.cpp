// The staff of each cadre move at the end of every week (workforce_stock.hpp),
// and the services follow them: capacity, registry and peer places, supervision
// and the effects it sets. A place lost leaves the people treated in it in
// treatment (the caseload runs down); a place gained goes to the people waiting.
// A changed effect applies to each person from their next event.
#include "economics/budget.hpp"
#include "economics/costs.hpp"
#include "care/payment.hpp"
#include "simulation/simulation.hpp"

namespace mhsim {

void Simulation::advance_workforce(double now) {
  // Each cadre's pressure: demand (in treatment and waiting) per place in the steps it works in, by its time there.
  std::array<double, kCadreCount> pressure{};
  for (std::size_t c = 0; c < kCadreCount; ++c) {
    double weighted = 0, fte = 0;
    for (std::size_t s = 0; s < kServiceCount; ++s) {
      const Service& service = services_[s];
      const double share = workforce_.clinical_fte_by_cadre[c][s];
      if (share <= 0 || service.capacity_places() <= 0) continue;
      weighted += share * static_cast<double>(service.in_treatment() + service.waiting()) /
                  static_cast<double>(service.capacity_places());
      fte += share;
    }
    pressure[c] = fte > 0 ? weighted / fte : 0.0;
  }
  const StaffWeek week = staff_.step(scenario_, pressure, workforce_.supervision_adequacy);
  workforce_ = plan_workforce(scenario_, initial_size_, staff_.fte_per_100k());
  if (weeks_closed_ >= burn_in_weeks_) {
    const std::size_t reported = weeks_closed_ - burn_in_weeks_;
    staff_tables_.record(reported, week);
    // The week's costs are those of the staff at its end and of the capacity it had.
    const LineAmounts cost =
        capacity_cost_per_week({scenario_, workforce_, crisis_capacity_, housing_first_units_.servers(), initial_size_},
                               week.trainees_started);
    // A week's share of the year's budget, as a week's share of a unit cost per year (costs.hpp).
    LineAmounts budget = budget_of_year(plan_.budget, initial_size_, budget_year_of_week(reported));
    for (double& line : budget) line /= kWeeksPerYear;
    funding_tables_.record(reported, cost, budget, crisis_capacity_);
  }
  for (std::size_t s = 0; s < kServiceCount; ++s)
    services_[s].change_settings(provider_practice(scenario_, s), workforce_.clinical_fte[s]);
  size_programmes();
  for (std::size_t s = 0; s < kServiceCount; ++s) admit_from_waiting_list(static_cast<ServiceId>(s), now);
  serve_programme_queues(now);
}

}  // namespace mhsim
