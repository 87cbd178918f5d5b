#include "scenario/rules.hpp"

#include <cmath>
#include <variant>

#include "scenario/schema.hpp"

namespace mhsim {
namespace {

// The field holding `key_path` and the label's index in it, if it is one label of a table.
std::pair<const FieldSpec*, std::optional<std::size_t>> field_of(const std::string& key_path) {
  if (const FieldSpec* field = find_field(key_path)) return {field, std::nullopt};
  const FieldSpec* table = find_field(parent_key_path(key_path));
  const std::string label = key_path.substr(table->key_path.size() + 1);
  for (std::size_t i = 0; i < table->labels.size(); ++i) {
    if (table->labels[i] == label) return {table, i};
  }
  return {table, std::nullopt};
}

}  // namespace

bool Rule::holds(double value) const {
  switch (comparison) {
    case Comparison::above: return value > threshold;
    case Comparison::at_least: return value >= threshold;
    case Comparison::below: return value < threshold;
    case Comparison::at_most: return value <= threshold;
  }
  return false;
}

const FieldSpec& field_holding(const std::string& key_path) {
  return *field_of(key_path).first;
}

double policy_number(const Scenario& plan, const std::string& key_path) {
  const auto [field, label] = field_of(key_path);
  const FieldValue value = field->read(plan);
  if (label) return std::get<std::vector<double>>(value)[*label];
  if (field->kind == FieldKind::integer) return static_cast<double>(std::get<std::int64_t>(value));
  return std::get<double>(value);
}

void set_policy_number(Scenario& plan, const std::string& key_path, double value) {
  const auto [field, label] = field_of(key_path);
  if (label) {
    auto numbers = std::get<std::vector<double>>(field->read(plan));
    numbers[*label] = value;
    field->store(plan, numbers);
  } else if (field->kind == FieldKind::integer) {
    field->store(plan, static_cast<std::int64_t>(std::llround(value)));
  } else {
    field->store(plan, value);
  }
}

std::string write_rules_toml(const std::vector<Rule>& rules) {
  std::string out;
  for (const Rule& rule : rules) {
    out += "\n[[rule]]\nname = " + toml_string(rule.name) + "\nwhen = " + toml_string(rule.when) +
           "\nfor_quarters = " + std::to_string(rule.for_quarters) + "\nthen = " + toml_string(rule.then) +
           "\nat_most = " + std::to_string(rule.at_most) + "\n";
    if (rule.never_above) out += "never_above = " + toml_number(*rule.never_above) + "\n";
    if (rule.never_below) out += "never_below = " + toml_number(*rule.never_below) + "\n";
  }
  return out;
}

}  // namespace mhsim
