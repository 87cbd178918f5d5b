#pragma once
// Weekly metric tables per stratum (region x income x sex x age band), kept
// as running counts during the week and written to one row per reported
// week. The recorder only observes: it never changes the state it records.
#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "recording/metrics.hpp"
#include "recording/quarterly_waits.hpp"
#include "results/results.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

inline constexpr std::size_t kStratumCells = 3 * 3 * 2 * 4;  // region, income, sex, age band

inline std::size_t stratum_cell(std::uint8_t region, std::uint8_t income, std::uint8_t sex, std::uint8_t age_band) {
  return ((static_cast<std::size_t>(region) * 3 + income) * 2 + sex) * 4 + age_band;
}

inline std::size_t income_of_cell(std::size_t cell) { return (cell / (2 * 4)) % 3; }

std::size_t axis_length(Axis axis);

class Recorder {
 public:
  explicit Recorder(std::size_t reported_weeks);

  void count(Metric metric, std::size_t axis_index, std::size_t cell, double amount = 1.0);
  void change_stock(Metric metric, std::size_t axis_index, std::size_t cell, int delta, double now_days);
  void record_wait(std::size_t service, double wait_days);
  // The wait so far of one person still waiting when the week that closes a quarter ends (recording/quarterly_waits.hpp).
  void record_still_waiting(std::size_t service, double wait_days) {
    quarterly_waits_.record_still_waiting(service, wait_days);
  }
  void record_mobile_response(double response_hours);

  // Ends the week at `now_days`; `week` < 0 is a burn-in week, counted and discarded.
  void close_week(int week, double now_days, const std::array<std::int64_t, kServiceCount>& capacity_places);

  double stock(Metric metric, std::size_t axis_index, std::size_t cell) const;
  const WeeklyMatrix& values(Metric metric) const { return tables_[static_cast<std::size_t>(metric)]; }
  // Every weekly table by its place in export_to's order (what recording/figures.hpp names).
  const WeeklyMatrix& weekly_table(std::size_t index) const;
  const std::array<std::vector<double>, kServiceCount>& reported_waits_days() const { return horizon_waits_; }
  const std::vector<double>& reported_mobile_responses_hours() const { return horizon_mobile_responses_; }

  // Moves the tables into result form (the recorder is left empty).
  void export_to(Results& results);

 private:
  static std::size_t slot(std::size_t axis_index, std::size_t cell) { return axis_index * kStratumCells + cell; }
  void integrate(Metric stock_metric, std::size_t index, double now_days);

  std::size_t reported_weeks_;
  std::array<std::vector<double>, kMetricCount> current_;        // this week's accumulators / stock counts
  std::array<std::vector<double>, kMetricCount> last_update_;    // for stocks: time of the last change
  std::array<std::optional<Metric>, kMetricCount> person_time_of_stock_;  // precomputed: the hot path needs it
  std::array<WeeklyMatrix, kMetricCount> tables_;
  std::array<std::vector<double>, kServiceCount> week_waits_;
  std::array<std::vector<double>, kServiceCount> horizon_waits_;
  WeeklyMatrix capacity_places_, wait_mean_days_, wait_p90_days_;  // week x service
  std::vector<double> week_mobile_responses_, horizon_mobile_responses_;
  WeeklyMatrix mobile_response_mean_hours_, mobile_response_p90_hours_;  // week x 1
  QuarterlyWaits quarterly_waits_;
};

// The 90th percentile by the nearest-rank method; NaN for no values. Reorders `values`.
double percentile_90(std::vector<double>& values);

}  // namespace mhsim
