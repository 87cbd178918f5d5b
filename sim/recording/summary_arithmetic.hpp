#pragma once
// Arithmetic shared by the summaries: ratios that are undefined (NaN) without
// a denominator, a table's weekly totals, its columns and weekly totals for one
// label of its breakdown, and discounting by week.
#include <array>
#include <cmath>
#include <cstddef>
#include <limits>

#include "core/attributes.hpp"
#include "recording/recorder.hpp"
#include "results/results.hpp"

namespace mhsim {

inline constexpr double kUndefined = std::numeric_limits<double>::quiet_NaN();

inline double ratio(double numerator, double denominator) {
  return denominator > 0 ? numerator / denominator : kUndefined;
}

// The helpers read a table in any storage type as doubles (results/table_values.hpp): a table stored as double
// is read in place, so each figure is the same sum as when every table was double.

// Total of a table per week, over every column (all strata and breakdowns).
inline Eigen::VectorXd weekly_total(const WeeklyTable& table) {
  return table.values.visit(
      [](const auto& values) -> Eigen::VectorXd { return values.template cast<double>().rowwise().sum(); });
}

// A table's total over the horizon: every week, every column.
inline double total(const WeeklyTable& table) {
  return table.values.visit([](const auto& values) -> double { return values.template cast<double>().sum(); });
}

// Calls `f` with the columns of one label of the table's first dimension (its breakdown), one per stratum, as doubles.
template <typename F>
decltype(auto) with_label_columns(const WeeklyTable& table, std::size_t label, std::size_t labels, F&& f) {
  return table.values.visit([&](const auto& values) {
    const Eigen::Index width = values.cols() / static_cast<Eigen::Index>(labels);
    return f(values.middleCols(static_cast<Eigen::Index>(label) * width, width).template cast<double>());
  });
}

// The columns of one label of a double table (amounts and person-time while the figures are made).
inline auto label_columns(const WeeklyTable& table, std::size_t label, std::size_t labels) {
  const WeeklyMatrix& values = table.doubles();
  const Eigen::Index width = values.cols() / static_cast<Eigen::Index>(labels);
  return values.middleCols(static_cast<Eigen::Index>(label) * width, width);
}

// Total of one label over the horizon and every stratum.
inline double label_total(const WeeklyTable& table, std::size_t label, std::size_t labels) {
  return with_label_columns(table, label, labels, [](const auto& columns) -> double { return columns.sum(); });
}

// Total per week of one label, over every stratum.
inline Eigen::VectorXd weekly_total_of(const WeeklyTable& table, std::size_t label, std::size_t labels) {
  return with_label_columns(table, label, labels,
                            [](const auto& columns) -> Eigen::VectorXd { return columns.rowwise().sum(); });
}

// A table's total over the horizon by income tertile, summed over its breakdown and the other strata.
inline std::array<double, 3> totals_by_income(const WeeklyTable& table) {
  std::array<double, 3> total{};
  table.values.visit([&](const auto& values) {
    for (Eigen::Index column = 0; column < values.cols(); ++column) {
      total[income_of_cell(static_cast<std::size_t>(column) % kStratumCells)] +=
          values.col(column).template cast<double>().sum();
    }
  });
  return total;
}

// The factor that discounts week `week` of the horizon (at its middle) to the horizon's start.
inline double discount_factor(double discount_rate_per_year, std::size_t week) {
  return std::pow(1.0 + discount_rate_per_year, -(static_cast<double>(week) + 0.5) / kWeeksPerYear);
}

// The sum over weeks of a per-week series, each week discounted to the start of the horizon.
inline double discounted_sum(const Eigen::VectorXd& weekly, double discount_rate_per_year) {
  double sum = 0;
  for (Eigen::Index w = 0; w < weekly.size(); ++w) {
    sum += weekly(w) * discount_factor(discount_rate_per_year, static_cast<std::size_t>(w));
  }
  return sum;
}

}  // namespace mhsim
