#include "model/service.hpp"

#include <cmath>
#include <stdexcept>

namespace mhsim {
namespace {

std::int64_t capacity_places_of(const ServiceSettings& settings, std::int64_t population_size) {
  return static_cast<std::int64_t>(std::floor(settings.staff_fte_per_100k * static_cast<double>(population_size) /
                                              1e5 * settings.caseload_per_fte *
                                              (1.0 - settings.non_clinical_time_share)));
}

}  // namespace

Service::Service(const ServiceSettings& settings, std::int64_t population_size)
    : settings_(settings), capacity_places_(capacity_places_of(settings, population_size)) {}

void Service::change_settings(const ServiceSettings& settings, std::int64_t population_size) {
  settings_ = settings;
  capacity_places_ = capacity_places_of(settings, population_size);
}

void Service::join_waiting_list(PersonId id, Severity priority, double join_day) {
  lanes_[kPriorityLevels - 1 - index_of(priority)].push_back({id, join_day});
  ++waiting_;
}

void Service::leave_waiting_list() {
  if (waiting_ <= 0) throw std::logic_error("Service: a person left an empty waiting list");
  --waiting_;
}

void Service::start_treatment() {
  if (!has_free_place()) throw std::logic_error("Service: treatment started with no free place");
  ++in_treatment_;
}

void Service::end_treatment() {
  if (in_treatment_ <= 0) throw std::logic_error("Service: treatment ended with nobody in treatment");
  --in_treatment_;
}

}  // namespace mhsim
