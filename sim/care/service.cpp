#include "care/service.hpp"

#include "workforce/staff_deployment.hpp"

namespace mhsim {

Service::Service(const ServiceSettings& settings, double clinical_fte, std::size_t index)
    : settings_(settings),
      index_(index),
      places_(mhsim::capacity_places(clinical_fte, settings, index), kPriorityLevels) {}

void Service::change_settings(const ServiceSettings& settings, double clinical_fte) {
  settings_ = settings;
  places_.set_servers(mhsim::capacity_places(clinical_fte, settings, index_));
}

}  // namespace mhsim
