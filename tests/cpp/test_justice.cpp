// Justice after arrest: liaison and diversion capacity, court diversion, care
// in jail, linkage at release and its risk window, repeat arrests.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "engine.hpp"
#include "engine_fixture.hpp"
#include "justice/justice_system.hpp"

using namespace mhsim;
using mhsim::testing::small_baseline;

namespace {

double total(const Results& r, const std::string& table) {
  return r.table(table).to_doubles().sum();
}

// Many arrests in a small run: frequent crises of people acutely ill, and police who arrest at half their attendances.
std::vector<std::string> arrest_heavy(std::vector<std::string> overrides = {}) {
  overrides.insert(overrides.begin(),
                   {"population.size=30000", "severe_mental_illness.crisis_rate_per_year_acute=8.0",
                    "common_mental_disorder.crisis_rate_per_year.severe=0.5", "police.arrest_share=0.5"});
  return overrides;
}

}  // namespace

TEST_CASE("liaison capacity gives screenings as time passes, a week's worth at most") {
  Scenario scenario = small_baseline().scenario;
  scenario.liaison_diversion.practitioners_fte_per_100k = 0;
  LiaisonCapacity none(scenario, 100000);
  CHECK_FALSE(none.take(1000.0));
  // 1 FTE x 365.25 screenings a year: one a day.
  scenario.liaison_diversion.practitioners_fte_per_100k = 1.0;
  scenario.liaison_diversion.screenings_per_fte_year = 365.25;
  LiaisonCapacity one_a_day(scenario, 100000);
  CHECK(one_a_day.screenings_per_day() == doctest::Approx(1.0));
  int taken = 0;
  while (one_a_day.take(100.0)) ++taken;
  CHECK(taken == 7);  // a hundred idle days bank only a week
  CHECK_FALSE(one_a_day.take(100.5));
  CHECK(one_a_day.take(101.0));
}

TEST_CASE("without the levers nobody is screened, diverted or treated in jail, and usual care links some at release") {
  const Results r = run_simulation(small_baseline(arrest_heavy()), 1);
  CHECK(total(r, "arrests") > 50);
  CHECK(total(r, "jail_releases") > 0.8 * total(r, "arrests"));
  CHECK(total(r, "repeat_arrests") > 0);
  CHECK(total(r, "repeat_arrests") < total(r, "arrests"));
  for (const char* table : {"liaison_screenings", "court_diversions", "treated_in_jail", "release_plans"}) {
    CHECK_MESSAGE(total(r, table) == 0, table);
  }
  // Usual care (baseline.toml) links 27% of releases and opens the 14-day window after each.
  CHECK(r.summary_value("release_linked_share") == doctest::Approx(0.27).epsilon(0.3));
  CHECK(total(r, "crises_after_release") > 0);
  // With no link and a shut window, nothing happens after a release.
  const Results shut = run_simulation(
      small_baseline(arrest_heavy({"release.linkage_probability=0", "release.risk_window_days=0"})), 1);
  for (const char* table : {"releases_linked_to_care", "crises_after_release", "deaths_after_release"}) {
    CHECK_MESSAGE(total(shut, table) == 0, table);
  }
}

TEST_CASE("a court diverting everyone screened cuts jail days and links every diverted person at release") {
  const Results usual = run_simulation(small_baseline(arrest_heavy()), 1);
  const Results diverted = run_simulation(
      small_baseline(arrest_heavy({"liaison_diversion.practitioners_fte_per_100k=100.0",
                                   "liaison_diversion.diversion_share=1.0", "release.risk_window_days=14.0"})),
      1);
  const double arrests = total(diverted, "arrests");
  // Practitioners to spare: every arrest is screened, and nearly all arrested at a crisis have a disorder.
  CHECK(total(diverted, "liaison_screenings") > 0.95 * arrests);
  CHECK(total(diverted, "court_diversions") == total(diverted, "liaison_screenings"));
  CHECK(total(diverted, "releases_linked_to_care") >= total(diverted, "court_diversions") - 5);
  CHECK(total(diverted, "person_weeks_in_crisis_place") < total(usual, "person_weeks_in_crisis_place"));
  // Supervision lowers the police's arrest share: fewer repeat arrests per arrest.
  CHECK(total(diverted, "repeat_arrests") / arrests < total(usual, "repeat_arrests") / total(usual, "arrests"));
  // The window after release opens: crises in it are counted as such.
  CHECK(total(diverted, "crises_after_release") > 0);
}

TEST_CASE("care in jail treats the share of people held with a disorder, costed per day held") {
  const Results r = run_simulation(small_baseline(arrest_heavy({"jail_care.treated_share=1.0"})), 1);
  const double treated = total(r, "treated_in_jail");
  CHECK(treated > 0.95 * total(r, "arrests"));
  CHECK(treated <= total(r, "arrests"));
  // Days held average police.jail_days (10) among those released.
  CHECK(total(r, "jail_care_days") / treated == doctest::Approx(10.0).epsilon(0.25));
}
