#pragma once
// A small baseline for engine tests: the real baseline file, fewer people,
// shorter horizon; and the bitwise comparison of two runs' results.
#include <cstring>
#include <string>
#include <vector>

#include "results/results.hpp"
#include "scenario/loader.hpp"

namespace mhsim::testing {

inline std::string source_path(const std::string& relative) { return std::string(MHSIM_SOURCE_DIR) + "/" + relative; }

inline LoadedScenario small_baseline(std::vector<std::string> overrides = {}) {
  std::vector<std::string> all{"population.size=20000", "simulation.horizon_years=2", "simulation.burn_in_years=1",
                               "recording.journey_sample_share=0.05"};
  all.insert(all.end(), overrides.begin(), overrides.end());
  return load_scenario_file(source_path("scenarios/baseline.toml"), all);
}

// Weekly tables, summaries and journeys, bit for bit (NaN included).
inline bool bitwise_equal(const Results& a, const Results& b) {
  if (a.weekly.size() != b.weekly.size() || a.summary.size() != b.summary.size()) return false;
  for (std::size_t t = 0; t < a.weekly.size(); ++t) {
    const auto& x = a.weekly[t].values;
    const auto& y = b.weekly[t].values;
    if (x.storage() != y.storage() || x.rows() != y.rows() || x.cols() != y.cols()) return false;
    if (x.bytes() > 0 && std::memcmp(x.data(), y.data(), x.bytes()) != 0) {
      return false;  // an empty table has no data to compare (memcmp of a null pointer is undefined)
    }
  }
  for (std::size_t f = 0; f < a.summary.size(); ++f) {
    if (a.summary[f].name != b.summary[f].name) return false;
    if (std::memcmp(&a.summary[f].value, &b.summary[f].value, sizeof(double)) != 0) return false;
  }
  if (a.group_summary.size() != b.group_summary.size()) return false;
  for (std::size_t f = 0; f < a.group_summary.size(); ++f) {
    if (std::memcmp(&a.group_summary[f].value, &b.group_summary[f].value, sizeof(double)) != 0) return false;
  }
  return a.journeys.day == b.journeys.day && a.journeys.person == b.journeys.person &&
         a.journeys.event == b.journeys.event;
}

// A weekly table summed over every week and stratum for one label of its first
// dimension (a service, a route): the columns run label by label, strata inside.
inline double total_for_label(const Results& results, const std::string& table, std::size_t label) {
  const WeeklyTable& t = results.table(table);
  const auto labels = static_cast<Eigen::Index>(results.dimension(t.dimensions.front()).labels.size());
  const Eigen::Index width = t.values.cols() / labels;
  return t.to_doubles().middleCols(static_cast<Eigen::Index>(label) * width, width).sum();
}

// The same per week.
inline Eigen::VectorXd weekly_label_total(const WeeklyTable& table, std::size_t label, std::size_t labels) {
  const Eigen::Index width = table.values.cols() / static_cast<Eigen::Index>(labels);
  return table.to_doubles().middleCols(static_cast<Eigen::Index>(label) * width, width).rowwise().sum();
}

}  // namespace mhsim::testing
