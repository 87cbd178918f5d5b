#include "scenario/regional_plans.hpp"

#include <algorithm>
#include <stdexcept>

#include "scenario/loader.hpp"
#include "scenario/policy_change.hpp"
#include "scenario/schema.hpp"

namespace mhsim {
namespace {

std::vector<double> numbers_of(const FieldValue& value) {
  if (const auto* number = std::get_if<double>(&value)) return {*number};
  return std::get<std::vector<double>>(value);
}

FieldValue weighted_mean(const FieldSpec& field, const RegionalPlans& plans, const std::array<double, 3>& share) {
  std::vector<double> mean(numbers_of(field.read(plans[0])).size(), 0.0);
  for (std::size_t r = 0; r < plans.size(); ++r) {
    const std::vector<double> values = numbers_of(field.read(plans[r]));
    for (std::size_t i = 0; i < mean.size(); ++i) mean[i] += share[r] * values[i];
  }
  if (field.kind == FieldKind::number) return mean.front();
  return mean;
}

}  // namespace

Scenario blend_regions(const RegionalPlans& plans) {
  Scenario blend = plans[0];
  const auto& share = plans[0].population.region_share;
  for (const FieldSpec& field : scenario_fields()) {
    if (!field.policy) continue;
    const FieldValue first = field.read(plans[0]);
    const bool agree =
        std::all_of(plans.begin() + 1, plans.end(), [&](const Scenario& plan) { return field.read(plan) == first; });
    if (agree) continue;
    if (field.kind != FieldKind::number && field.kind != FieldKind::labelled_numbers) {
      throw std::logic_error("blend_regions: " + field.key_path + " differs by region and has no mean");
    }
    field.store(blend, weighted_mean(field, plans, share));
  }
  return blend;
}

RegionalPlanner::RegionalPlanner(const Scenario& base, const std::string& base_toml) {
  plans_.fill(base);
  tomls_.fill(base_toml);
}

void RegionalPlanner::apply(const std::vector<std::string>& overrides, const std::vector<std::size_t>& regions,
                            const std::string& file) {
  for (std::size_t r : regions) {
    LoadedScenario loaded = load_scenario_text(tomls_[r], file, overrides);
    tomls_[r] = std::move(loaded.resolved_toml);
    plans_[r] = std::move(loaded.scenario);
  }
  differ_ = regions_differ(plans_);
}

std::string RegionalPlanner::value_at(std::size_t region, const std::string& key_path) const {
  return toml_value_at(plans_[region], key_path);
}

bool regions_differ(const RegionalPlans& plans) {
  return std::any_of(plans.begin() + 1, plans.end(),
                     [&](const Scenario& plan) { return !differing_key_paths(plans[0], plan).empty(); });
}

std::string regional_key_problem(const std::string& key_path) {
  const FieldSpec* field = find_field(key_path);
  if (!field) field = find_field(parent_key_path(key_path));
  if (!field || field->kind == FieldKind::number || field->kind == FieldKind::labelled_numbers) return "";
  return "a number for a change in some regions only (the services they share are sized by the regions' "
         "population-weighted mean); " +
         key_path + " is " + (field->kind == FieldKind::text ? "a text" : "a whole number") +
         ", so set it for every region (without regions)";
}

}  // namespace mhsim
