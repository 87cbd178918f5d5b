#include "simulation/rule_actions.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "economics/budget.hpp"

namespace mhsim {
namespace {

constexpr double kUnbounded = std::numeric_limits<double>::infinity();

std::size_t budget_line_index(const std::string& label) {
  return static_cast<std::size_t>(std::find(kBudgetLineLabels.begin(), kBudgetLineLabels.end(), label) -
                                  kBudgetLineLabels.begin());
}

std::optional<Scenario> move_money(const Rule& rule, const Scenario& plan, std::size_t year,
                                   std::vector<KeyChange>& changes) {
  const std::size_t from = budget_line_index(rule.action.key_path);
  const std::size_t to = budget_line_index(rule.action.to_line);
  Scenario moved = plan;
  const LineAmounts before = budget_of_year(plan.budget, 100'000, year);
  const double amount = move_budget_by_rule(moved.budget, year, from, to, rule.action.amount / 100.0,
                                            rule.never_below.value_or(0.0), rule.never_above.value_or(kUnbounded));
  if (amount <= 0) return std::nullopt;
  changes.push_back({"budget." + rule.action.key_path, before[from], before[from] - amount});
  changes.push_back({"budget." + rule.action.to_line, before[to], before[to] + amount});
  return moved;
}

// The valid value nearest `wanted` on the way from `before`, or nullopt where there is none.
std::optional<double> bounded(const Rule& rule, const FieldSpec& field, double before, double wanted) {
  double value = wanted;
  if (rule.never_above && value > before && value > *rule.never_above) value = std::max(before, *rule.never_above);
  if (rule.never_below && value < before && value < *rule.never_below) value = std::min(before, *rule.never_below);
  value = std::clamp(value, field.range.min, field.range.max);
  if (field.kind == FieldKind::integer) value = std::round(value);
  if (!field.range.contains(value)) return std::nullopt;
  return value;
}

}  // namespace

std::optional<Scenario> act(const Rule& rule, const Scenario& plan, std::size_t year, std::vector<KeyChange>& changes) {
  const RuleAction& action = rule.action;
  if (action.verb == RuleVerb::move) return move_money(rule, plan, year, changes);
  const double before = policy_number(plan, action.key_path);
  double wanted = action.amount;
  if (action.verb != RuleVerb::set) {
    const double step = action.percent ? before * action.amount / 100.0 : action.amount;
    wanted = action.verb == RuleVerb::raise ? before + step : before - step;
  }
  const std::optional<double> after = bounded(rule, field_holding(action.key_path), before, wanted);
  if (!after || *after == before) return std::nullopt;
  Scenario changed = plan;
  set_policy_number(changed, action.key_path, *after);
  changes.push_back({action.key_path, before, *after});
  return changed;
}

}  // namespace mhsim
