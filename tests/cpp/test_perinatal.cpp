// The perinatal pathway: pregnancies and postnatal years that begin and end at
// fertility's rate, raised onset in them, screening in maternity care and the
// specialist perinatal team's places, list and effect.
#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "engine.hpp"
#include "engine_fixture.hpp"
#include "recording/journeys.hpp"

using namespace mhsim;
using mhsim::testing::small_baseline;

namespace {

std::vector<std::string> with(std::vector<std::string> overrides) {
  overrides.insert(overrides.begin(), {"recording.journey_sample_share=1.0"});
  return overrides;
}

double summary(const Results& r, const std::string& name) {
  return r.summary_value(name);
}

}  // namespace

TEST_CASE("pregnancy lasts its weeks, the postnatal year its 52, and births follow fertility") {
  const Results r = run_simulation(small_baseline(with({})), 5);
  // Births per 1,000 person-years aged 15+: women's share x each band's share x its fertility (about 13).
  const double births = summary(r, "births_per_1000_per_year");
  CHECK(births > 10.0);
  CHECK(births < 17.0);
  // In steady state, perinatal time is births x (39 + 52) weeks.
  const double expected = births * 100.0 * (39.0 + 52.0) / kWeeksPerYear;
  CHECK(summary(r, "perinatal_person_years_per_100k") == doctest::Approx(expected).epsilon(0.1));
  // Each woman's phases, from her journey: the ends are timed exactly.
  std::map<std::uint32_t, double> conceived, born;
  std::size_t pregnancies = 0, postnatal_years = 0;
  for (std::size_t e = 0; e < r.journeys.day.size(); ++e) {
    const auto event = static_cast<JourneyEvent>(r.journeys.event[e]);
    const std::uint32_t person = r.journeys.person[e];
    const double day = r.journeys.day[e];
    if (event == JourneyEvent::pregnancy_began) conceived[person] = day;
    if (event == JourneyEvent::birth) {
      if (conceived.count(person)) {
        CHECK(day - conceived[person] == doctest::Approx(39.0 * kDaysPerWeek).epsilon(1e-4));
        ++pregnancies;
      }
      born[person] = day;
    }
    if (event == JourneyEvent::postnatal_year_ended && born.count(person)) {
      CHECK(day - born[person] == doctest::Approx(52.0 * kDaysPerWeek).epsilon(1e-4));
      ++postnatal_years;
    }
  }
  CHECK(pregnancies > 20);
  CHECK(postnatal_years > 20);
}

TEST_CASE("onset is raised while pregnant or postnatal") {
  const Results plain = run_simulation(small_baseline({"common_mental_disorder.onset_rate_ratio_perinatal=1.0"}), 7);
  const Results raised = run_simulation(small_baseline({"common_mental_disorder.onset_rate_ratio_perinatal=3.0"}), 7);
  CHECK(summary(raised, "perinatal_onsets_per_1000_perinatal_years") >
        2.0 * summary(plain, "perinatal_onsets_per_1000_perinatal_years"));
  CHECK(summary(raised, "perinatal_cmd_prevalence") > summary(plain, "perinatal_cmd_prevalence"));
}

TEST_CASE("maternity screening finds perinatal cases, and the perinatal team treats them within its places") {
  const Results none = run_simulation(small_baseline(), 9);
  const Results screened = run_simulation(small_baseline({"perinatal_care.screens_per_pregnancy=3.0"}), 9);
  CHECK(summary(none, "perinatal_cases_found_per_100k_per_year") == 0.0);
  CHECK(summary(screened, "perinatal_cases_found_per_100k_per_year") > 0.0);
  CHECK(summary(none, "perinatal_team_entries_per_100k_per_year") == 0.0);

  // Scarce places: full, with a list; plentiful: no list. Places = FTE x caseload per FTE per 100,000.
  const Results scarce = run_simulation(
      small_baseline({"perinatal_care.screens_per_pregnancy=3.0", "perinatal_care.team_fte_per_100k=0.5"}), 9);
  const Results plenty = run_simulation(
      small_baseline({"perinatal_care.screens_per_pregnancy=3.0", "perinatal_care.team_fte_per_100k=50.0"}), 9);
  CHECK(summary(scarce, "perinatal_team_caseload_per_100k") <= 10.0 + 1e-9);
  CHECK(summary(scarce, "perinatal_team_caseload_per_100k") > 8.0);
  CHECK(summary(scarce, "perinatal_team_waiting_per_100k") > 0.0);
  CHECK(summary(plenty, "perinatal_team_waiting_per_100k") == 0.0);
  CHECK(summary(plenty, "perinatal_treated_share") > summary(screened, "perinatal_treated_share"));
  CHECK(summary(plenty, "perinatal_cmd_prevalence") < summary(screened, "perinatal_cmd_prevalence"));
}
