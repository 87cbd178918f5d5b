#pragma once
// One group of people's part of the weekly tables, for the summary by group: the
// dimensions it can be chosen by (four of the strata, four of the group cell), and
// the group's totals over the reported horizon read from the columns of its cells.
#include <array>
#include <cstddef>
#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "results/results.hpp"

namespace mhsim {

// A dimension of the summary by group and where its label sits in a cell: cell / stride % labels.
struct GroupDimension {
  std::string_view name;
  bool in_group_cell;  // read from the `<metric>_by_group` tables, else from the strata tables
  std::size_t stride;
  std::span<const std::string_view> labels;
};

// In the order of the summary by group: region, income, coverage, marginalised group, language, housing,
// age band, sex.
extern const std::array<GroupDimension, 8> kGroupDimensions;

// Each weekly table's column totals over the horizon, summed once and shared by every group's view.
class ColumnTotals {
 public:
  explicit ColumnTotals(const Results& results) : results_(results) {}
  const Eigen::RowVectorXd& of(const std::string& table) const;
  const Results& results() const { return results_; }

 private:
  const Results& results_;
  mutable std::map<std::string, Eigen::RowVectorXd, std::less<>> totals_;
};

class GroupView {
 public:
  GroupView(const ColumnTotals& totals, const GroupDimension& dimension, std::size_t label);

  // The group's total over the horizon of the metric, summed over its breakdown.
  double total(std::string_view metric) const;
  // The same by the label of the metric's breakdown (the table's first dimension; one value for none).
  std::vector<double> totals_by_label(std::string_view metric) const;
  // The group's count in the first reported week (of a stock: at its end).
  double first_week(std::string_view metric) const;

 private:
  std::string table_name(std::string_view metric) const;
  bool selects(Eigen::Index column) const;

  const ColumnTotals& totals_;
  const GroupDimension& dimension_;
  std::size_t label_;
  std::size_t cells_;
};

}  // namespace mhsim
