#include "access/trust_tables.hpp"

#include <utility>

#include "core/attributes.hpp"

namespace mhsim {

TrustTables::TrustTables(std::size_t reported_weeks)
    : factor_(WeeklyMatrix::Zero(static_cast<Eigen::Index>(reported_weeks), 2)) {}

void TrustTables::record(std::size_t week, const std::array<double, 2>& factor) {
  for (Eigen::Index g = 0; g < 2; ++g) factor_(static_cast<Eigen::Index>(week), g) = factor[static_cast<std::size_t>(g)];
}

void TrustTables::export_to(Results& results) {
  // The recorder names the marginalised_group dimension; coercive contacts by group are a by-group table
  // (equity/group_metrics.hpp).
  results.weekly.push_back({"group_trust_factor", "factor",
                            "each group's trust factor on help-seeking at the end of the week (docs/model.md, "
                            "\"Trust\"), before a person's own coercion load",
                            {"marginalised_group"},
                            std::move(factor_)});
}

}  // namespace mhsim
