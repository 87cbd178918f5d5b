#include "recording/wait_histogram.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/attributes.hpp"

namespace mhsim {

void WaitHistogram::add(double wait_days) {
  const double weeks = std::max(0.0, wait_days / kDaysPerWeek);
  const auto bin = weeks >= static_cast<double>(kWeekBins) ? kWeekBins : static_cast<std::size_t>(weeks);
  ++counts_[bin];
  ++total_;
}

double WaitHistogram::percentile_weeks(double p) const {
  if (total_ == 0) return std::numeric_limits<double>::quiet_NaN();
  const auto rank = std::max<std::uint64_t>(1, static_cast<std::uint64_t>(std::ceil(p * static_cast<double>(total_))));
  std::uint64_t below = 0;
  for (std::size_t bin = 0; bin < kWeekBins; ++bin) {
    if (below + counts_[bin] >= rank) {
      return static_cast<double>(bin) + static_cast<double>(rank - below) / static_cast<double>(counts_[bin]);
    }
    below += counts_[bin];
  }
  return static_cast<double>(kWeekBins);
}

}  // namespace mhsim
