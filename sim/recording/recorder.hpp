#pragma once
// Weekly metric tables per stratum (region x income x sex x age band), and for
// the metrics of equity/group_metrics.hpp also per group cell (coverage x
// marginalised group x language x housing), kept as running counts during the
// week and written to one row per reported week. The recorder only observes:
// it never changes the state it records.
#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "equity/group_cell.hpp"
#include "recording/metrics.hpp"
#include "recording/quarterly_waits.hpp"
#include "results/results.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

inline constexpr std::size_t kStratumCells = 3 * 3 * 2 * kAgeBandCount;  // region, income, sex, age band

inline std::uint16_t stratum_cell(std::uint8_t region, std::uint8_t income, std::uint8_t sex, std::uint8_t age_band) {
  return static_cast<std::uint16_t>(((region * 3 + income) * 2 + sex) * kAgeBandCount + age_band);
}

// The two cells a person is counted in: their stratum and their group cell (equity/group_cell.hpp).
struct PersonCells {
  std::uint16_t stratum = 0;
  std::uint8_t group = 0;
  friend bool operator==(PersonCells, PersonCells) = default;
};

inline std::size_t income_of_cell(std::size_t cell) { return (cell / (2 * kAgeBandCount)) % 3; }

std::size_t axis_length(Axis axis);

class Recorder {
 public:
  explicit Recorder(std::size_t reported_weeks);

  void count(Metric metric, std::size_t axis_index, PersonCells cells, double amount = 1.0);
  void change_stock(Metric metric, std::size_t axis_index, PersonCells cells, int delta, double now_days);
  // The same in one kind of cell only (recording/stocks.hpp moves each kind on its own).
  void change_stratum_stock(Metric metric, std::size_t axis_index, std::uint16_t stratum, int delta, double now_days);
  void change_group_stock(Metric metric, std::size_t axis_index, std::uint8_t group, int delta, double now_days);
  void record_wait(std::size_t service, double wait_days);
  // The wait so far of one person still waiting when the week that closes a quarter ends (recording/quarterly_waits.hpp).
  void record_still_waiting(std::size_t service, double wait_days) {
    quarterly_waits_.record_still_waiting(service, wait_days);
  }
  void record_mobile_response(double response_hours);

  // Ends the week at `now_days`; `week` < 0 is a burn-in week, counted and discarded.
  void close_week(int week, double now_days, const std::array<std::int64_t, kServiceCount>& capacity_places);

  double stock(Metric metric, std::size_t axis_index, std::size_t stratum) const;
  // A metric's reported weeks so far, as doubles (a copy).
  WeeklyMatrix values(Metric metric) const {
    return by_stratum_[static_cast<std::size_t>(metric)].reported.to_doubles();
  }
  // Every weekly table by its place in export_to's order (what recording/figures.hpp names).
  const TableValues& weekly_table(std::size_t index) const;
  const std::array<std::vector<double>, kServiceCount>& reported_waits_days() const { return horizon_waits_; }
  const std::vector<double>& reported_mobile_responses_hours() const { return horizon_mobile_responses_; }

  // Moves the tables into result form (the recorder is left empty).
  void export_to(Results& results);

 private:
  // One metric's counts, by stratum or by group cell: the column of a count is axis index x cells + cell.
  struct Accumulators {
    std::vector<double> current;      // this week's accumulators / stock counts
    std::vector<double> last_update;  // for stocks: time of the last change
    TableValues reported;             // a row per reported week, counts as uint16 or uint32 (recording/metrics.hpp)
  };
  using ByMetric = std::array<Accumulators, kMetricCount>;

