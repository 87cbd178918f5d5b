#pragma once
// Percentile waits per care step and quarter, since targets are set on them:
// of the people who started treatment in the quarter, and of the people still
// waiting at its end (their wait so far). A quarter is 13 reported weeks
// (quarter q holds weeks 13q to 13q + 12; the last may be partial). Each is
// written to a weekly table (week x service) in the week that closes its
// quarter, NaN in the other weeks: a value appears when it is known, so every
// week before a change of policy stays as it was bit for bit, and the figures
// sit beside the weekly tables they explain, in the same file and dataset, where a
// rule reads them as it reads any weekly figure (NaN also where nobody started or waited).
#include <array>
#include <cstddef>
#include <string_view>

#include "care/care_settings.hpp"
#include "recording/wait_histogram.hpp"
#include "results/results.hpp"

namespace mhsim {

inline constexpr std::size_t kWeeksPerQuarter = 13;

// Whether reported week `week` (from 0) closes a quarter of a horizon of `reported_weeks`.
inline bool closes_quarter(std::size_t week, std::size_t reported_weeks) {
  return (week + 1) % kWeeksPerQuarter == 0 || week + 1 == reported_weeks;
}

// The percentiles reported, and whose waits: the names of the tables are
// wait_p<percent>_<whose>_weeks (wait_p90_started_weeks, wait_p50_still_waiting_weeks).
inline constexpr std::array<int, 3> kWaitPercents{50, 90, 95};
inline constexpr std::array<std::string_view, 2> kWaitCohorts{"started", "still_waiting"};

class QuarterlyWaits {
 public:
  explicit QuarterlyWaits(std::size_t reported_weeks);

  void record_start(std::size_t service, double wait_days) { started_[service].add(wait_days); }
  void record_still_waiting(std::size_t service, double wait_days) { still_waiting_[service].add(wait_days); }
  // At the end of reported week `week`: if it closes a quarter, that quarter's percentiles go in that week.
  void close_week(std::size_t week);
  // A burn-in week's starts belong to no reported quarter.
  void discard_week();

  // The table of wait_p<kWaitPercents[p]>_<kWaitCohorts[c]>_weeks.
  const TableValues& table(std::size_t cohort, std::size_t percent) const { return tables_[cohort][percent]; }
  void export_to(Results& results);

 private:
  std::size_t reported_weeks_;
  std::array<WaitHistogram, kServiceCount> started_, still_waiting_;
  std::array<std::array<TableValues, kWaitPercents.size()>, kWaitCohorts.size()> tables_;  // doubles
};

}  // namespace mhsim
