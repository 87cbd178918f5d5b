#include "simulation/simulation.hpp"

#include <algorithm>
#include <boost/random/exponential_distribution.hpp>
#include <cmath>
#include <iomanip>
#include <sstream>
#include <limits>

#include "economics/budget.hpp"
#include "economics/costs.hpp"
#include "event/draw_purpose.hpp"
#include "illness/illness_rates.hpp"
#include "illness/natural_history.hpp"
#include "perinatal/perinatal_phase.hpp"
#include "population/initial_ages.hpp"
#include "scenario/loader.hpp"

namespace mhsim {
namespace {

// Population-level events use reserved subjects above every person id.
constexpr std::uint32_t kEntrySubject = std::numeric_limits<std::uint32_t>::max();

}  // namespace

Simulation::Simulation(const Scenario& scenario, std::uint64_t seed)
    : planned_scenario_(scenario),
      scenario_(scenario),
      staff_(deploy_staff(scenario, scenario.population.size)),
      random_(seed),
      // Whole weeks, so every reported week has exactly seven days.
      burn_in_weeks_(whole_weeks(scenario.simulation.burn_in_years)),
      burn_in_days_(static_cast<double>(burn_in_weeks_) * kDaysPerWeek),
      end_days_(burn_in_days_ + static_cast<double>(whole_weeks(scenario.simulation.horizon_years)) * kDaysPerWeek),
      reported_weeks_(whole_weeks(scenario.simulation.horizon_years)),
      initial_size_(scenario.population.size),
      care_(scenario, staff_),
      crisis_(scenario, scenario.population.size),
      community_(scenario, staff_, scenario.population.size),
      justice_(scenario, scenario.population.size),
      perinatal_team_(scenario, scenario.population.size),
      workforce_stock_(scenario, scenario.population.size),
      staff_tables_(reported_weeks_),
      trust_tables_(reported_weeks_),
      funding_tables_(reported_weeks_),
      life_expectancy_(scenario.mortality, scenario.economics.discount_rate_per_year),
      recorder_(reported_weeks_),
      queue_(end_days_) {
  start_trust();
  create_initial_population();
  set_entry_rate();
  schedule_next_entry();
}

void Simulation::create_initial_population() {
  const InitialAgeSampler ages(scenario_.population, scenario_.mortality);
  check_population_can_last(ages.mean_background_hazard_per_year());  // before room is made for entrants
  // Room for every entrant, so the columns never reallocate (a reallocation
  // would briefly double their memory): illness raises deaths by well under half.
  const double entrant_rate_bound =
      1.5 * ages.mean_background_hazard_per_year() + std::max(0.0, scenario_.population.growth_rate_per_year);
  const double expected_size =
      static_cast<double>(initial_size_) * (1.0 + entrant_rate_bound * end_days_ / kDaysPerYear);
  people_.reserve(static_cast<std::size_t>(expected_size) + 1024);
  for (std::int64_t n = 0; n < initial_size_; ++n) {
    const auto id = static_cast<PersonId>(n);
    KeyedStream age_stream = random_.stream(id, 0, purpose_of(DrawPurpose::initial_age));
    people_.add_person(scenario_.population, random_, 0.0, ages.draw_age_years(age_stream));
    draw_initial_perinatal_phase(scenario_.perinatal, random_, people_, id, 0.0);
    Step person_step = step();
    draw_initial_illness(person_step, id);
    sample_for_journeys(id);
    add_stocks(id, 0.0);
    reschedule(id, 0.0);
  }
}

// Entries replace the expected deaths of the initial population (plus
// growth) at a steady rate fixed at the start, independent of the scenario's
// policies: entrants - their ids, times and attributes - are the same people
// in every scenario.
void Simulation::set_entry_rate() {
  double deaths_per_year = 0;
  for (PersonId id = 0; id < people_.size(); ++id) {
    const double age = people_.age_years(id, 0.0);
    deaths_per_year += mortality_rate_ratio(scenario_, people_, id) * gompertz_rate_per_year(scenario_.mortality, age);
  }
  check_population_can_last(deaths_per_year / static_cast<double>(std::max<std::int64_t>(initial_size_, 1)));
  entries_per_year_ = deaths_per_year + static_cast<double>(initial_size_) * scenario_.population.growth_rate_per_year;
}

// Entries replace the starting population's deaths; with a death rate like this the people
// who enter are not those who die, and the population swells or empties instead of staying
// near its size. Refused before the run, with the keys that set it.
void Simulation::check_population_can_last(double deaths_per_person_year) const {
  constexpr double kMostDeathsPerPersonYear = 0.2;  // said in the message below
  if (deaths_per_person_year <= kMostDeathsPerPersonYear) return;  // NaN fails too
  std::ostringstream rate;
  rate << std::setprecision(3) << deaths_per_person_year;
  throw ScenarioError({ScenarioProblem{
      .file = scenario_.name,
      .key_path = "mortality",
      .value = (std::isfinite(deaths_per_person_year) ? rate.str() : "too many to count") +
               " deaths per person a year in the starting population",
      .expected = "at most 0.2 (England: 0.011), so that entries can replace deaths and the population stay "
                  "near its size (check mortality.* and the excess mortality rate ratios of the illnesses)"}});
}

void Simulation::sample_for_journeys(PersonId id) {
  KeyedStream s = random_.stream(id, 0, purpose_of(DrawPurpose::journey_sampling));
  people_.attributes(id).journey_sampled = s.uniform_open() < scenario_.recording.journey_sample_share ? 1 : 0;
}

void Simulation::schedule_next_entry() {
  const double rate_per_year = entries_per_year_;
  if (rate_per_year <= 0) return;
  KeyedStream s = random_.stream(kEntrySubject, entry_count_, purpose_of(DrawPurpose::population_entry));
  const double gap_days = boost::random::exponential_distribution<double>(rate_per_year)(s) * kDaysPerYear;
  const double previous = entry_count_ == 0 ? 0.0 : next_entry_day_;
  next_entry_day_ = previous + gap_days;
  queue_.push({next_entry_day_, kEntrySubject, entry_count_});
}

void Simulation::enter_population(double now) {
  const PersonId id = people_.add_person(scenario_.population, random_, now, kMinimumAgeYears);
  ++entered_;
  sample_for_journeys(id);
  add_stocks(id, now);
  const PersonCells cell = cell_of(id);
  recorder_.count(Metric::population_entries, 0, cell);
  if (people_.attributes(id).journey_sampled) {
    journeys_.log(id, JourneyEvent::entered_population, now, kNoJourneyStep);
  }
  reschedule(id, now);
  ++entry_count_;
  schedule_next_entry();
}

void Simulation::run() {
  run_burn_in();
  run_horizon();
}

void Simulation::run_burn_in() {
  run_until_week(burn_in_weeks_);
}

void Simulation::run_horizon() {
  apply_timeline(0, burn_in_days_);  // a change dated week 0 starts with the reported horizon
  buy_capacity_for_year(0, burn_in_days_);
  run_prevention_round(0, burn_in_days_);
  mark_homeless_ill_cohort(burn_in_days_);
  run_until_week(burn_in_weeks_ + reported_weeks_);
}

void Simulation::run_until_week(std::size_t weeks) {
  for (; weeks_closed_ < weeks; ++weeks_closed_) {
    const double week_end = static_cast<double>(weeks_closed_ + 1) * kDaysPerWeek;
    doors_.open_week(staff_);
    ScheduledEvent event{};
    while (queue_.pop_before(week_end, event)) {
      ++events_processed_;
      // The loop waits on memory: fetch the next person's record while this event runs.
      if (const ScheduledEvent* next = queue_.peek(); next != nullptr && next->subject < people_.size()) {
        __builtin_prefetch(&people_.records[next->subject]);
        __builtin_prefetch(&people_.next_day[next->subject]);
      }
      if (event.subject == kEntrySubject) {
        enter_population(event.time_days);
      } else if (people_.occasion(event.subject) == event.tag) {  // else superseded (the dead have no current events)
        handle_person_event(event.subject, event.time_days);
      }
    }
    close_recorded_week(week_end);
    record_trust_week();
    // Trust moves each quarter of the run, the burn-in's included.
    if ((weeks_closed_ + 1) % kWeeksPerQuarter == 0) {
      update_trust(week_end, static_cast<double>(kWeeksPerQuarter) * kDaysPerWeek);
    }
    advance_workforce(week_end);
    if (weeks_closed_ + 1 > burn_in_weeks_) {
      const std::size_t next_week = weeks_closed_ + 1 - burn_in_weeks_;
      apply_timeline(next_week, week_end);
      const std::size_t year = budget_year_of_week(next_week);
      if (next_week < reported_weeks_ && budget_year_start_week(year) == next_week) {
        buy_capacity_for_year(year, week_end);
        run_prevention_round(year, week_end);
      }
      review_rules(next_week, week_end);
    }
  }
}

void Simulation::export_to(Results& results) {
  recorder_.export_to(results);
  staff_tables_.export_to(results);
  trust_tables_.export_to(results);
  funding_tables_.export_to(results, cost_unit(scenario_.costs));
  journeys_.export_to(results.journeys);
  results.rule_firings = reviews_.fired;
  for (auto& day : results.journeys.day) day -= burn_in_days_;
  results.week_start_day.resize(reported_weeks_);
  for (std::size_t w = 0; w < reported_weeks_; ++w) results.week_start_day[w] = static_cast<double>(w) * kDaysPerWeek;
}

}  // namespace mhsim
