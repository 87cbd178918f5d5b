#include "access/trust.hpp"

#include <algorithm>
#include <cmath>

#include "core/units.hpp"

namespace mhsim {

double load_per_coercive_contact(const TrustSettings& trust) {
  const double guarded = 1.0 - trust.guardrail_share * (1.0 - trust.guardrail_loss_ratio);
  return guarded * (1.0 - trust.grievance_path_share * trust.grievance_restored_share);
}

double personal_trust_factor(const TrustSettings& trust, double coercion_load, bool in_peer_support) {
  if (coercion_load <= 0) return 1.0;
  const double kept = in_peer_support ? 1.0 - trust.peer_support_restored_share : 1.0;
  return std::pow(trust.personal_ratio_per_contact, coercion_load * kept);
}

double load_after_recovery(const TrustSettings& trust, double coercion_load, double days) {
  return coercion_load * std::exp2(-days / (trust.personal_half_life_years * kDaysPerYear));
}

double smoothed_rate_after(const TrustSettings& trust, double smoothed_per_100k_per_year,
                           double observed_per_100k_per_year, double days) {
  const double weight = 1.0 - std::exp(-days / (trust.group_time_constant_years * kDaysPerYear));
  return smoothed_per_100k_per_year + weight * (observed_per_100k_per_year - smoothed_per_100k_per_year);
}

double coercion_trust_ratio(const TrustSettings& trust, bool marginalised, double smoothed_per_100k_per_year) {
  if (trust.group_sensitivity == 0) return 1.0;
  const double reference = trust.reference_coercive_contacts_per_100k_per_year[marginalised ? 1 : 0];
  // A group with no coercive contacts left is floored at a hundredth of the reference (the cap of 1 binds first).
  const double rate = std::max(smoothed_per_100k_per_year, reference * 0.01);
  return std::pow(reference / rate, trust.group_sensitivity);
}

double group_trust_factor(const Scenario& scenario, bool marginalised, double coercion_ratio) {
  const TrustSettings& trust = scenario.trust;
  const double base = marginalised ? scenario.access.marginalised_group_trust_factor : 1.0;
  const double factor = coercion_ratio == 1.0 ? base : std::min(std::max(base, 1.0), base * coercion_ratio);
  // The levers are for the group that distrusts services: moving every ill person's help-seeking at a
  // change of plan would redraw them all and spend the common random numbers of a comparison.
  if (!marginalised) return factor;
  const double peers = scenario.workforce[index_of(Cadre::peer_worker)].fte_per_100k;
  const double closed = std::min(1.0, trust.data_sovereignty_share * trust.data_sovereignty_gap_closed +
                                          trust.gap_closed_per_peer_fte_per_100k * peers);
  return closed == 0 ? factor : factor + std::max(0.0, 1.0 - factor) * closed;
}

void record_coercive_contact(Step& step, PersonId id) {
  step.recorder.count(Metric::coercive_contacts, 0, step.cell_of(id));
  PersonRecord& record = step.people.records[id];
  if (record.coercion_load == 0) step.people.coercion_loaded.push_back(id);
  record.coercion_load += static_cast<float>(load_per_coercive_contact(step.scenario.trust));
  step.people.trust.contacts_this_quarter[record.attributes.marginalised_group] += 1;
}

}  // namespace mhsim
