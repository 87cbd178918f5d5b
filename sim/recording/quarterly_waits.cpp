#include "recording/quarterly_waits.hpp"

#include <limits>
#include <string>

namespace mhsim {

QuarterlyWaits::QuarterlyWaits(std::size_t reported_weeks) : reported_weeks_(reported_weeks) {
  for (auto& cohort : tables_) {
    for (TableValues& table : cohort) {
      table = WeeklyMatrix(WeeklyMatrix::Constant(static_cast<Eigen::Index>(reported_weeks), kServiceCount,
                                                  std::numeric_limits<double>::quiet_NaN()));
    }
  }
}

void QuarterlyWaits::close_week(std::size_t week) {
  if (!closes_quarter(week, reported_weeks_)) return;
  const std::array<std::array<WaitHistogram, kServiceCount>*, kWaitCohorts.size()> cohorts{&started_, &still_waiting_};
  for (std::size_t c = 0; c < cohorts.size(); ++c) {
    for (std::size_t s = 0; s < kServiceCount; ++s) {
      WaitHistogram& waits = (*cohorts[c])[s];
      for (std::size_t p = 0; p < kWaitPercents.size(); ++p) {
        tables_[c][p].doubles("wait percentile")(static_cast<Eigen::Index>(week), static_cast<Eigen::Index>(s)) =
            waits.percentile_weeks(kWaitPercents[p] / 100.0);
      }
      waits.clear();
    }
  }
}

void QuarterlyWaits::discard_week() {
  for (WaitHistogram& waits : started_) waits.clear();
  for (WaitHistogram& waits : still_waiting_) waits.clear();
}

void QuarterlyWaits::export_to(Results& results) {
  for (std::size_t c = 0; c < kWaitCohorts.size(); ++c) {
    const std::string whose = c == 0 ? "people who started treatment in the quarter"
                                     : "people still waiting at the quarter's end (their wait so far)";
    for (std::size_t p = 0; p < kWaitPercents.size(); ++p) {
      const std::string percent = std::to_string(kWaitPercents[p]);
      results.weekly.push_back(
          {"wait_p" + percent + "_" + std::string(kWaitCohorts[c]) + "_weeks",
           "weeks",
           percent + "th percentile wait of " + whose +
               ", in the week that closes the quarter of 13 weeks (NaN in other weeks, and if none)",
           {"service"},
           std::move(tables_[c][p])});
    }
  }
}

}  // namespace mhsim
