// The one capacity-change protocol and its callers: the switch to a reform's
// policy at the end of the burn-in (where a run forked from a checkpoint starts
// to differ from the burn-in's own scenario) and each change of its timeline,
// the capacity each budget year buys, and the staff who move at the end of every week.
#include <algorithm>
#include <stdexcept>
#include <utility>

#include "economics/budget.hpp"
#include "economics/costs.hpp"
#include "scenario/policy_change.hpp"
#include "simulation/process_rates.hpp"
#include "simulation/rate_inputs.hpp"
#include "simulation/simulation.hpp"

namespace mhsim {

void Simulation::switch_policy(const Scenario& reform) {
  if (weeks_closed_ != burn_in_weeks_) {
    throw std::logic_error("Simulation: the policy switches at the end of the burn-in");
  }
  change_plan(reform, std::nullopt, 0, burn_in_days_);
}

// Changes due at the start of reported week `week`, in the timeline's order.
void Simulation::apply_timeline(std::size_t week, double now) {
  for (; timeline_done_ < timeline_.size() && timeline_[timeline_done_].week == week; ++timeline_done_) {
    const TimelineChange change = with_rule_changes(timeline_[timeline_done_]);
    change_plan(change.plan, change.regional_plans, budget_year_of_week(week), now);
  }
}

void Simulation::change_plan(const Scenario& plan, const std::optional<RegionalPlans>& by_region, std::size_t year,
                             double now) {
  require_policy_only_change(planned_scenario_, plan);
  planned_scenario_ = plan;
  planned_by_region_ = by_region;
  const InForce before = buy_capacity(capacity_factors(planned_scenario_, initial_size_, year));
  // A plan with the same policy everywhere changes no one's course.
  if (!policy_differs(before.shared, scenario_) && !before.differs_by_region && !by_region_) return;
  change_capacity(before, now);
}

void Simulation::buy_capacity_for_year(std::size_t year, double now) {
  const LineAmounts factor = capacity_factors(planned_scenario_, initial_size_, year);
  if (differing_key_paths(capacity_bought(planned_scenario_, factor), scenario_).empty()) return;
  change_capacity(buy_capacity(factor), now);
}

// Each region buys its capacity at the shared plan's factors: the budget is one.
Simulation::InForce Simulation::buy_capacity(const LineAmounts& factor) {
  InForce before{std::exchange(scenario_, capacity_bought(planned_scenario_, factor)), in_force_by_region_, by_region_};
  by_region_ = planned_by_region_.has_value();
  if (by_region_) {
    for (std::size_t r = 0; r < kRegionLabels.size(); ++r) {
      in_force_by_region_[r] = capacity_bought((*planned_by_region_)[r], factor);
    }
  }
  return before;
}

Simulation::ScenariosByRegion Simulation::scenarios_by_region() const {
  ScenariosByRegion scenarios;
  for (std::size_t r = 0; r < kRegionLabels.size(); ++r)
    scenarios[r] = by_region_ ? &in_force_by_region_[r] : &scenario_;
  return scenarios;
}

void Simulation::change_capacity(const InForce& before, double now) {
  const StaffDeployment staff_before = staff_;
  // Staff in post carry on; new posts are filled, or posts cut are left, over time.
  workforce_stock_.set_establishment(scenario_);
  staff_ = deploy_staff(scenario_, initial_size_, workforce_stock_.fte_per_100k());
  resize_components();
  // Mortality is never policy; only the discount rate of the years lost may change (and the table is slow to build).
  if (scenario_.economics.discount_rate_per_year != before.shared.economics.discount_rate_per_year) {
    life_expectancy_ = LifeExpectancy(scenario_.mortality, scenario_.economics.discount_rate_per_year);
  }
  // A campaign's spend sets help-seeking rates; staff set treatment effects.
  ScenariosByRegion before_by_region;
  for (std::size_t r = 0; r < kRegionLabels.size(); ++r) {
    before_by_region[r] = before.differs_by_region ? &before.by_region[r] : &before.shared;
  }
  reschedule_changed_rates(before_by_region, staff_before, now);
  update_trust(now, 0);
  serve_every_queue(now);
}

void Simulation::resize_components() {
  care_.change_capacity(scenario_, staff_);
  crisis_.change_capacity(scenario_, initial_size_);
  community_.change_capacity(scenario_, staff_, initial_size_);
  justice_.change_capacity(scenario_, initial_size_);
  perinatal_team_.change_capacity(scenario_, initial_size_);
}

// Only people with a changed rate get new times, at a fresh occasion (which
// also supersedes their queued event). Everyone else keeps their pending
// times - exact, the processes being memoryless - and so keeps common random
// numbers with a run that stays under the earlier policy.
void Simulation::reschedule_changed_rates(const ScenariosByRegion& before, const StaffDeployment& staff_before,
                                          double now) {
  const ScenariosByRegion after = scenarios_by_region();
  std::array<RateChange, kRegionLabels.size()> change;
  for (std::size_t r = 0; r < change.size(); ++r) change[r] = rate_change(*before[r], staff_before, *after[r], staff_);
  if (std::none_of(change.begin(), change.end(), [](const RateChange& c) { return c.anyone || c.people_treated; })) {
    return;
  }
  for (PersonId id = 0; id < people_.size(); ++id) {
    if (!people_.state(id).alive) continue;
    const std::size_t region = people_.attributes(id).region;
    const bool treated = static_cast<CarePlace>(people_.state(id).care_place) == CarePlace::in_treatment;
    if (!change[region].anyone && !(treated && change[region].people_treated)) continue;
    if (process_rates_per_year(*before[region], staff_before, people_, id) ==
        process_rates_per_year(*after[region], staff_, people_, id)) {
      continue;
    }
    ++people_.occasion(id);
    reschedule(id, now);
  }
}

// The staff of each cadre move at the end of every week (workforce/workforce_stock.hpp),
// and the services follow them: capacity, registry and peer places, supervision
// and the effects it sets. A place lost leaves the people treated in it in
// treatment (the caseload runs down); a place gained goes to the people waiting.
// A changed effect applies to each person from their next event.
void Simulation::advance_workforce(double now) {
  // Each cadre's pressure: demand (in treatment and waiting) per place in the steps it works in, by its time there.
  std::array<double, kCadreCount> pressure{};
  for (std::size_t c = 0; c < kCadreCount; ++c) {
    double weighted = 0, fte = 0;
    for (std::size_t s = 0; s < kServiceCount; ++s) {
      const Service& service = care_.service(s);
      const double share = staff_.clinical_fte_by_cadre[c][s];
      if (share <= 0 || service.capacity_places() <= 0) continue;
      weighted += share * static_cast<double>(service.in_treatment() + service.waiting()) /
                  static_cast<double>(service.capacity_places());
      fte += share;
    }
    pressure[c] = fte > 0 ? weighted / fte : 0.0;
  }
  const StaffWeek week = workforce_stock_.step(scenario_, pressure, staff_.supervision_adequacy);
  staff_ = deploy_staff(scenario_, initial_size_, workforce_stock_.fte_per_100k());
  if (weeks_closed_ >= burn_in_weeks_) {
    const std::size_t reported = weeks_closed_ - burn_in_weeks_;
    staff_tables_.record(reported, week);
    // The week's costs are those of the staff at its end and of the capacity it had.
    const LineAmounts cost = capacity_cost_per_week(
        {scenario_, staff_, crisis_.capacity(), community_.housing_first_units().servers(), initial_size_},
        week.trainees_started);
    // A week's share of the year's budget, as a week's share of a unit cost per year (economics/costs.hpp).
    LineAmounts budget = budget_of_year(planned_scenario_.budget, initial_size_, budget_year_of_week(reported));
    for (double& line : budget) line /= kWeeksPerYear;
    funding_tables_.record(reported, cost, budget, crisis_.capacity());
  }
  resize_components();
  serve_every_queue(now);
}

// So that every arm of a comparison follows the same people.
void Simulation::mark_homeless_ill_cohort(double now) {
  for (PersonId id = 0; id < people_.size(); ++id) {
    const PersonAttributes& a = people_.attributes(id);
    if (!people_.state(id).alive || !(eligible_for_housing_first(a, people_.state(id)) || a.housing_first_tenant))
      continue;
    const PersonSnapshot before = people_.snapshot(id);
    people_.attributes(id).homeless_ill_cohort = 1;
    move_stocks(before, id, now);
  }
}

}  // namespace mhsim
