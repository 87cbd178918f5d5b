#include "equity/group_view.hpp"

#include "core/attributes.hpp"
#include "equity/group_cell.hpp"
#include "recording/recorder.hpp"

namespace mhsim {

// The strides follow stratum_cell (recording/recorder.hpp) and group_cell (equity/group_cell.hpp).
const std::array<GroupDimension, 8> kGroupDimensions{{
    {"region", false, kStratumCells / kRegionLabels.size(), kRegionLabels},
    {"income", false, kSexLabels.size() * kAgeBandLabels.size(), kIncomeLabels},
    {"coverage", true, kGroupCells / kCoverageLabels.size(), kCoverageLabels},
    {"marginalised_group", true, kLanguageLabels.size() * kHousingLabels.size(), kMarginalisedGroupLabels},
    {"language", true, kHousingLabels.size(), kLanguageLabels},
    {"housing", true, 1, kHousingLabels},
    {"age_band", false, 1, kAgeBandLabels},
    {"sex", false, kAgeBandLabels.size(), kSexLabels},
}};

const Eigen::RowVectorXd& ColumnTotals::of(const std::string& table) const {
  auto found = totals_.find(table);
  if (found == totals_.end()) {
    const Eigen::RowVectorXd columns = results_.table(table).values.visit(
        [](const auto& values) -> Eigen::RowVectorXd { return values.template cast<double>().colwise().sum(); });
    found = totals_.emplace(table, columns).first;
  }
  return found->second;
}

GroupView::GroupView(const ColumnTotals& totals, const GroupDimension& dimension, std::size_t label)
    : totals_(totals),
      dimension_(dimension),
      label_(label),
      cells_(dimension.in_group_cell ? kGroupCells : kStratumCells) {}

std::string GroupView::table_name(std::string_view metric) const {
  return dimension_.in_group_cell ? std::string(metric) + "_by_group" : std::string(metric);
}

bool GroupView::selects(Eigen::Index column) const {
  const auto cell = static_cast<std::size_t>(column) % cells_;
  return cell / dimension_.stride % dimension_.labels.size() == label_;
}

std::vector<double> GroupView::totals_by_label(std::string_view metric) const {
  const Eigen::RowVectorXd& columns = totals_.of(table_name(metric));
  std::vector<double> totals(static_cast<std::size_t>(columns.size()) / cells_, 0.0);
  for (Eigen::Index column = 0; column < columns.size(); ++column) {
    if (selects(column)) totals[static_cast<std::size_t>(column) / cells_] += columns(column);
  }
  return totals;
}

double GroupView::total(std::string_view metric) const {
  double sum = 0;
  for (const double label_total : totals_by_label(metric)) sum += label_total;
  return sum;
}

double GroupView::first_week(std::string_view metric) const {
  return totals_.results().table(table_name(metric)).values.visit([&](const auto& values) {
    double sum = 0;
    if (values.rows() == 0) return sum;
    for (Eigen::Index column = 0; column < values.cols(); ++column) {
      if (selects(column)) sum += static_cast<double>(values(0, column));
    }
    return sum;
  });
}

}  // namespace mhsim
