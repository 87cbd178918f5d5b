#include "care/service.hpp"

#include <stdexcept>

#include "workforce/staff_deployment.hpp"

namespace mhsim {

Service::Service(const ServiceSettings& settings, double clinical_fte, std::size_t index)
    : settings_(settings), index_(index), capacity_places_(mhsim::capacity_places(clinical_fte, settings, index)) {}

void Service::change_settings(const ServiceSettings& settings, double clinical_fte) {
  settings_ = settings;
  capacity_places_ = mhsim::capacity_places(clinical_fte, settings, index_);
}

void Service::join_waiting_list(PersonId id, Severity priority, double join_day) {
  lanes_[index_of(priority)].push_back({id, join_day});
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
