#pragma once
// Arithmetic shared by the summaries: ratios that are undefined (NaN) without
// a denominator, and a table's columns and weekly totals for one label of its breakdown.
#include <cstddef>
#include <limits>

#include "results/results.hpp"

namespace mhsim {

inline constexpr double kUndefined = std::numeric_limits<double>::quiet_NaN();

inline double ratio(double numerator, double denominator) {
  return denominator > 0 ? numerator / denominator : kUndefined;
}

// The columns of one label of the table's first dimension (its breakdown): one per stratum.
inline auto label_columns(const WeeklyTable& table, std::size_t label, std::size_t labels) {
  const Eigen::Index width = table.values.cols() / static_cast<Eigen::Index>(labels);
  return table.values.middleCols(static_cast<Eigen::Index>(label) * width, width);
}

// Total per week of one label, over every stratum.
inline Eigen::VectorXd weekly_total_of(const WeeklyTable& table, std::size_t label, std::size_t labels) {
  return label_columns(table, label, labels).rowwise().sum();
}

}  // namespace mhsim
