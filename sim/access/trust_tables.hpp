#pragma once
// Each group's trust factor and coercive contacts, week by week, as weekly
// tables with the dimension marginalised_group (docs/outputs.md).
#include <array>

#include "results/results.hpp"

namespace mhsim {

class TrustTables {
 public:
  explicit TrustTables(std::size_t reported_weeks = 0);
  void record(std::size_t week, const std::array<double, 2>& factor, const std::array<double, 2>& contacts);
  void export_to(Results& results);  // moves the tables out

 private:
  WeeklyMatrix factor_, contacts_;
};

}  // namespace mhsim
