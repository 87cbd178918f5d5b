// Waits read back from the journeys: each start's wait is the time since the person joined that step's
// list (0 for a start on a free place), not since the care episode began.
#include <doctest/doctest.h>

#include <unordered_map>

#include "engine.hpp"
#include "engine_fixture.hpp"
#include "recording/journeys.hpp"

using namespace mhsim;

TEST_CASE("the wait of each start is the time since joining its step's list, as the journeys show") {
  // Every journey logged, from the first day (no burn-in), so every join before a start is in the log.
  const Results r = run_simulation(
      mhsim::testing::small_baseline({"simulation.burn_in_years=0", "recording.journey_sample_share=1.0"}), 31);
  std::unordered_map<std::uint32_t, double> joined_day;  // the person's open list join, if any
  double waited_days = 0;
  std::size_t starts = 0;
  for (std::size_t i = 0; i < r.journeys.event.size(); ++i) {
    const auto event = static_cast<JourneyEvent>(r.journeys.event[i]);
    const std::uint32_t person = r.journeys.person[i];
    if (event == JourneyEvent::joined_waiting_list) joined_day[person] = r.journeys.day[i];
    if (event == JourneyEvent::treatment_start) {
      ++starts;
      const auto join = joined_day.find(person);
      if (join != joined_day.end()) {
        waited_days += r.journeys.day[i] - join->second;
        joined_day.erase(join);
      }
    }
    // Leaving the list otherwise, or moving to another step, closes the join (a start on a free place waits 0).
    switch (event) {
      case JourneyEvent::care_entry:
      case JourneyEvent::waiting_dropout:
      case JourneyEvent::cmd_remission:
      case JourneyEvent::death:
      case JourneyEvent::suicide:
      case JourneyEvent::misrouted:
      case JourneyEvent::stepped_up:
      case JourneyEvent::stepped_down: joined_day.erase(person); break;
      default: break;
    }
  }
  CHECK(starts > 500);
  CHECK(waited_days > 0);
  CHECK(r.table("wait_days_sum").to_doubles().sum() == doctest::Approx(waited_days).epsilon(1e-4));
  CHECK(r.table("treatment_starts").to_doubles().sum() == doctest::Approx(static_cast<double>(starts)));
}
