// A price on every lever: each lever's activity is counted where it happens,
// charged on its line at its unit cost, and costs nothing when the lever is off.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "crisis/crisis_stage.hpp"
#include "economics/costs.hpp"
#include "engine.hpp"
#include "engine_fixture.hpp"
#include "event/routes.hpp"
#include "population/youth_age.hpp"

using namespace mhsim;
using mhsim::testing::bitwise_equal;
using mhsim::testing::small_baseline;
using mhsim::testing::total_for_label;

namespace {

// Every lever on, in a crisis-heavy population so the crisis levers act often.
const std::vector<std::string> kLeversOn{
    "population.size=20000",
    "severe_mental_illness.crisis_rate_per_year_acute=8.0",
    "common_mental_disorder.crisis_rate_per_year.severe=0.5",
    "screening.school_screens_per_year=1.0",
    "primary_care.warm_handoff_share=1.0",
    "police.co_responder_share=1.0",
    "police.dispatch_to_mobile_team_share=0.5",
    "follow_up.bridging_share=1.0",
    "medicines.adherence_effect_ratio=1.2",
};

// The same unit costs, doubled: the run itself cannot change (costs are computed after it).
const std::vector<std::string> kDoubledUnitCosts{
    "costs.screen=10.0",
    "costs.warm_handoff=30.0",
    "costs.co_responder_attendance=360.0",
    "costs.dispatch_diversion=40.0",
    "costs.bridged_discharge=600.0",
    "costs.adherence_support_per_treated_week=6.0",
};

std::vector<std::string> joined(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

// Shared by the test cases: the levers on at the baseline's unit costs, and at twice them.
const Results& levers_on() {
  static const Results r = run_simulation(small_baseline(kLeversOn), 71);
  return r;
}
const Results& levers_on_doubled_costs() {
  static const Results r = run_simulation(small_baseline(joined(kLeversOn, kDoubledUnitCosts)), 71);
  return r;
}

double line(const Results& r, CostLine l) {
  return r.summary_value("cost_" + std::string(kCostLineLabels[index_of(l)]));
}

double total(const Results& r, const std::string& table) {
  return r.table(table).to_doubles().sum();
}

// What doubling the levers' unit costs adds to a line: the levers' part of it, once more.
double levers_part(CostLine l) {
  return line(levers_on_doubled_costs(), l) - line(levers_on(), l);
}

}  // namespace

TEST_CASE("each lever's activity counts what the lever does") {
  const Results& r = levers_on();
  // Every referral outside the front door, self-referral and digital self-help is handed off in person.
  double referred_by_others = 0;
  for (const Route route : {Route::help_seeking, Route::routine_screening, Route::school_screening,
                            Route::perinatal_screening, Route::crisis}) {
    referred_by_others += total_for_label(r, "care_entries", index_of(route));
  }
  CHECK(total(r, "warm_handoffs") > 0);
  CHECK(total(r, "warm_handoffs") == referred_by_others);
  // Every person leaving crisis care met by health care has a bridger.
  CHECK(total(r, "bridged_discharges") > 0);
  CHECK(total(r, "bridged_discharges") == total(r, "follow_up_offers"));
  // A clinician at every police attendance (counted when it ends, arrivals when they begin).
  const double police_arrivals = total_for_label(r, "crisis_site_arrivals", index_of(CrisisSite::police));
  CHECK(total(r, "co_responder_attendances") == doctest::Approx(police_arrivals).epsilon(0.05));
  // Half the crises reaching the police door are passed to a mobile team.
  const double police_door = total_for_label(r, "crises", index_of(CrisisDoor::police));
  CHECK(police_door > 100);
  CHECK(total(r, "dispatch_diversions") > 0.4 * police_door);
  CHECK(total(r, "dispatch_diversions") < 0.6 * police_door);
  // One school screen a year per pupil (under 18; youth/), most of them outside care: the screens,
  // counted through the positives, come near the pupil-years (from end-of-week counts).
  const double pupil_years = (total_for_label(r, "young_people", index_of(YouthAge::under_12)) +
                              total_for_label(r, "young_people", index_of(YouthAge::age_12_17))) /
                             kWeeksPerYear;
  CHECK(pupil_years > 300);
  CHECK(total(r, "screens") > 0.85 * pupil_years);
  CHECK(total(r, "screens") < 1.05 * pupil_years);
}

TEST_CASE("each lever is charged on its line as its activity times its unit cost") {
  const Results& r = levers_on();
  // Doubling the unit costs leaves the run alone and adds each lever's part once more.
  CHECK(total(levers_on_doubled_costs(), "screens") == total(r, "screens"));
  CHECK(levers_part(CostLine::primary_care_mental_health) ==
        doctest::Approx(total(r, "screens") * 5.0 + total(r, "warm_handoffs") * 15.0));
  CHECK(levers_part(CostLine::crisis) ==
        doctest::Approx(total(r, "co_responder_attendances") * 180.0 + total(r, "dispatch_diversions") * 20.0));
  CHECK(levers_part(CostLine::community) == doctest::Approx(total(r, "bridged_discharges") * 300.0));
  const double weeks_on_medication =
      total_for_label(r, "person_weeks_in_treatment", index_of(ServiceId::medication_management));
  CHECK(levers_part(CostLine::medication) == doctest::Approx(weeks_on_medication * 3.0));
  // Medicines and adherence support together are the whole medication line.
  CHECK(line(r, CostLine::medication) == doctest::Approx(weeks_on_medication * (1.5 + 3.0)));
  for (const CostLine untouched : {CostLine::psychological_therapy, CostLine::inpatient, CostLine::digital,
                                   CostLine::campaigns, CostLine::justice}) {
    CHECK(levers_part(untouched) == 0.0);
  }
}

TEST_CASE("with the levers off nothing is counted or charged, whatever their unit costs") {
  const std::vector<std::string> small{"population.size=20000"};
  const Results off = run_simulation(small_baseline(small), 72);
  for (const char* table :
       {"screens", "warm_handoffs", "co_responder_attendances", "dispatch_diversions", "bridged_discharges"}) {
    CHECK(total(off, table) == 0.0);
  }
  CHECK(bitwise_equal(off, run_simulation(small_baseline(joined(small, kDoubledUnitCosts)), 72)));
  // An adherence ratio at or below usual care's is no programme: medicines alone.
  const Results poor = run_simulation(small_baseline(joined(small, {"medicines.adherence_effect_ratio=0.8",
                                                                    "costs.adherence_support_per_treated_week=6.0"})),
                                      72);
  CHECK(line(poor, CostLine::medication) ==
        doctest::Approx(total_for_label(poor, "person_weeks_in_treatment", index_of(ServiceId::medication_management)) *
                        1.5));
}

TEST_CASE("front-door navigators are costed as funded staff on the primary care mental health line") {
  const std::vector<std::string> front_door{"population.size=20000", "front_door.contact_share=0.5",
                                            "front_door.navigator_fte_per_100k=10.0"};
  const Results r = run_simulation(small_baseline(front_door), 73);
  const Results dearer = run_simulation(small_baseline(joined(front_door, {"costs.navigator_fte_year=80000.0"})), 73);
  // 10 navigators per 100,000 (2 for 20,000 people) at 40,000 a year more each, every reported week.
  const double weeks = static_cast<double>(r.week_start_day.size());
  CHECK(line(dearer, CostLine::primary_care_mental_health) - line(r, CostLine::primary_care_mental_health) ==
        doctest::Approx(2 * 40000.0 / kWeeksPerYear * weeks));
  CHECK(line(dearer, CostLine::crisis) == line(r, CostLine::crisis));
}
