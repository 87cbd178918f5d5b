// Trust as a state that moves (access/trust.hpp): each quarter the groups'
// smoothed rates of coercive contacts move toward the quarter's rate and the
// people's coercion loads recover; the ill people outside care whose trust
// changed get a new help-seeking time (memoryless, so the redraw is exact).
#include <cmath>

#include "access/trust.hpp"
#include "illness/illness_rates.hpp"
#include "simulation/process_rates.hpp"
#include "simulation/simulation.hpp"

namespace mhsim {
namespace {

constexpr double kTrustStep = 0.01;

}  // namespace

void Simulation::start_trust() {
  for (std::size_t g = 0; g < 2; ++g) {
    people_.trust.smoothed_contacts_per_100k_per_year[g] =
        scenario_.trust.reference_coercive_contacts_per_100k_per_year[g];
  }
}

void Simulation::update_trust(double now, double days) {
  const TrustSettings& trust = scenario_.trust;
  GroupTrust& group = people_.trust;
  const std::array<double, 2> ratio_before = group.coercion_ratio;
  if (days > 0) {
    for (std::size_t g = 0; g < 2; ++g) {
      const double alive = people_.alive_by_marginalised_group[g];
      const double observed = alive > 0 ? group.contacts_this_quarter[g] * 1e5 / alive * kDaysPerYear / days : 0;
      group.smoothed_contacts_per_100k_per_year[g] =
          smoothed_rate_after(trust, group.smoothed_contacts_per_100k_per_year[g], observed, days);
      group.contacts_this_quarter[g] = 0;
    }
  }
  std::array<bool, 2> factor_moved{};
  for (std::size_t g = 0; g < 2; ++g) {
    const double ratio = coercion_trust_ratio(trust, g == 1, group.smoothed_contacts_per_100k_per_year[g]);
    // The factor in use moves in steps of at least 1% (or to exactly 1 with the group dynamic off): finer
    // steps would redraw most ill people's help-seeking each quarter for nothing a result could show.
    if (std::abs(ratio / ratio_before[g] - 1.0) < kTrustStep && ratio != 1.0) continue;
    group.coercion_ratio[g] = ratio;
    factor_moved[g] =
        group_trust_factor(scenario_, g == 1, ratio) != group_trust_factor(scenario_, g == 1, ratio_before[g]);
  }
  if (factor_moved[0] || factor_moved[1]) {
    for (PersonId id = 0; id < people_.size(); ++id) update_person_trust(id, factor_moved, now, days);
  } else if (days > 0) {
    // Only loads move: the people who carry one (each person's redraw is their own, so the order is free).
    for (const PersonId id : people_.coercion_loaded) update_person_trust(id, factor_moved, now, days);
  }
  std::erase_if(people_.coercion_loaded, [&](PersonId id) {
    return !people_.state(id).alive || people_.records[id].coercion_load == 0;
  });
}

// A quarter's recovery of the person's load (`days` > 0), and a new help-seeking time if their trust changed.
void Simulation::update_person_trust(PersonId id, const std::array<bool, 2>& factor_moved, double now, double days) {
  PersonRecord& record = people_.records[id];
  if (!record.state.alive) return;
  bool load_changed = false;
  if (days > 0 && record.coercion_load > 0) {
    const double load = load_after_recovery(scenario_.trust, record.coercion_load, days);
    // A load this small changes help-seeking by well under a per cent: it is over.
    record.coercion_load = load < 0.01 ? 0.0F : static_cast<float>(load);
    load_changed = true;
  }
  if (!load_changed && !factor_moved[record.attributes.marginalised_group]) return;
  if (!has_cmd(people_, id) || static_cast<CarePlace>(record.state.care_place) != CarePlace::none) return;
  // Only the help-seeking time is redrawn; every other pending time stands.
  const RatesBefore rates{process_rates_per_year(scenario_of(id), staff_, people_, id),
                          mortality_rate_ratio(scenario_, people_, id), Process::help_seeking};
  ++people_.occasion(id);
  reschedule(id, now, &rates);
}

void Simulation::record_trust_week() {
  if (weeks_closed_ < burn_in_weeks_) return;
  const GroupTrust& group = people_.trust;
  std::array<double, 2> factor{};
  for (std::size_t g = 0; g < 2; ++g) factor[g] = group_trust_factor(scenario_, g == 1, group.coercion_ratio[g]);
  trust_tables_.record(weeks_closed_ - burn_in_weeks_, factor);
}

}  // namespace mhsim
