#include "io/hdf5_group_summary.hpp"

#include <string>
#include <utility>

#include "io/hdf5_handles.hpp"
#include "io/hdf5_io.hpp"
#include "io/hdf5_values.hpp"

namespace mhsim::hdf5 {

namespace {

// One column of the rows: the member `field` of each.
template <typename Value>
std::vector<Value> column(const std::vector<GroupFigure>& rows, Value GroupFigure::*field) {
  std::vector<Value> values;
  values.reserve(rows.size());
  for (const GroupFigure& row : rows) values.push_back(row.*field);
  return values;
}

}  // namespace

void write_group_summary(hid_t file, const std::vector<GroupFigure>& figures) {
  create_group(file, "/group_summary");
  for (auto [name, field] : {std::pair{"figure", &GroupFigure::figure},
                             {"dimension", &GroupFigure::dimension},
                             {"group", &GroupFigure::group},
                             {"unit", &GroupFigure::unit},
                             {"description", &GroupFigure::description}}) {
    write_packed_strings(file, std::string("/group_summary/") + name, column(figures, field));
  }
  const std::vector<double> values = column(figures, &GroupFigure::value);
  write_numbers(file, "/group_summary/value", H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, {values.size()}, values.data(),
                Layout::contiguous);
}

std::vector<GroupFigure> read_group_summary(hid_t file) {
  if (check(H5Lexists(file, "/group_summary", H5P_DEFAULT), "look for /group_summary") <= 0) return {};
  const auto names = read_strings(file, "/group_summary/figure");
  const auto dimensions = read_strings(file, "/group_summary/dimension");
  const auto groups = read_strings(file, "/group_summary/group");
  const auto values = read_numbers<double>(file, "/group_summary/value", H5T_NATIVE_DOUBLE);
  const auto units = read_strings(file, "/group_summary/unit");
  const auto descriptions = read_strings(file, "/group_summary/description");
  const std::size_t rows = names.size();
  for (std::size_t length : {dimensions.size(), groups.size(), values.size(), units.size(), descriptions.size()}) {
    if (length != rows) throw ResultsFileError("the datasets of /group_summary differ in length");
  }
  std::vector<GroupFigure> figures;
  for (std::size_t i = 0; i < rows; ++i) {
    figures.push_back({names[i], dimensions[i], groups[i], values[i], units[i], descriptions[i]});
  }
  return figures;
}

}  // namespace mhsim::hdf5
