// Quarterly reviews: the waits of the people still waiting when a quarter
// closes (recording/quarterly_waits.hpp), and the learning-system rules
// (scenario/rules.hpp), reviewed after the quarter's last week closes and
// before the next week, after that week's timeline changes and budget year.
#include "economics/budget.hpp"
#include "recording/quarterly_waits.hpp"
#include "simulation/rule_actions.hpp"
#include "simulation/simulation.hpp"

namespace mhsim {

void Simulation::close_recorded_week(double week_end) {
  const int week = static_cast<int>(weeks_closed_) - static_cast<int>(burn_in_weeks_);
  if (week >= 0 && closes_quarter(static_cast<std::size_t>(week), reported_weeks_)) {
    for (PersonId id = 0; id < people_.size(); ++id) {
      const PersonState& person = people_.state(id);
      if (!person.alive || person.care_place != static_cast<std::uint8_t>(CarePlace::waiting)) continue;
      recorder_.record_still_waiting(person.care_service, week_end - people_.care_since_day(id));
    }
  }
  recorder_.close_week(week, week_end, care_.capacity_places());
}

void Simulation::follow_rules(std::vector<Rule> rules) {
  reviews_ = RuleReviews{.rules = std::move(rules), .quarters_held = {}, .firings = {}, .keys_set = {}, .fired = {}};
  reviews_.quarters_held.assign(reviews_.rules.size(), 0);
  reviews_.firings.assign(reviews_.rules.size(), 0);
}

// A rule that fires resets its count of quarters held: it acts again only after its
// condition has held as long again, which gives the change time to show.
void Simulation::review_rules(std::size_t week, double now) {
  if (reviews_.rules.empty() || week % kWeeksPerQuarter != 0 || week >= reported_weeks_) return;
  const std::size_t quarter = week / kWeeksPerQuarter - 1;
  const std::size_t year = budget_year_of_week(week);
  for (std::size_t r = 0; r < reviews_.rules.size(); ++r) {
    const Rule& rule = reviews_.rules[r];
    const double value =
        figure_mean(rule.figure, recorder_.weekly_table(rule.figure.table), week - kWeeksPerQuarter, week);
    reviews_.quarters_held[r] = rule.holds(value) ? reviews_.quarters_held[r] + 1 : 0;
    if (reviews_.quarters_held[r] < rule.for_quarters || reviews_.firings[r] >= rule.at_most) continue;
    std::vector<KeyChange> changes;
    const std::optional<Scenario> plan = act(rule, planned_scenario_, year, changes);
    if (!plan) continue;
    change_plan(*plan, regional_plans_after(rule, year), year, now);
    ++reviews_.firings[r];
    reviews_.quarters_held[r] = 0;
    for (const KeyChange& change : changes) {
      if (rule.action.verb != RuleVerb::move) reviews_.keys_set[change.key] = change.after;
      reviews_.fired.push_back({.week = static_cast<std::uint32_t>(week),
                                .quarter = static_cast<std::uint32_t>(quarter),
                                .rule = rule.name,
                                .value = value,
                                .key = change.key,
                                .before = change.before,
                                .after = change.after});
    }
  }
}

// Where the regions' plans differ, a rule acts on each region's plan as on the shared one.
std::optional<RegionalPlans> Simulation::regional_plans_after(const Rule& rule, std::size_t year) const {
  std::optional<RegionalPlans> plans = planned_by_region_;
  if (!plans) return plans;
  for (Scenario& region : *plans) {
    std::vector<KeyChange> changes;
    if (std::optional<Scenario> changed = act(rule, region, year, changes)) region = std::move(*changed);
  }
  return plans;
}

// What rules set outlasts the change unless it sets the key itself (in every region's plan too:
// there a key a rule changed takes the shared plan's value).
TimelineChange Simulation::with_rule_changes(const TimelineChange& change) {
  TimelineChange kept = change;
  for (const auto& changed : change.values) {
    const std::string& key_path = changed.first;  // a named reference: clang 14 cannot capture a binding
    std::erase_if(reviews_.keys_set, [&](const auto& set) {
      return set.first == key_path || set.first.starts_with(key_path + ".");  // a whole table sets every label
    });
  }
  const auto keep = [&](Scenario& plan) {
    plan.budget.moved_by_rules_per_100k_per_year = planned_scenario_.budget.moved_by_rules_per_100k_per_year;
    for (const auto& [key_path, value] : reviews_.keys_set) set_policy_number(plan, key_path, value);
  };
  keep(kept.plan);
  if (kept.regional_plans) {
    for (Scenario& region : *kept.regional_plans) keep(region);
  }
  return kept;
}

}  // namespace mhsim
