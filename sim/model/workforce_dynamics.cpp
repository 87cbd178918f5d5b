// The staff of each cadre move at the end of every week (workforce_stock.hpp),
// and the services follow them: capacity, registry and peer places, supervision
// and the effects it sets. A place lost leaves the people treated in it in
// treatment (the caseload runs down); a place gained goes to the people waiting.
// A changed effect applies to each person from their next event.
#include "model/simulation.hpp"

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
  if (weeks_closed_ >= burn_in_weeks_) staff_tables_.record(weeks_closed_ - burn_in_weeks_, week);
  workforce_ = plan_workforce(scenario_, initial_size_, staff_.fte_per_100k());
  for (std::size_t s = 0; s < kServiceCount; ++s)
    services_[s].change_settings(scenario_.services[s], workforce_.clinical_fte[s]);
  size_programmes();
  for (std::size_t s = 0; s < kServiceCount; ++s) admit_from_waiting_list(static_cast<ServiceId>(s), now);
  serve_programme_queues(now);
}

}  // namespace mhsim
