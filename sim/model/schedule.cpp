// Bookkeeping shared by every event: which stocks a person counts in, and
// the time of each of the person's competing processes.
#include <boost/random/exponential_distribution.hpp>
#include <cmath>
#include <limits>

#include "model/draw_purpose.hpp"
#include "model/hazards.hpp"
#include "model/process_rates.hpp"
#include "model/simulation.hpp"

namespace mhsim {

std::size_t Simulation::cell_of(PersonId id) const {
  const PersonAttributes& a = people_.attributes(id);
  return stratum_cell(a.region, a.income, a.sex, people_.state(id).age_band);
}

Simulation::StockSet Simulation::stocks_of(PersonId id) const {
  StockSet set;
  set.cell = cell_of(id);
  if (!people_.state(id).alive) return set;
  set.entries[set.size++] = {Metric::population, 0};
  const auto cmd = static_cast<CmdState>(people_.state(id).cmd);
  if (cmd != CmdState::none) set.entries[set.size++] = {Metric::cmd_prevalent, index_of(severity_of(cmd))};
  const auto smi = static_cast<SmiState>(people_.state(id).smi);
  if (smi != SmiState::none) set.entries[set.size++] = {Metric::smi_prevalent, static_cast<std::uint8_t>(people_.state(id).smi - 1)};
  switch (static_cast<CarePlace>(people_.state(id).care_place)) {
    case CarePlace::none: break;
    case CarePlace::waiting: set.entries[set.size++] = {Metric::waiting, people_.state(id).care_service}; break;
    case CarePlace::in_treatment: set.entries[set.size++] = {Metric::in_treatment, people_.state(id).care_service}; break;
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

// Redraws the time of every process from the person's current rates
// (memoryless, so a redraw is exact) and queues the earliest. Each process
// draws from its own keyed stream at the person's current occasion.
void Simulation::reschedule(PersonId id, double now) {
  auto& next = people_.next_day[id];
  // Stored in float, never before now (rounding could otherwise put an event in the past).
  const auto set = [&](Process p, double day) {
    float stored = static_cast<float>(day);
    if (static_cast<double>(stored) < now) stored = std::nextafter(stored, std::numeric_limits<float>::infinity());
    next[static_cast<std::size_t>(p)] = stored;
  };
  {
    KeyedStream s = stream(id, purpose_of(Process::death));
    const double unit_exponential = boost::random::exponential_distribution<double>(1.0)(s);
    set(Process::death, now + days_until_death(scenario_.mortality, people_.age_years(id, now),
                                               mortality_rate_ratio(scenario_, people_, id), unit_exponential));
  }
  const auto draw_after = [&](Process p, double rate_per_year) {
    if (!(rate_per_year > 0)) return kNever;
    KeyedStream s = stream(id, purpose_of(p));
    return now + boost::random::exponential_distribution<double>(rate_per_year)(s) * kDaysPerYear;
  };
  visit_process_rates(scenario_, workforce_, people_, id,
                      [&](Process p, double rate_per_year) { set(p, draw_after(p, rate_per_year)); });
  const std::size_t band = people_.state(id).age_band;
  set(Process::ageing, band + 1 < kAgeBandLabels.size()
                           ? people_.birth_day(id) + kAgeBandLowerYears[band + 1] * kDaysPerYear
                           : kNever);
  set(Process::treatment_milestone, static_cast<CarePlace>(people_.state(id).care_place) == CarePlace::in_treatment
                                        ? next_treatment_milestone_day(id, now)
                                        : kNever);

  float earliest = std::numeric_limits<float>::infinity();
  for (const float day : next) earliest = std::min(earliest, day);
  queue_.push({static_cast<double>(earliest), id, people_.occasion(id)});
}

void Simulation::log(PersonId id, JourneyEvent event, double now) {
  if (people_.attributes(id).journey_sampled) journeys_.log(id, event, now);
}

}  // namespace mhsim
