#include "care/payment.hpp"

namespace mhsim {
namespace {

std::size_t model_of(const Scenario& scenario, std::size_t service) {
  return index_of(scenario.services[service].payment_model);
}

}  // namespace

ServiceSettings provider_practice(const Scenario& scenario, std::size_t service) {
  ServiceSettings practised = scenario.services[service];
  const std::size_t model = model_of(scenario, service);
  practised.treatment_weeks *= scenario.payment.course_length_ratio[model];
  // A head start below 0 serves milder cases first (service.hpp).
  practised.severity_head_start_days -= scenario.payment.milder_case_head_start_days[model];
  // First come, first served: no lane gets a head start, whatever the severity or the payment model.
  if (practised.waiting_list_order == WaitingListOrder::first_come_first_served) practised.severity_head_start_days = 0;
  return practised;
}

double discharge_on_recovery_share(const Scenario& scenario, std::size_t service) {
  return scenario.payment.discharge_on_recovery_share[model_of(scenario, service)];
}

double course_end_step_up_probability(const Scenario& scenario, std::size_t service) {
  const double unnoticed = 1.0 - scenario.stepped_care.late_step_up_probability;
  return 1.0 - unnoticed * (1.0 - scenario.payment.measurement_based_care_share[model_of(scenario, service)]);
}

}  // namespace mhsim
