// Prevention programmes: the decaying onset rate ratio of a person reached at a
// round, for the target group only, and what a run with a programme on counts.
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "engine.hpp"
#include "engine_fixture.hpp"
#include "perinatal/perinatal_phase.hpp"
#include "prevention/prevention_rounds.hpp"

using namespace mhsim;
using mhsim::testing::small_baseline;

namespace {

constexpr double kRoundDay = 400.0;
constexpr std::size_t kYear = 0;

// An employed person of 40 reached (or not) by the workplace round of year 0 at half reach.
struct Worker {
  Population people;
  PersonId reached = 0, not_reached = 0;
};

Worker workers(const Scenario& scenario, const KeyedRandom& random) {
  Worker w;
  bool found_reached = false, found_not = false;
  while (!(found_reached && found_not)) {
    const PersonId id = w.people.add_person(scenario.population, random, 0.0, 40.0);
    w.people.attributes(id).employment = index_of(Employment::employed);
    const bool hit = reached_at_round(random, id, kYear, PreventionProgramme::workplace, 0.5);
    if (hit && !found_reached) w.reached = id, found_reached = true;
    if (!hit && !found_not) w.not_reached = id, found_not = true;
  }
  return w;
}

std::vector<PreventionRound> workplace_round(double reach) {
  return {PreventionRound{kRoundDay, kYear, {reach, 0.0, 0.0}}};
}

double summary(const Results& r, const std::string& name) {
  return r.summary_value(name);
}
double total(const Results& r, const std::string& table) {
  return r.table(table).to_doubles().sum();
}

}  // namespace

TEST_CASE("the rate ratio is the effect at reach and halves its distance to 1 each half-life") {
  const ProgrammeLevers levers{
      .reach_per_year = 0.5, .onset_rate_ratio = 0.6, .half_life_years = 2.0, .cost_per_person_reached = 0};
  CHECK(decayed_onset_rate_ratio(levers, 0.0) == doctest::Approx(0.6));
  CHECK(decayed_onset_rate_ratio(levers, 2.0) == doctest::Approx(0.8));
  CHECK(decayed_onset_rate_ratio(levers, 4.0) == doctest::Approx(0.9));
  CHECK(decayed_onset_rate_ratio(levers, 40.0) == doctest::Approx(1.0).epsilon(1e-5));
}

TEST_CASE("a person reached has the decayed ratio on onset, and one not reached or out of the group has none") {
  const LoadedScenario loaded =
      small_baseline({"prevention.workplace_onset_rate_ratio=0.6", "prevention.workplace_half_life_years=2.0"});
  const Scenario& scenario = loaded.scenario;
  const KeyedRandom random(3);
  Worker w = workers(scenario, random);
  const auto rounds = workplace_round(0.5);
  const auto ratio = [&](PersonId id, double days_after) {
    return onset_rate_ratio_after(rounds, scenario, w.people, random, id, kRoundDay + days_after);
  };
  CHECK(ratio(w.reached, 0.0) == doctest::Approx(0.6));
  CHECK(ratio(w.reached, 2.0 * kDaysPerYear) == doctest::Approx(0.8));
  CHECK(ratio(w.not_reached, 0.0) == 1.0);
  // Before the round, nothing; at reach 0, nothing.
  CHECK(ratio(w.reached, -1.0) == 1.0);
  CHECK(onset_rate_ratio_after(workplace_round(0.0), scenario, w.people, random, w.reached, kRoundDay) == 1.0);
  // Out of work now: the workplace programme's protection is not counted.
  w.people.attributes(w.reached).employment = index_of(Employment::unemployed);
  CHECK(ratio(w.reached, 0.0) == 1.0);
}

TEST_CASE("school and parenting reach only their own groups") {
  const LoadedScenario loaded =
      small_baseline({"prevention.school_onset_rate_ratio=0.5", "prevention.parenting_onset_rate_ratio=0.5"});
  const Scenario& scenario = loaded.scenario;
  const KeyedRandom random(5);
  Population people;
  const std::vector<PreventionRound> every_one{PreventionRound{kRoundDay, kYear, {0.0, 1.0, 1.0}}};
  // 16 at the round: under the school-leaving age, reached; still protected at 19.
  const PersonId pupil = people.add_person(scenario.population, random, kRoundDay, 16.0);
  CHECK(onset_rate_ratio_after(every_one, scenario, people, random, pupil, kRoundDay) == doctest::Approx(0.5));
  CHECK(onset_rate_ratio_after(every_one, scenario, people, random, pupil, kRoundDay + 3 * kDaysPerYear) < 1.0);
  // 30 and not postnatal: neither programme.
  const PersonId adult = people.add_person(scenario.population, random, kRoundDay, 30.0);
  people.attributes(adult).sex = index_of(Sex::female);
  people.attributes(adult).perinatal_phase = static_cast<std::uint8_t>(PerinatalPhase::none);
  CHECK(onset_rate_ratio_after(every_one, scenario, people, random, adult, kRoundDay + 10.0) == 1.0);
  // Postnatal since before the round: reached; a postnatal year that began after the round: not.
  people.attributes(adult).perinatal_phase = static_cast<std::uint8_t>(PerinatalPhase::postnatal);
  const double postnatal_days = scenario.perinatal.postnatal_weeks * kDaysPerWeek;
  auto& end_day = people.next_day[adult][static_cast<std::size_t>(Process::perinatal_transition)];
  end_day = static_cast<float>(kRoundDay - 10.0 + postnatal_days);
  CHECK(onset_rate_ratio_after(every_one, scenario, people, random, adult, kRoundDay + 10.0) < 1.0);
  end_day = static_cast<float>(kRoundDay + 5.0 + postnatal_days);
  CHECK(onset_rate_ratio_after(every_one, scenario, people, random, adult, kRoundDay + 10.0) == 1.0);
}

TEST_CASE("a workplace programme reaches people in work, averts onsets among them, and costs what it reaches") {
  const Results base = run_simulation(small_baseline(), 11);
  const Results on = run_simulation(
      small_baseline({"prevention.workplace_reach_per_year=0.8", "prevention.workplace_onset_rate_ratio=0.5"}), 11);
  CHECK(summary(base, "workplace_prevention_reached_per_100k_per_year") == 0.0);
  CHECK(summary(base, "prevention_cost_total") == 0.0);
  CHECK(summary(base, "prevention_onsets_averted_per_100k_per_year") == 0.0);
  // Two rounds in two years, each reaching 80% of people in work (about half the population).
  const double reached = summary(on, "workplace_prevention_reached_per_100k_per_year");
  CHECK(reached > 0.3 * 0.8 * 1e5);
  CHECK(reached < 0.7 * 0.8 * 1e5);
  CHECK(summary(on, "school_prevention_reached_per_100k_per_year") == 0.0);
  CHECK(summary(on, "prevention_cost_workplace") == doctest::Approx(total(on, "workplace_prevention_reached") * 50.0));
  CHECK(summary(on, "prevention_onsets_averted_per_100k_per_year") > 0.0);
  CHECK(summary(on, "cmd_onsets_employed_per_1000_employed_per_year") <
        0.9 * summary(base, "cmd_onsets_employed_per_1000_employed_per_year"));
  CHECK(summary(on, "cost_campaigns") - summary(base, "cost_campaigns") ==
        doctest::Approx(summary(on, "prevention_cost_total")));
}
