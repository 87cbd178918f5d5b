// Staff stocks week by week: a steady state that holds, hiring that fills posts
// over the recruitment lag, a training pipeline, burnout and missing supervision.
#include <doctest/doctest.h>

#include <cmath>

#include "engine_fixture.hpp"
#include "workforce/workforce_stock.hpp"

using namespace mhsim;
using mhsim::testing::small_baseline;

namespace {

constexpr auto kPsychologist = index_of(Cadre::psychologist);
constexpr auto kLayCounsellor = index_of(Cadre::lay_counsellor);

Scenario scenario_with(std::vector<std::string> overrides) {
  return small_baseline(std::move(overrides)).scenario;
}

}  // namespace

TEST_CASE("staff in post hold at steady state: leavers are replaced, through training where there is a course") {
  const Scenario scenario = scenario_with({"workforce.lay_counsellor.fte_per_100k=10.0"});
  WorkforceStock staff(scenario, 100000);
  const std::array<double, kCadreCount> no_pressure{};
  StaffWeek week;
  for (int w = 0; w < 200; ++w) week = staff.step(scenario, no_pressure, 1.0);
  CHECK(week.in_post[kPsychologist] == doctest::Approx(11.0));
  CHECK(week.leavers[kPsychologist] == doctest::Approx(11.0 * 0.10 / kWeeksPerYear));
  CHECK(week.hires[kPsychologist] == doctest::Approx(week.leavers[kPsychologist]));
  CHECK(week.in_post[kLayCounsellor] == doctest::Approx(10.0));
  // Each week's trainees, less the fifth who do not finish, replace the week's leavers.
  CHECK(week.trainees_started[kLayCounsellor] * 0.8 == doctest::Approx(10.0 * 0.20 / kWeeksPerYear));
}

TEST_CASE("new posts fill over the recruitment lag, and trained cadres arrive a course later") {
  const Scenario before = scenario_with({});
  const Scenario after =
      scenario_with({"workforce.psychologist.fte_per_100k=22.0", "workforce.lay_counsellor.fte_per_100k=10.0"});
  WorkforceStock staff(before, 100000);
  staff.set_establishment(after);
  const std::array<double, kCadreCount> no_pressure{};
  std::vector<StaffWeek> weeks;
  for (int w = 0; w < 104; ++w) weeks.push_back(staff.step(after, no_pressure, 1.0));
  // A first-order delay of 16 weeks: about 1 - e^-1 of the 11 new posts filled after 16 weeks.
  CHECK(weeks[15].in_post[kPsychologist] == doctest::Approx(11.0 + 11.0 * (1 - std::exp(-1.0))).epsilon(0.05));
  CHECK(weeks.back().in_post[kPsychologist] == doctest::Approx(22.0).epsilon(0.01));
  // Lay counsellors: none in post until the first trainees finish their 12-week course.
  CHECK(weeks[10].in_post[kLayCounsellor] == 0.0);
  CHECK(weeks[20].in_post[kLayCounsellor] > 0.0);
  CHECK(weeks.back().in_post[kLayCounsellor] == doctest::Approx(10.0).epsilon(0.02));
}

TEST_CASE("burnout and missing supervision raise attrition, and a hiring freeze stops replacement") {
  const Scenario scenario = scenario_with({});
  std::array<double, kCadreCount> pressure{};
  pressure[kPsychologist] = 7.0;  // two places' worth of demand above the threshold of 5
  WorkforceStock staff(scenario, 100000);
  const StaffWeek burnt = staff.step(scenario, pressure, 1.0);
  CHECK(burnt.leavers[kPsychologist] == doctest::Approx(11.0 * 0.10 / kWeeksPerYear * 3.0));
  const auto wellbeing = index_of(Cadre::wellbeing_practitioner);  // needs supervision
  WorkforceStock unsupervised(scenario, 100000);
  const StaffWeek alone = unsupervised.step(scenario, {}, 0.0);
  CHECK(alone.leavers[wellbeing] == doctest::Approx(7.0 * 0.20 / kWeeksPerYear * 1.5));
  CHECK(alone.leavers[kPsychologist] == doctest::Approx(11.0 * 0.10 / kWeeksPerYear));  // needs none
  Scenario frozen = scenario;
  frozen.workforce_dynamics.hiring_rate_ratio = 0.0;
  WorkforceStock freeze(frozen, 100000);
  StaffWeek week;
  for (int w = 0; w < 52; ++w) week = freeze.step(frozen, {}, 1.0);
  CHECK(week.hires[kPsychologist] == 0.0);
  CHECK(week.in_post[kPsychologist] == doctest::Approx(11.0 * std::pow(1 - 0.10 / kWeeksPerYear, 52)));
}