  static std::size_t slot(std::size_t axis_index, std::size_t stratum) { return axis_index * kStratumCells + stratum; }
  static constexpr std::uint8_t kNotByGroup = 255;
  static constexpr std::size_t kLongestAxis = 18;  // service x severity
  // The column of a count in the metric's by-group table; kNotByGroup's for a metric not recorded by group.
  std::size_t group_slot(std::size_t m, std::size_t axis_index, std::uint8_t group) const {
    return group_axis_index_[m][axis_index] * kGroupCells + group;
  }
  bool by_group(std::size_t m) const { return group_axis_index_[m][0] != kNotByGroup; }
  void allocate(Accumulators& tables, std::size_t columns, MetricKind kind) const;
  void integrate(ByMetric& tables, Metric stock_metric, std::size_t index, double now_days);
  void change(ByMetric& tables, Metric metric, std::size_t index, int delta, double now_days);
  [[noreturn]] static void stock_fell_below_zero(Metric metric);
  void close_metric_week(ByMetric& tables, int week, double now_days);
  void export_by_group(Results& results);

  std::size_t reported_weeks_;
  ByMetric by_stratum_;
  ByMetric by_group_;  // empty for a metric not in kGroupMetrics
  // A metric's axis index in its by-group table (equity/group_metrics.hpp), looked up: the hot path needs it.
  std::array<std::array<std::uint8_t, kLongestAxis>, kMetricCount> group_axis_index_;
  std::array<std::optional<Metric>, kMetricCount> person_time_of_stock_;  // precomputed: the hot path needs it
  std::array<std::vector<double>, kServiceCount> week_waits_;
  std::array<std::vector<double>, kServiceCount> horizon_waits_;
  TableValues capacity_places_, wait_mean_days_, wait_p90_days_;  // week x service, doubles
  std::vector<double> week_mobile_responses_, horizon_mobile_responses_;
  TableValues mobile_response_mean_hours_, mobile_response_p90_hours_;  // week x 1, doubles
  QuarterlyWaits quarterly_waits_;
};

// The hot path, inline: every event counts through these.
inline void Recorder::count(Metric metric, std::size_t axis_index, PersonCells cells, double amount) {
  const auto m = static_cast<std::size_t>(metric);
  by_stratum_[m].current[slot(axis_index, cells.stratum)] += amount;
  if (by_group(m)) by_group_[m].current[group_slot(m, axis_index, cells.group)] += amount;
}

inline void Recorder::integrate(ByMetric& tables, Metric stock_metric, std::size_t index, double now_days) {
  const auto m = static_cast<std::size_t>(stock_metric);
  Accumulators& stock = tables[m];
  if (const auto person_time = person_time_of_stock_[m]) {
    std::vector<double>& lived = tables[static_cast<std::size_t>(*person_time)].current;
    // A stock kept by group whose person-time is not (check_group_person_time allows it) integrates nothing there.
    if (!lived.empty()) lived[index] += stock.current[index] * (now_days - stock.last_update[index]) / kDaysPerWeek;
  }
  stock.last_update[index] = now_days;
}

inline void Recorder::change(ByMetric& tables, Metric metric, std::size_t index, int delta, double now_days) {
  integrate(tables, metric, index, now_days);
  double& stock_count = tables[static_cast<std::size_t>(metric)].current[index];
  stock_count += delta;
  if (stock_count < 0) stock_fell_below_zero(metric);
}

inline void Recorder::change_stock(Metric metric, std::size_t axis_index, PersonCells cells, int delta,
                                   double now_days) {
  change_stratum_stock(metric, axis_index, cells.stratum, delta, now_days);
  change_group_stock(metric, axis_index, cells.group, delta, now_days);
}

inline void Recorder::change_stratum_stock(Metric metric, std::size_t axis_index, std::uint16_t stratum, int delta,
                                    double now_days) {
  change(by_stratum_, metric, slot(axis_index, stratum), delta, now_days);
}

inline void Recorder::change_group_stock(Metric metric, std::size_t axis_index, std::uint8_t group, int delta,
                                  double now_days) {
  const auto m = static_cast<std::size_t>(metric);
  if (by_group(m)) change(by_group_, metric, group_slot(m, axis_index, group), delta, now_days);
}

// The 90th percentile by the nearest-rank method; NaN for no values. Reorders `values`.
double percentile_90(std::vector<double>& values);

}  // namespace mhsim
