// The crisis system: doors, capacity-limited stages timed in hours, outcomes,
// follow-up, and Little's law for beds in the run's own output.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "engine.hpp"
#include "engine_fixture.hpp"
#include "crisis/crisis_stage.hpp"
#include "recording/metrics.hpp"

using namespace mhsim;
using mhsim::testing::small_baseline;
using mhsim::testing::total_for_label;

namespace {

double total(const Results& r, const std::string& table) {
  return r.table(table).to_doubles().sum();
}
double site(const Results& r, const std::string& table, CrisisSite s) {
  return total_for_label(r, table, index_of(s));
}
double outcome(const Results& r, CrisisOutcome o) {
  return total_for_label(r, "crisis_outcomes", index_of(o));
}
double moved(const Results& r, CrisisTransfer t) {
  return total_for_label(r, "crisis_transfers", index_of(t));
}

// More crises, so small runs have plenty: everyone with an acute severe illness has one every few weeks.
std::vector<std::string> crisis_heavy(std::vector<std::string> overrides = {}) {
  overrides.insert(overrides.begin(), {"population.size=30000", "severe_mental_illness.crisis_rate_per_year_acute=8.0",
                                       "common_mental_disorder.crisis_rate_per_year.severe=0.5"});
  return overrides;
}

// Every crisis to the line, every call needing a mobile team, teams plentiful round the clock.
std::vector<std::string> all_to_mobile_teams(std::vector<std::string> overrides = {}) {
  overrides.insert(overrides.begin(),
                   {"crisis.line_awareness=1.0", "crisis.line_awareness_ratio_marginalised=1.0",
                    "crisis_line.call_handler_fte_per_100k=200.0", "crisis_line.resolved_by_phone_share=0.0",
                    "mobile_team.teams_per_100k=100.0", "mobile_team.cover_hours_per_day=24.0"});
  return crisis_heavy(overrides);
}

}  // namespace

TEST_CASE("every crisis episode ends in exactly one outcome or is still under way at the end") {
  // No deaths (young people, no background mortality, no suicide) and no burn-in:
  // nobody's episode is cut short or began before the horizon.
  const Results r = run_simulation(
      small_baseline(
          crisis_heavy({"simulation.burn_in_years=0", "mortality.gompertz_rate_at_age_15_per_year=0.0",
                        "population.age_band_share.age_10_14=0.0", "population.age_band_share.age_15_24=1.0",
                        "population.age_band_share.age_25_44=0.0",
                        "population.age_band_share.age_45_64=0.0", "population.age_band_share.age_65_plus=0.0",
                        "common_mental_disorder.suicide_rate_per_year.mild=0.0",
                        "common_mental_disorder.suicide_rate_per_year.moderate=0.0",
                        "common_mental_disorder.suicide_rate_per_year.severe=0.0",
                        "severe_mental_illness.suicide_rate_per_year_stable=0.0",
                        "severe_mental_illness.suicide_rate_per_year_acute=0.0"})),
      3);
  const WeeklyTable& places = r.table("in_crisis_place");
  const double under_way_at_end = places.to_doubles().row(places.values.rows() - 1).sum();
  CHECK(total(r, "crises") > 500);
  CHECK(total(r, "crises") == total(r, "crisis_outcomes") + under_way_at_end);
  CHECK(total(r, "deaths") == 0.0);
}

TEST_CASE("beds in use agree with Little's law: admissions per day times the mean length of stay") {
  const Results r =
      run_simulation(small_baseline(crisis_heavy({"simulation.horizon_years=6", "inpatient.beds_per_100k=100.0"})), 4);
  const double occupied = r.summary_value("inpatient_beds_occupied_mean");
  CHECK(occupied > 10);
  CHECK(r.summary_value("littles_law_beds_occupied") == doctest::Approx(occupied).epsilon(0.05));
  CHECK(r.summary_value("length_of_stay_mean_days") == doctest::Approx(35.0).epsilon(0.1));
}

