#include "access/trust_tables.hpp"

#include <utility>

#include "core/attributes.hpp"

namespace mhsim {

TrustTables::TrustTables(std::size_t reported_weeks)
    : factor_(WeeklyMatrix::Zero(static_cast<Eigen::Index>(reported_weeks), 2)),
      contacts_(WeeklyMatrix::Zero(static_cast<Eigen::Index>(reported_weeks), 2)) {}

void TrustTables::record(std::size_t week, const std::array<double, 2>& factor, const std::array<double, 2>& contacts) {
  for (Eigen::Index g = 0; g < 2; ++g) {
    factor_(static_cast<Eigen::Index>(week), g) = factor[static_cast<std::size_t>(g)];
    contacts_(static_cast<Eigen::Index>(week), g) = contacts[static_cast<std::size_t>(g)];
  }
}

void TrustTables::export_to(Results& results) {
  Dimension groups{"marginalised_group", {}};
  for (auto label : kMarginalisedGroupLabels) groups.labels.emplace_back(label);
  results.dimensions.push_back(std::move(groups));
  results.weekly.push_back({"group_trust_factor",
                            "factor",
                            "each group's trust factor on help-seeking at the end of the week (docs/model.md, "
                            "\"Trust\"), before a person's own coercion load",
                            {"marginalised_group"},
                            std::move(factor_)});
  results.weekly.push_back({"coercive_contacts_by_group",
                            "contacts",
                            "coercive contacts (police attendances at a crisis, arrests, involuntary admissions) of "
                            "each group during the week",
                            {"marginalised_group"},
                            std::move(contacts_)});
}

}  // namespace mhsim
