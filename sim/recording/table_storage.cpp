#include "recording/table_storage.hpp"

#include <algorithm>
#include <string>

#include "recording/metrics.hpp"

namespace mhsim {

void store_in_declared_types(Results& results) {
  for (const MetricSpec& spec : kMetricSpecs) {
    for (const std::string name : {std::string(spec.name), std::string(spec.name) + "_by_group"}) {
      const auto table = std::find_if(results.weekly.begin(), results.weekly.end(),
                                      [&](const WeeklyTable& t) { return t.name == name; });
      if (table == results.weekly.end()) continue;
      table->values.store_as(storage_of(spec.kind), name);
      table->values.narrow_counts();
    }
  }
}

}  // namespace mhsim
