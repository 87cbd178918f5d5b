// The switch to a reform's policy at the end of the burn-in, where a run
// forked from a checkpoint starts to differ from the burn-in's own scenario,
// and the change of capacity at each budget year.
#include <stdexcept>
#include <utility>

#include "economics/budget.hpp"
#include "care/payment.hpp"
#include "simulation/process_rates.hpp"
#include "simulation/simulation.hpp"
#include "scenario/policy_change.hpp"

namespace mhsim {

void Simulation::switch_policy(const Scenario& reform) {
  if (weeks_closed_ != burn_in_weeks_) {
    throw std::logic_error("Simulation: the policy switches at the end of the burn-in");
  }
  require_policy_only_change(plan_, reform);
  plan_ = reform;
  const Scenario before = std::exchange(scenario_, capacity_bought(plan_, capacity_factors(plan_, initial_size_, 0)));
  if (!policy_differs(before, scenario_)) return;
  const WorkforcePlan workforce_before = workforce_;
  resize_capacity();
  life_expectancy_ = LifeExpectancy(scenario_.mortality, scenario_.economics.discount_rate_per_year);
  reschedule_changed_rates(before, workforce_before, burn_in_days_);
  fill_new_capacity(burn_in_days_);
}

// Only people with a changed rate get new times, at a fresh occasion (which
// also supersedes their queued event). Everyone else keeps their pending
// times - exact, the processes being memoryless - and so keeps common random
// numbers with a run that stays under the earlier policy.
void Simulation::reschedule_changed_rates(const Scenario& before, const WorkforcePlan& workforce_before, double now) {
  for (PersonId id = 0; id < people_.size(); ++id) {
    if (!people_.state(id).alive) continue;
    if (process_rates_per_year(before, workforce_before, people_, id) ==
        process_rates_per_year(scenario_, workforce_, people_, id)) {
      continue;
    }
    ++people_.occasion(id);
    reschedule(id, now);
  }
}

void Simulation::buy_capacity_for_year(std::size_t year, double now) {
  Scenario bought = capacity_bought(plan_, capacity_factors(plan_, initial_size_, year));
  if (differing_key_paths(bought, scenario_).empty()) return;
  const Scenario before = std::exchange(scenario_, std::move(bought));
  const WorkforcePlan workforce_before = workforce_;
  resize_capacity();
  // A campaign's spend sets help-seeking rates; staff set treatment effects.
  reschedule_changed_rates(before, workforce_before, now);
  fill_new_capacity(now);
}

void Simulation::resize_capacity() {
  // Staff in post carry on; new posts are filled, or posts cut are left, over time.
  staff_.set_establishment(scenario_);
  workforce_ = plan_workforce(scenario_, initial_size_, staff_.fte_per_100k());
  for (std::size_t s = 0; s < kServiceCount; ++s) {
    services_[s].change_settings(provider_practice(scenario_, s), workforce_.clinical_fte[s]);
  }
  // Crisis stages under way keep the ends already drawn; beds closed empty as their patients leave.
  crisis_capacity_.resize(scenario_, initial_size_);
  housing_first_units_.set_servers(servers_for(scenario_.housing_first.units_per_100k, initial_size_));
  size_programmes();
}

void Simulation::fill_new_capacity(double now) {
  for (std::size_t s = 0; s < kServiceCount; ++s) admit_from_waiting_list(static_cast<ServiceId>(s), now);
  serve_crisis_queues(now);
  serve_housing_first_queue(now);
  serve_programme_queues(now);
}

}  // namespace mhsim
