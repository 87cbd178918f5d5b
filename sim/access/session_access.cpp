#include "access/session_access.hpp"

namespace mhsim {

double remote_session_share(const Scenario& scenario, const PersonAttributes& attributes, std::size_t service) {
  if (!has_capacity_limit(service) || attributes.offline) return 0.0;
  return scenario.telehealth.session_share_by_step[staffed_index(service)];
}

double travel_free_session_share(const Scenario& scenario, const PersonAttributes& attributes, std::size_t service) {
  const double remote = remote_session_share(scenario, attributes, service);
  return remote + (1.0 - remote) * scenario.transport_support.session_share_by_region[attributes.region];
}

double first_contact_travel_free_share(const Scenario& scenario, std::uint8_t region) {
  const double remote = scenario.telehealth.first_contact_share;
  return remote + (1.0 - remote) * scenario.transport_support.first_contact_share_by_region[region];
}

double burden_lifted_ratio(double burden_rate_ratio, double share_lifted) {
  return 1.0 - share_lifted * (1.0 - 1.0 / burden_rate_ratio);
}

// A burden only some people carry, measured from the rate of those without it: what is left of it.
double burden_remaining_ratio(double burden_rate_ratio, double share_lifted) {
  return 1.0 + (burden_rate_ratio - 1.0) * (1.0 - share_lifted);
}

SessionAccessCounts session_access_counts(const Scenario& scenario, const PersonAttributes& attributes,
                                          std::size_t service, double sessions) {
  if (!has_capacity_limit(service)) return {};
  const double remote = sessions * remote_session_share(scenario, attributes, service);
  const std::uint8_t region = attributes.region;
  return {
      .remote_sessions = remote,
      .interpreter_hours = attributes.interpreter_needed ? sessions * scenario.interpreters.session_share *
                                                               scenario.interpreters.hours_per_session
                                                         : 0.0,
      .out_of_hours_sessions = sessions * scenario.out_of_hours.session_share,
      .transport_supported_sessions = (sessions - remote) * scenario.transport_support.session_share_by_region[region],
      .travel_hours_saved = remote * scenario.telehealth.travel_hours_per_in_person_session_by_region[region]};
}

double session_access_dropout_rate_ratio(const Scenario& scenario, const PersonAttributes& attributes,
                                         std::size_t service) {
  if (!has_capacity_limit(service)) return 1.0;  // digital self-help: no sessions to travel to or to interpret
  const double travel = burden_lifted_ratio(scenario.telehealth.travel_dropout_rate_ratio_by_region[attributes.region],
                                            travel_free_session_share(scenario, attributes, service));
  const InterpreterSettings& interpreters = scenario.interpreters;
  // The calibrated rates are those of the people who need no interpreter (96%): a person who needs one and has
  // none carries the whole burden.
  const double language =
      attributes.interpreter_needed
          ? burden_remaining_ratio(interpreters.dropout_rate_ratio_without, interpreters.session_share)
          : 1.0;
  const OutOfHoursSettings& out_of_hours = scenario.out_of_hours;
  const double hours =
      attributes.employment == index_of(Employment::employed)
          ? burden_lifted_ratio(out_of_hours.office_hours_dropout_rate_ratio_employed, out_of_hours.session_share)
          : 1.0;
  return travel * language * hours;
}

double session_access_effect_ratio(const Scenario& scenario, const PersonAttributes& attributes, std::size_t service) {
  if (!has_capacity_limit(service)) return 1.0;  // digital self-help: no sessions with a clinician
  const TelehealthSettings& telehealth = scenario.telehealth;
  const double phone_share = remote_session_share(scenario, attributes, service) * telehealth.phone_share;
  const double modality = 1.0 - phone_share * (1.0 - telehealth.phone_effect_ratio);
  if (!attributes.interpreter_needed) return modality;
  // The effect without an interpreter is effect_ratio_without of the effect with one, which is the calibrated one.
  const InterpreterSettings& interpreters = scenario.interpreters;
  return modality *
         (interpreters.effect_ratio_without + (1.0 - interpreters.effect_ratio_without) * interpreters.session_share);
}

}  // namespace mhsim
