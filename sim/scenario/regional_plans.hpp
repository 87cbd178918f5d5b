#pragma once
// Policy that differs by region, as a reform is piloted in one region and scaled
// up to the others: a plan for each region, which the people who live there
// meet (their rates, their routes), and one plan the shared services, staff and
// budgets are sized by - each policy number the regions' population-weighted
// mean, so 10 navigators per 100,000 in the urban region alone are 10 per
// 100,000 urban people.
#include <array>
#include <string>
#include <vector>

#include "core/attributes.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

using RegionalPlans = std::array<Scenario, kRegionLabels.size()>;

// The plan the shared services follow: a policy key the regions agree on keeps
// its value exactly; a number they differ in is their mean weighted by
// population.region_share. Throws std::logic_error for a differing text or
// whole number, which the timeline refuses (regional_key_problem).
Scenario blend_regions(const RegionalPlans& plans);

// Whether the regions' plans differ in any key.
bool regions_differ(const RegionalPlans& plans);

// Each region's plan as a timeline is applied, the same for all until a change names regions.
class RegionalPlanner {
 public:
  RegionalPlanner(const Scenario& base, const std::string& base_toml);
  // Sets "key=value" overrides in the plans of `regions` (indices); throws ScenarioError for a bad one.
  void apply(const std::vector<std::string>& overrides, const std::vector<std::size_t>& regions,
             const std::string& file);
  std::string value_at(std::size_t region, const std::string& key_path) const;  // as TOML spells it
  Scenario shared() const { return differ_ ? blend_regions(plans_) : plans_[0]; }
  bool differ() const { return differ_; }
  const RegionalPlans& by_region() const { return plans_; }

 private:
  RegionalPlans plans_;
  std::array<std::string, kRegionLabels.size()> tomls_;
  bool differ_ = false;
};

// Why `key_path` cannot differ by region ("" if it can): a text or a whole number has no mean.
std::string regional_key_problem(const std::string& key_path);

}  // namespace mhsim