TEST_CASE("scarce beds fill and people board in the ED for hours, while plentiful beds leave nobody boarding") {
  const Results scarce = run_simulation(small_baseline(crisis_heavy({"inpatient.beds_per_100k=5.0"})), 5);
  CHECK(scarce.summary_value("inpatient_bed_occupancy") > 0.95);
  CHECK(scarce.summary_value("ed_boarding_mean_hours") > 24.0);
  CHECK(scarce.summary_value("ed_boarding_hours_per_100k_per_year") > 0);
  const Results plentiful = run_simulation(small_baseline(crisis_heavy({"inpatient.beds_per_100k=500.0"})), 5);
  CHECK(plentiful.summary_value("ed_boarding_hours_per_100k_per_year") == 0.0);
  CHECK(plentiful.summary_value("inpatient_bed_occupancy") < 0.5);
  // A bed built is a bed filled: with no full ward, the ED admits at its full share.
  CHECK(plentiful.summary_value("onward_share_ed_to_inpatient") == doctest::Approx(0.55).epsilon(0.05));
  CHECK(scarce.summary_value("onward_share_ed_to_inpatient") < 0.55 * 0.8);
}

TEST_CASE("a crisis line without enough seats loses callers, while one with plenty answers everyone") {
  const Results short_staffed = run_simulation(
      small_baseline(crisis_heavy({"crisis.line_awareness=1.0", "crisis_line.call_handler_fte_per_100k=0.1",
                                   "crisis_line.call_minutes=120.0", "crisis_line.abandoned_to_police_share=1.0"})),
      6);
  CHECK(short_staffed.summary_value("calls_abandoned_share") > 0.2);
  // Callers who hang up call the police: every abandoned call becomes a police contact.
  CHECK(site(short_staffed, "crisis_site_arrivals", CrisisSite::police) >= total(short_staffed, "calls_abandoned"));
  const Results staffed = run_simulation(small_baseline(all_to_mobile_teams()), 6);
  CHECK(total(staffed, "calls_abandoned") == 0.0);
  CHECK(total(staffed, "calls_answered") > 300);
}

TEST_CASE("with a free team at every request, the mobile response time is the travel time alone") {
  const Results r =
      run_simulation(small_baseline(all_to_mobile_teams({"mobile_team.travel_minutes_by_region.urban=30.0",
                                                         "mobile_team.travel_minutes_by_region.rural=30.0",
                                                         "mobile_team.travel_minutes_by_region.remote=30.0"})),
                     7);
  CHECK(site(r, "crisis_site_arrivals", CrisisSite::mobile_team) > 300);
  CHECK(total(r, "mobile_fallbacks_to_police") == 0.0);
  CHECK(r.summary_value("mobile_response_mean_hours") == doctest::Approx(0.5).epsilon(1e-3));
  CHECK(r.summary_value("mobile_response_p90_hours") == doctest::Approx(0.5).epsilon(1e-3));
}

TEST_CASE("too few mobile teams: requests wait, responses slow, and the police go after the dispatcher's limit") {
  const Results r = run_simulation(
      small_baseline(all_to_mobile_teams({"mobile_team.teams_per_100k=3.0", "mobile_team.attendance_hours=12.0",
                                          "mobile_team.max_wait_minutes=120.0"})),
      8);
  CHECK(r.summary_value("mobile_fallback_share") > 0.1);
  CHECK(r.summary_value("mobile_response_p90_hours") > 1.5);
  // Nobody waits longer than the limit: the slowest response is the limit plus the longest travel.
  CHECK(r.summary_value("mobile_response_p90_hours") <= 2.0 + 2.0);
}

TEST_CASE("mobile teams on day shifts leave night-time requests to the police") {
  const Results r = run_simulation(
      small_baseline(all_to_mobile_teams({"mobile_team.cover_hours_per_day=12.0", "mobile_team.cover_start_hour=8.0"})),
      9);
  // Crises come at any hour, so about half the requests fall outside cover.
  CHECK(r.summary_value("mobile_fallback_share") == doctest::Approx(0.5).epsilon(0.15));
}

