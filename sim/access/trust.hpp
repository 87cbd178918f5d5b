#pragma once
// Trust as a state that moves (docs/model.md, "Trust"). A coercive contact - a
// police attendance at a crisis, an arrest, an involuntary admission - adds to
// the person's coercion load, which lowers their help-seeking and decays with
// a half-life, and to their group's count, whose exponentially smoothed rate
// moves the group's trust factor against the baseline's steady-state rate.
#include "event/step.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

// The load one coercive contact adds: safeguards cut the loss, a working
// complaint route restores part of it (the mean over contacts with and without each).
double load_per_coercive_contact(const TrustSettings& trust);
// The person's factor on help-seeking: the ratio per contact to the power of the load,
// less the share peer support restores while the person is in it.
double personal_trust_factor(const TrustSettings& trust, double coercion_load, bool in_peer_support);
// The load after `days` of recovery at the stated half-life.
double load_after_recovery(const TrustSettings& trust, double coercion_load, double days);
// The smoothed rate after `days` at the time constant, moving toward the rate observed over them.
double smoothed_rate_after(const TrustSettings& trust, double smoothed_per_100k_per_year,
                           double observed_per_100k_per_year, double days);
// (reference rate / smoothed rate) ^ sensitivity: 1 at the reference, or with sensitivity 0.
double coercion_trust_ratio(const TrustSettings& trust, bool marginalised, double smoothed_per_100k_per_year);
// A group's factor: its base (1, or access.marginalised_group_trust_factor) times the
// coercion ratio, at most 1; then data sovereignty and peer workers close part of the gap to 1.
double group_trust_factor(const Scenario& scenario, bool marginalised, double coercion_ratio);

// Counts the person's coercive contact, adds it to their load and to their group's count.
void record_coercive_contact(Step& step, PersonId id);

}  // namespace mhsim
