#pragma once
// Waits counted in one-week bins up to two years, with one bin for longer
// waits: fine enough for targets set in weeks (18 weeks, 12 weeks) and cheap
// enough to keep per service and quarter. Percentiles follow the nearest-rank
// rule, placed within the rank's bin by linear interpolation.
#include <array>
#include <cstddef>
#include <cstdint>

namespace mhsim {

class WaitHistogram {
 public:
  static constexpr std::size_t kWeekBins = 104;  // [0, 1), [1, 2), ... [103, 104) weeks; then 104 weeks or more

  void add(double wait_days);
  void clear() {
    counts_.fill(0);
    total_ = 0;
  }
  std::uint64_t count() const { return total_; }
  // The p-quantile (0 < p <= 1) in weeks: rank r = ceil(p n); the k-th of the c waits
  // in its bin [w, w + 1) lies at w + k / c. A rank in the last bin gives 104 (two
  // years or more). NaN when empty.
  double percentile_weeks(double p) const;

 private:
  std::array<std::uint32_t, kWeekBins + 1> counts_{};
  std::uint64_t total_ = 0;
};

}  // namespace mhsim
