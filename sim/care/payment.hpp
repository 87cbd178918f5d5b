#pragma once
// What a service's payment model makes its providers do (docs/model.md,
// "Payment models"): fee-for-service lengthens courses and keeps some people
// who recover until their course ends; outcome-based payment measures outcomes
// routinely (non-response found and stepped up) and prefers milder cases on
// the waiting list. Capitation is the reference, as calibrated.
#include <cstddef>

#include "scenario/scenario.hpp"

namespace mhsim {

// The service's settings as its providers practise them: the course length and the order of the list.
ServiceSettings provider_practice(const Scenario& scenario, std::size_t service);

// Of people who recover in treatment at the service, those discharged at once.
double discharge_on_recovery_share(const Scenario& scenario, std::size_t service);

// A non-responder at the end of a course off the registry is stepped up with this probability.
double course_end_step_up_probability(const Scenario& scenario, std::size_t service);

}  // namespace mhsim
