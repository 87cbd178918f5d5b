#pragma once
// Each group's trust factor, week by week, as a weekly table with the
// dimension marginalised_group (docs/outputs.md).
#include <array>

#include "results/results.hpp"

namespace mhsim {

class TrustTables {
 public:
  explicit TrustTables(std::size_t reported_weeks = 0);
  void record(std::size_t week, const std::array<double, 2>& factor);
  void export_to(Results& results);  // moves the tables out

 private:
  WeeklyMatrix factor_;
};

}  // namespace mhsim
