// Bookkeeping shared by every event: which stocks a person counts in, and
// the time of each of the person's competing processes.
#include <boost/random/exponential_distribution.hpp>
#include <cmath>

#include "model/draw_purpose.hpp"
#include "model/hazards.hpp"
#include "model/simulation.hpp"

namespace mhsim {

Simulation::StockSet Simulation::stocks_of(PersonId id) const {
  StockSet set;
  set.cell = stratum_cell(people_.attributes[id].region, people_.attributes[id].income, people_.attributes[id].sex, people_.state[id].age_band);
  if (!people_.state[id].alive) return set;
  set.entries[set.size++] = {Metric::population, 0};
  const auto cmd = static_cast<CmdState>(people_.state[id].cmd);
  if (cmd != CmdState::none) set.entries[set.size++] = {Metric::cmd_prevalent, index_of(severity_of(cmd))};
  const auto smi = static_cast<SmiState>(people_.state[id].smi);
  if (smi != SmiState::none) set.entries[set.size++] = {Metric::smi_prevalent, static_cast<std::uint8_t>(people_.state[id].smi - 1)};
  switch (static_cast<CarePlace>(people_.state[id].care_place)) {
    case CarePlace::none: break;
    case CarePlace::waiting: set.entries[set.size++] = {Metric::waiting, people_.state[id].care_service}; break;
    case CarePlace::in_treatment: set.entries[set.size++] = {Metric::in_treatment, people_.state[id].care_service}; break;
  }
  return set;
}

void Simulation::move_stocks(const StockSet& before, PersonId id, double now) {
  const StockSet after = stocks_of(id);
  const auto contains = [](const StockSet& set, std::pair<Metric, std::uint8_t> entry, std::size_t cell) {
    if (set.cell != cell) return false;
    for (std::size_t k = 0; k < set.size; ++k) {
      if (set.entries[k] == entry) return true;
    }
    return false;
  };
  for (std::size_t k = 0; k < before.size; ++k) {
    if (!contains(after, before.entries[k], before.cell)) {
      recorder_.change_stock(before.entries[k].first, before.entries[k].second, before.cell, -1, now);
    }
  }
  for (std::size_t k = 0; k < after.size; ++k) {
    if (!contains(before, after.entries[k], after.cell)) {
      recorder_.change_stock(after.entries[k].first, after.entries[k].second, after.cell, +1, now);
    }
  }
}

// Redraws the time of every hazard-driven process from the person's current
// rates (memoryless, so a redraw is exact) and queues the earliest. Each
// process draws from its own keyed stream at the person's current occasion.
void Simulation::reschedule(PersonId id, double now) {
  auto& next = people_.next_day[id];
  const auto at = [&](Process p) -> double& { return next[static_cast<std::size_t>(p)]; };
  const auto draw_after = [&](Process p, double rate_per_year) {
    if (!(rate_per_year > 0)) return kNever;
    KeyedStream s = stream(id, purpose_of(p));
    return now + boost::random::exponential_distribution<double>(rate_per_year)(s) * kDaysPerYear;
  };
  const double age = people_.age_years(id, now);
  const bool ill = static_cast<CmdState>(people_.state[id].cmd) != CmdState::none;
  const auto place = static_cast<CarePlace>(people_.state[id].care_place);
  const auto& cmd = scenario_.common_mental_disorder;

  {
    KeyedStream s = stream(id, purpose_of(Process::death));
    const double unit_exponential = boost::random::exponential_distribution<double>(1.0)(s);
    at(Process::death) = now + days_until_death(scenario_.mortality, age, mortality_rate_ratio(scenario_, people_, id),
                                                unit_exponential);
  }
  at(Process::suicide) = draw_after(Process::suicide, suicide_rate_per_year(scenario_, people_, id));
  const std::size_t band = people_.state[id].age_band;
  at(Process::ageing) = band + 1 < kAgeBandLabels.size()
                            ? people_.birth_day[id] + kAgeBandLowerYears[band + 1] * kDaysPerYear
                            : kNever;

  double cmd_rate = 0;
  if (!ill) {
    cmd_rate = cmd_onset_rate_per_year(cmd, people_, id);
  } else {
    cmd_rate = cmd_untreated_remission_rate_per_year(cmd, people_, id);
    if (place == CarePlace::in_treatment) {
      cmd_rate += services_[people_.state[id].care_service].settings().treatment_remission_rate_per_year;
    }
  }
  at(Process::cmd_transition) = draw_after(Process::cmd_transition, cmd_rate);
  const bool can_worsen = ill && static_cast<CmdState>(people_.state[id].cmd) != CmdState::severe &&
                          place != CarePlace::in_treatment;
  at(Process::cmd_worsening) = draw_after(Process::cmd_worsening, can_worsen ? cmd.worsening_rate_per_year : 0.0);
  at(Process::smi_transition) =
      draw_after(Process::smi_transition, smi_transition_rate_per_year(scenario_.severe_mental_illness, people_, id));
  at(Process::crisis) = draw_after(Process::crisis, crisis_rate_per_year(scenario_, people_, id));

  const bool outside_care = place == CarePlace::none;
  at(Process::help_seeking) =
      draw_after(Process::help_seeking, outside_care ? help_seeking_rate_per_year(scenario_.access, people_, id) : 0.0);
  at(Process::routine_screening) = draw_after(
      Process::routine_screening, outside_care ? positive_screen_rate_per_year(scenario_.primary_care, people_, id) : 0.0);

  const ServiceSettings* service = place == CarePlace::none ? nullptr : &services_[people_.state[id].care_service].settings();
  at(Process::waiting_dropout) =
      draw_after(Process::waiting_dropout, place == CarePlace::waiting ? service->waiting_dropout_rate_per_year : 0.0);
  at(Process::treatment_end) = place == CarePlace::in_treatment ? people_.treatment_end_day[id] : kNever;
  at(Process::treatment_dropout) = draw_after(
      Process::treatment_dropout, place == CarePlace::in_treatment ? service->treatment_dropout_rate_per_year : 0.0);

  double earliest = kNever;
  for (const double day : next) earliest = std::min(earliest, day);
  queue_.push({earliest, id, people_.occasion[id]});
}

void Simulation::log(PersonId id, JourneyEvent event, double now) {
  if (journeys_.sampled(id)) journeys_.log(id, event, now);
}

}  // namespace mhsim
