#include "io/hdf5_rule_firings.hpp"

#include <string>

#include "io/hdf5_handles.hpp"
#include "io/hdf5_io.hpp"
#include "io/hdf5_values.hpp"

namespace mhsim::hdf5 {

void write_rule_firings(hid_t file, const std::vector<RuleFiring>& firings) {
  create_group(file, "/rule_firings");
  std::vector<std::uint32_t> weeks, quarters;
  std::vector<std::string> rules, keys;
  std::vector<double> values, before, after;
  for (const RuleFiring& f : firings) {
    weeks.push_back(f.week);
    quarters.push_back(f.quarter);
    rules.push_back(f.rule);
    values.push_back(f.value);
    keys.push_back(f.key);
    before.push_back(f.before);
    after.push_back(f.after);
  }
  const hsize_t rows = firings.size();
  write_numbers(file, "/rule_firings/week", H5T_STD_U32LE, H5T_NATIVE_UINT32, {rows}, weeks.data(), Layout::contiguous);
  write_numbers(file, "/rule_firings/quarter", H5T_STD_U32LE, H5T_NATIVE_UINT32, {rows}, quarters.data(),
                Layout::contiguous);
  write_strings(file, "/rule_firings/rule", rules);
  write_numbers(file, "/rule_firings/value", H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, {rows}, values.data(),
                Layout::contiguous);
  write_strings(file, "/rule_firings/key", keys);
  write_numbers(file, "/rule_firings/before", H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, {rows}, before.data(),
                Layout::contiguous);
  write_numbers(file, "/rule_firings/after", H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, {rows}, after.data(),
                Layout::contiguous);
}

std::vector<RuleFiring> read_rule_firings(hid_t file) {
  if (check(H5Lexists(file, "/rule_firings", H5P_DEFAULT), "look for /rule_firings") <= 0) return {};
  const auto weeks = read_numbers<std::uint32_t>(file, "/rule_firings/week", H5T_NATIVE_UINT32);
  const auto quarters = read_numbers<std::uint32_t>(file, "/rule_firings/quarter", H5T_NATIVE_UINT32);
  const auto rules = read_strings(file, "/rule_firings/rule");
  const auto values = read_numbers<double>(file, "/rule_firings/value", H5T_NATIVE_DOUBLE);
  const auto keys = read_strings(file, "/rule_firings/key");
  const auto before = read_numbers<double>(file, "/rule_firings/before", H5T_NATIVE_DOUBLE);
  const auto after = read_numbers<double>(file, "/rule_firings/after", H5T_NATIVE_DOUBLE);
  const std::size_t rows = weeks.size();
  for (std::size_t length : {quarters.size(), rules.size(), values.size(), keys.size(), before.size(), after.size()}) {
    if (length != rows) throw ResultsFileError("the datasets of /rule_firings differ in length");
  }
  std::vector<RuleFiring> firings;
  for (std::size_t i = 0; i < rows; ++i) {
    firings.push_back({weeks[i], quarters[i], rules[i], values[i], keys[i], before[i], after[i]});
  }
  return firings;
}

}  // namespace mhsim::hdf5
