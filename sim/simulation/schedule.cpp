// Bookkeeping shared by every event: which stocks a person counts in, and
// the time of each of the person's competing processes.
#include <algorithm>
#include <boost/random/exponential_distribution.hpp>
#include <cmath>
#include <limits>

#include "care/care.hpp"
#include "crisis/crisis_stage.hpp"
#include "event/draw_purpose.hpp"
#include "illness/illness_rates.hpp"
#include "perinatal/perinatal_transition.hpp"
#include "physical_health/comorbidity_stocks.hpp"
#include "population/age_milestones.hpp"
#include "recording/person_cells.hpp"
#include "simulation/process_rates.hpp"
#include "simulation/simulation.hpp"
#include "youth/youth_recording.hpp"

namespace mhsim {

PersonCells Simulation::cell_of(PersonId id) const { return cells_of(people_, id); }

// Every entry comes from its own line (or loop step), always in this order: the stock moves diff two sets by
// one walk that relies on it (recording/stocks.hpp).
StockSet Simulation::stocks_of(const PersonSnapshot& person) {
  const PersonAttributes& a = person.attributes;
  const PersonState& state = person.state;
  StockSet set;
  set.cell = cells_of(a, state);
  if (!state.alive) return set;
  set.add(Metric::population, 0);
  const auto cmd = static_cast<CmdState>(state.cmd);
  if (cmd != CmdState::none) set.add(Metric::cmd_prevalent, index_of(severity_of(cmd)));
  const auto smi = static_cast<SmiState>(state.smi);
  if (smi != SmiState::none) set.add(Metric::smi_prevalent, static_cast<std::uint8_t>(state.smi - 1));
  switch (static_cast<CarePlace>(state.care_place)) {
    case CarePlace::none: break;
    case CarePlace::waiting: set.add(Metric::waiting, state.care_service); break;
    case CarePlace::in_treatment: set.add(Metric::in_treatment, state.care_service); break;
  }
  const auto stage = static_cast<CrisisStage>(state.crisis_stage);
  if (is_crisis_place(stage)) {
    set.add(Metric::in_crisis_place, static_cast<std::uint8_t>(crisis_place_index(stage)));
  }
  set.add(Metric::people_by_housing, a.housing);
  set.add(Metric::people_by_employment, a.employment);
  set.add(Metric::people_by_coverage, a.coverage);
  if (a.housing_first_tenant) set.add(Metric::housing_first_tenants, 0);
  if (a.awaiting_housing_first) set.add(Metric::awaiting_housing_first, 0);
  if (a.homeless_ill_cohort) set.add(Metric::homeless_ill_cohort, 0);
  add_perinatal_stocks(set, a, state);
  if (static_cast<SmiState>(state.smi) != SmiState::none) set.add(Metric::smi_by_employment, a.employment);
  for (std::size_t p = 0; p < kProgrammeCount; ++p) {
    const std::uint8_t bit = programme_bit(static_cast<Programme>(p));
    if (state.programmes & bit) set.add(Metric::in_programme, static_cast<std::uint8_t>(p));
    if (state.programmes_awaited & bit) set.add(Metric::awaiting_programme, static_cast<std::uint8_t>(p));
  }
  if (a.first_episode) {
    set.add(Metric::first_episode_cohort, 0);
    set.add(Metric::first_episode_by_employment, a.employment);
  }
  add_comorbidity_stocks(a, state, set);
  add_youth_stocks(a, state, set);
  return set;
}

// Most events change nothing a stock counts: then neither set is built.
void Simulation::move_stocks(const PersonSnapshot& before, PersonId id, double now) {
  if (before.unchanged_in(people_.records[id])) return;
  mhsim::move_stocks(recorder_, stocks_of(before), stocks_of(people_.snapshot(id)), now);
}

void Simulation::add_stocks(PersonId id, double now) {
  mhsim::move_stocks(recorder_, StockSet{}, stocks_of(people_.snapshot(id)), now);
}

// Redraws the time of every process from the person's current rates
// (memoryless, so a redraw is exact) and queues the earliest. Each process
// draws from its own keyed stream at the person's current occasion. With the
// rates before the person's own event, only the fired process and those whose
// rate it changed are redrawn: a pending time drawn at an unchanged rate stands.
void Simulation::reschedule(PersonId id, double now, const RatesBefore* before) {
  auto& next = people_.next_day[id];
  // Stored in float, never before now (rounding could otherwise put an event in the past).
  const auto set = [&](Process p, double day) {
    float stored = static_cast<float>(day);
    if (static_cast<double>(stored) < now) stored = std::nextafter(stored, std::numeric_limits<float>::infinity());
    next[static_cast<std::size_t>(p)] = stored;
  };
  // The Gompertz time drawn earlier stands while the rate ratio does (the
  // hazard by age is the same function, and the person has survived to now).
  const double death_rate_ratio = mortality_rate_ratio(scenario_, people_, id);
  if (before == nullptr || death_rate_ratio != before->mortality_rate_ratio) {
    KeyedStream s = random_.stream(id, people_.occasion(id), purpose_of(Process::death));
    const double unit_exponential = boost::random::exponential_distribution<double>(1.0)(s);
    set(Process::death,
        now + days_until_death(scenario_.mortality, people_.age_years(id, now), death_rate_ratio, unit_exponential));
  }
  const auto draw_after = [&](Process p, double rate_per_year) {
    if (!(rate_per_year > 0)) return kNever;
    KeyedStream s = random_.stream(id, people_.occasion(id), purpose_of(p));
    return now + boost::random::exponential_distribution<double>(rate_per_year)(s) * kDaysPerYear;
  };
  const bool perinatal_end_timed = is_perinatal(people_.attributes(id));
  visit_process_rates(scenario_of(id), staff_, people_, id, [&](Process p, double rate_per_year) {
    if (p == Process::perinatal_transition && perinatal_end_timed) return;
    if (before != nullptr && p != before->fired &&
        rate_per_year == before->rate_per_year[static_cast<std::size_t>(p)]) {
      return;
    }
    set(p, draw_after(p, rate_per_year));
  });
  set(Process::ageing, next_ageing_day(people_, id, now));
  set(Process::treatment_milestone, static_cast<CarePlace>(people_.state(id).care_place) == CarePlace::in_treatment
                                        ? next_treatment_milestone_day(people_, scenario_of(id), id, now)
                                        : kNever);

  float earliest = std::numeric_limits<float>::infinity();
  for (const float day : next) earliest = std::min(earliest, day);
  queue_.push({static_cast<double>(earliest), id, people_.occasion(id)});
}

}  // namespace mhsim
