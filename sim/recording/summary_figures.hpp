#pragma once
// What every summary is built with: the list its figures go into, in order, and
// the reported horizon's totals, years and person-years. docs/outputs.md lists
// the figures.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/attributes.hpp"
#include "recording/summary_arithmetic.hpp"
#include "results/results.hpp"

namespace mhsim {

// A summary's figures in the order they are added: the order is part of the results.
class FigureList {
 public:
  void add(std::string name, double value, std::string unit, std::string description) {
    figures_.push_back({std::move(name), value, std::move(unit), std::move(description)});
  }
  // The figures, leaving the list empty.
  std::vector<SummaryFigure> take() { return std::move(figures_); }

 private:
  std::vector<SummaryFigure> figures_;
};

// A flow's total over the horizon, summed week by week.
inline double flow_total(const Results& r, const std::string& flow) { return weekly_total(r.table(flow)).sum(); }

inline double years_from_weeks(double weeks) {
  return weeks * kDaysPerWeek / kDaysPerYear;
}

// Person-years in a stock, from its end-of-week counts.
inline double stock_person_years(const Results& results, const std::string& stock) {
  return weekly_total(results.table(stock)).sum() / kWeeksPerYear;
}

// A table's total over the reported horizon: every week, every column.
inline double total(const Results& results, const std::string& table) {
  return total(results.table(table));
}

inline double reported_weeks(const Results& results) {
  return static_cast<double>(results.week_start_day.size());
}
inline double reported_years(const Results& results) {
  return years_from_weeks(reported_weeks(results));
}

// Person-years lived over the reported horizon: the denominator of every rate per person-year.
// Summed week by week, which comes closer to the exact sum than adding every cell at once.
inline double person_years(const Results& results) {
  return years_from_weeks(weekly_total(results.table("person_weeks_alive")).sum());
}

// A count over the reported horizon per 1,000 or per 100,000 person-years lived (NaN without any).
inline double per_1000_person_years(const Results& results, double count) {
  return ratio(count * 1e3, person_years(results));
}
inline double per_100k_person_years(const Results& results, double count) {
  return ratio(count * 1e5, person_years(results));
}

// The factor turning people into people per 100,000 of the run's initial population.
inline double per_100k_people(std::int64_t population_size) {
  return population_size > 0 ? 1e5 / static_cast<double>(population_size) : kUndefined;
}

}  // namespace mhsim
