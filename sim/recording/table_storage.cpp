#include "recording/table_storage.hpp"

#include <algorithm>
#include <string>

#include "recording/metrics.hpp"

namespace mhsim {
namespace {

void store_table_as(Results& results, const std::string& name, StorageType storage) {
  const auto table =
      std::find_if(results.weekly.begin(), results.weekly.end(), [&](const WeeklyTable& t) { return t.name == name; });
  if (table == results.weekly.end()) return;
  // Counts kept in 16 bits through the run are already in their type (TableValues::set_row widens them when needed).
  if (storage == StorageType::uint32 && table->values.storage() == StorageType::uint16) return;
  table->values.store_as(storage, name);
}

}  // namespace

void store_in_declared_types(Results& results) {
  for (const MetricSpec& spec : kMetricSpecs) {
    store_table_as(results, std::string(spec.name), storage_of(spec.kind));
    store_table_as(results, std::string(spec.name) + "_by_group", storage_of(spec.kind));
  }
  // Years lived with disability are person-time (economics/health_outcomes.hpp), made from two metrics' tables.
  for (const char* name : {"yld_years", "yld_years_by_group"}) store_table_as(results, name, StorageType::float32);
}

}  // namespace mhsim
