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

GroupView::GroupView(const Results& results, const GroupDimension& dimension, std::size_t label)
    : results_(results),
      dimension_(dimension),
      label_(label),
      cells_(dimension.in_group_cell ? kGroupCells : kStratumCells) {}

const WeeklyTable& GroupView::table(std::string_view metric) const {
  return results_.table(dimension_.in_group_cell ? std::string(metric) + "_by_group" : std::string(metric));
}

bool GroupView::selects(Eigen::Index column) const {
  const auto cell = static_cast<std::size_t>(column) % cells_;
  return cell / dimension_.stride % dimension_.labels.size() == label_;
}

std::vector<double> GroupView::totals_by_label(std::string_view metric) const {
  const WeeklyMatrix& values = table(metric).values;
  std::vector<double> totals(static_cast<std::size_t>(values.cols()) / cells_, 0.0);
  for (Eigen::Index column = 0; column < values.cols(); ++column) {
    if (selects(column)) totals[static_cast<std::size_t>(column) / cells_] += values.col(column).sum();
  }
  return totals;
}

double GroupView::total(std::string_view metric) const {
  double sum = 0;
  for (const double label_total : totals_by_label(metric)) sum += label_total;
  return sum;
}

double GroupView::first_week(std::string_view metric) const {
  const WeeklyMatrix& values = table(metric).values;
  double sum = 0;
  if (values.rows() == 0) return sum;
  for (Eigen::Index column = 0; column < values.cols(); ++column) {
    if (selects(column)) sum += values(0, column);
  }
  return sum;
}

}  // namespace mhsim
