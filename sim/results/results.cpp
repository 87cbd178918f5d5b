#include "results/results.hpp"

#include <algorithm>
#include <stdexcept>

namespace mhsim {
namespace {

template <typename Items>
const auto& find_named(const Items& items, const std::string& name, const char* kind) {
  const auto found = std::find_if(items.begin(), items.end(), [&](const auto& item) { return item.name == name; });
  if (found != items.end()) return *found;
  std::string names;
  for (const auto& item : items) names += (names.empty() ? "" : ", ") + item.name;
  throw std::out_of_range(std::string("no ") + kind + " '" + name + "' in the results; there are " +
                          (names.empty() ? "(none)" : names));
}

}  // namespace

const WeeklyTable& Results::table(const std::string& name) const {
  return find_named(weekly, name, "weekly table");
}

void Results::keep_tables(const std::vector<std::string>& names) {
  for (const auto& name : names) table(name);  // throws for a name that is not there
  std::erase_if(weekly,
                [&](const WeeklyTable& t) { return std::find(names.begin(), names.end(), t.name) == names.end(); });
  weekly.shrink_to_fit();
}

double Results::summary_value(const std::string& name) const {
  return find_named(summary, name, "summary figure").value;
}

const Dimension& Results::dimension(const std::string& name) const {
  return find_named(dimensions, name, "dimension");
}

}  // namespace mhsim
