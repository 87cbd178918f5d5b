#pragma once
// The rates of a person in treatment that the kernel turns into times: the
// effect of treatment as delivered, and the two parts of the drop-out hazard.
#include "access/cost_sharing.hpp"
#include "access/session_access.hpp"
#include "community/programme.hpp"
#include "population/person.hpp"
#include "scenario/scenario.hpp"
#include "workforce/staff_deployment.hpp"

namespace mhsim {

// Medicines touch the medication management step only.
inline bool is_medication(std::size_t service) {
  return service == index_of(ServiceId::medication_management);
}

inline double medicine_effect_ratio(const Scenario& scenario, std::size_t service) {
  return is_medication(service) ? scenario.medicines.adherence_effect_ratio : 1.0;
}

// The step's effect as delivered: its cadres (with their supervision), for
// medication adherence, an intensified treatment on the registry, and how the sessions reach the person.
inline double treatment_effect_ratio(const Scenario& scenario, const StaffDeployment& staff,
                                     const PersonAttributes& attributes, const PersonState& state) {
  return staff.treatment_effect_ratio[state.care_service] * medicine_effect_ratio(scenario, state.care_service) *
         (state.intensified ? scenario.collaborative_care.intensified_effect_ratio : 1.0) *
         session_access_effect_ratio(scenario, attributes, state.care_service);
}

// The two parts of the treatment drop-out hazard of a person in treatment;
// which of them ended a course is drawn when it fires.
struct TreatmentDropoutRates {
  double ordinary_per_year = 0;
  double stock_out_per_year = 0;
  double total_per_year() const { return ordinary_per_year + stock_out_per_year; }
};

inline TreatmentDropoutRates treatment_dropout_rates(const Scenario& scenario, const PersonAttributes& attributes,
                                                     const PersonState& state) {
  // A care manager's follow-up keeps people on the registry in treatment; a home keeps tenants engaged, and a peer
  // the people they support.
  const double follow_up_ratio =
      (state.on_registry ? scenario.collaborative_care.treatment_dropout_rate_ratio : 1.0) *
      (attributes.housing_first_tenant ? scenario.housing_first.treatment_dropout_rate_ratio : 1.0) *
      (in_programme(state, Programme::peer_support) ? scenario.peer_support.treatment_dropout_rate_ratio : 1.0);
  return {scenario.services[state.care_service].treatment_dropout_rate_per_year * follow_up_ratio *
              copay_dropout_rate_ratio(scenario, attributes, state.care_service) *
              session_access_dropout_rate_ratio(scenario, attributes, state.care_service),
          is_medication(state.care_service) ? scenario.medicines.stock_out_interruption_rate_per_year : 0.0};
}

}  // namespace mhsim