TEST_CASE("routing follows the scenario's shares: mobile teams resolve on site, the rest go to a receiving centre") {
  const Results r = run_simulation(
      small_baseline(
          all_to_mobile_teams({"mobile_team.resolved_on_site_share=0.7", "stabilisation.chairs_per_100k=200.0",
                               "stabilisation.short_term_bed_share=0.35", "stabilisation.inpatient_share=0.0",
                               "short_term_beds.beds_per_100k=200.0", "short_term_beds.inpatient_share=0.25"})),
      10);
  CHECK(r.summary_value("first_care_share_mobile_team") == 1.0);
  CHECK(r.summary_value("onward_share_mobile_team_to_receiving_centre") == doctest::Approx(0.3).epsilon(0.15));
  CHECK(r.summary_value("onward_share_receiving_centre_to_short_term_bed") == doctest::Approx(0.35).epsilon(0.15));
  CHECK(r.summary_value("onward_share_short_term_bed_to_inpatient") == doctest::Approx(0.25).epsilon(0.3));
  CHECK(moved(r, CrisisTransfer::mobile_team_to_emergency_department) == 0.0);
  CHECK(site(r, "crisis_site_arrivals", CrisisSite::police) == 0.0);
}

TEST_CASE("co-responders divert arrests to care, and nobody diverted is jailed") {
  const std::vector<std::string> police_only{"crisis.line_awareness=0.0", "crisis.walk_in_share=0.0",
                                             "police.arrest_share=0.5"};
  auto diverting = police_only;
  diverting.insert(diverting.end(), {"police.co_responder_share=1.0", "police.diversion_share=1.0"});
  const Results usual = run_simulation(small_baseline(crisis_heavy(police_only)), 11);
  const Results diverted = run_simulation(small_baseline(crisis_heavy(diverting)), 11);
  CHECK(total(usual, "arrests") > 100);
  CHECK(total(usual, "diversions") == 0.0);
  CHECK(total(diverted, "arrests") == 0.0);
  CHECK(total(diverted, "diversions") > 100);
  CHECK(usual.summary_value("jail_days_per_100k_per_year") > 0);
  CHECK(diverted.summary_value("jail_days_per_100k_per_year") == 0.0);
}

TEST_CASE("follow-up linkage: bridgers raise it, and linked people enter community care") {
  // Nobody linked after a crisis, nor after a release from jail (which enters care by the crisis route too).
  const Results none = run_simulation(
      small_baseline(crisis_heavy({"follow_up.linkage_probability=0.0", "release.linkage_probability=0.0"})), 12);
  CHECK(none.summary_value("follow_up_7_day_share") == 0.0);
  CHECK(total_for_label(none, "care_entries", index_of(Route::crisis)) == 0.0);
  const Results bridged =
      run_simulation(small_baseline(crisis_heavy({"follow_up.linkage_probability=0.0", "follow_up.bridging_share=1.0",
                                                  "follow_up.bridged_linkage_probability=1.0"})),
                     12);
  CHECK(bridged.summary_value("follow_up_7_day_share") == 1.0);
  CHECK(total_for_label(bridged, "care_entries", index_of(Route::crisis)) > 50);
}

TEST_CASE("the post-discharge risk window raises suicide after a bed, and linkage lowers it") {
  // A large ratio so the window's suicides stand out in a small run.
  const std::vector<std::string> risky{"follow_up.suicide_rate_ratio_after_inpatient=200.0"};
  auto linked = risky;
  linked.insert(linked.end(), {"follow_up.linkage_probability=1.0", "follow_up.linked_excess_risk_ratio=0.1"});
  auto unlinked = risky;
  unlinked.push_back("follow_up.linkage_probability=0.0");
  for (auto* overrides : {&linked, &unlinked}) overrides->push_back("population.size=100000");
  const Results without = run_simulation(small_baseline(unlinked), 13);
  const Results with = run_simulation(small_baseline(linked), 13);
  CHECK(total(without, "suicides_after_discharge") > 20);
  CHECK(total(with, "suicides_after_discharge") < 0.5 * total(without, "suicides_after_discharge"));
}
