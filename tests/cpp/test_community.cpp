// Housing and work as they move, and Housing First.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "engine.hpp"
#include "engine_fixture.hpp"
#include "recording/journeys.hpp"

using namespace mhsim;
using mhsim::testing::small_baseline;

namespace {

double total(const Results& r, const std::string& table) {
  return r.table(table).to_doubles().sum();
}

std::size_t logged(const Results& r, JourneyEvent kind) {
  std::size_t count = 0;
  for (const auto event : r.journeys.event) count += static_cast<JourneyEvent>(event) == kind;
  return count;
}

std::size_t moves_logged(const Results& r) {
  return logged(r, JourneyEvent::housing_worsened) + logged(r, JourneyEvent::housing_improved) +
         logged(r, JourneyEvent::job_lost) + logged(r, JourneyEvent::job_found);
}

}  // namespace

TEST_CASE("housing and work move but hold the population's shares near their starting values") {
  const Results r = run_simulation(small_baseline({"population.size=50000", "simulation.horizon_years=4"}), 21);
  CHECK(r.summary_value("housing_share_stable") == doctest::Approx(0.90).epsilon(0.02));
  CHECK(r.summary_value("housing_share_homeless") == doctest::Approx(0.005).epsilon(0.3));
  CHECK(r.summary_value("unemployment_rate") == doctest::Approx(0.05).epsilon(0.2));
  // The shares hold because people move both ways, not because nobody moves: in the journeys sampled (5%, about
  // 2,500 people over 4 years) each move happens hundreds of times, and at a steady state as often down as up.
  const double worsened = static_cast<double>(logged(r, JourneyEvent::housing_worsened));
  const double improved = static_cast<double>(logged(r, JourneyEvent::housing_improved));
  const double lost = static_cast<double>(logged(r, JourneyEvent::job_lost));
  const double found = static_cast<double>(logged(r, JourneyEvent::job_found));
  CHECK(worsened > 100);
  CHECK(improved > 100);
  CHECK(lost > 100);
  CHECK(found > 100);
  CHECK(worsened / improved == doctest::Approx(1.0).epsilon(0.3));
  CHECK(lost / found == doctest::Approx(1.0).epsilon(0.3));
}

TEST_CASE("people move between housing states and in and out of work only at the scenario's rates") {
  const Results moving = run_simulation(small_baseline({"recording.journey_sample_share=1.0"}), 22);
  CHECK(moves_logged(moving) > 500);
  const Results still =
      run_simulation(small_baseline({"housing.loss_rate_per_year=0.0", "housing.homelessness_rate_per_year=0.0",
                                     "housing.rehousing_rate_per_year=0.0", "housing.stabilisation_rate_per_year=0.0",
                                     "employment.job_loss_rate_per_year=0.0",
                                     "employment.job_finding_rate_per_year=0.0", "recording.journey_sample_share=1.0"}),
                     22);
  CHECK(moves_logged(still) == 0);
}

TEST_CASE("Housing First houses homeless people with severe illness up to its units, and the rest wait") {
  const std::vector<std::string> common{"population.size=50000", "simulation.horizon_years=3"};
  auto few = common;
  few.push_back("housing_first.units_per_100k=10.0");
  auto many = common;
  many.push_back("housing_first.units_per_100k=2000.0");
  const Results scarce = run_simulation(small_baseline(few), 23);
  const Results plenty = run_simulation(small_baseline(many), 23);
  const Results none = run_simulation(small_baseline(common), 23);
  CHECK(total(none, "housing_first_entries") == 0.0);
  CHECK(scarce.summary_value("housing_first_tenants_per_100k") == doctest::Approx(10.0).epsilon(0.1));
  CHECK(scarce.summary_value("awaiting_housing_first_per_100k") > 0);
  CHECK(plenty.summary_value("awaiting_housing_first_per_100k") == 0.0);
  CHECK(plenty.summary_value("housing_first_tenants_per_100k") >
        scarce.summary_value("housing_first_tenants_per_100k"));
  // Tenants count as stably housed, so fewer people are homeless.
  CHECK(plenty.summary_value("housing_share_homeless") < none.summary_value("housing_share_homeless"));
}
