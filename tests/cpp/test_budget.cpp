// Budgets by line and year, the capacity they buy, and a transition out of
// inpatient beds (docs/model.md, "Budgets and reallocation").
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "engine.hpp"
#include "engine_fixture.hpp"
#include "economics/budget.hpp"
#include "crisis/crisis_capacity.hpp"
#include "workforce/staff_deployment.hpp"

using namespace mhsim;
using mhsim::testing::bitwise_equal;
using mhsim::testing::small_baseline;

namespace {

constexpr std::uint64_t kSeed = 61;
constexpr std::int64_t kPeople = 100000;

double amount(const LineAmounts& a, CostLine line) {
  return a[index_of(line)];
}

// The baseline with two fifths of the inpatient budget moved over `years`, `to_community` of it to community teams.
LoadedScenario with_transition(double to_community, std::vector<std::string> more = {}) {
  std::vector<std::string> overrides{
      "population.size=100000", "budget.transition_years=4", "budget.inpatient_share_moved=0.4",
      "budget.moved_share_by_line.community=" + std::to_string(to_community), "simulation.horizon_years=3"};
  overrides.insert(overrides.end(), more.begin(), more.end());
  return small_baseline(overrides);
}

}  // namespace

TEST_CASE("budget years start at whole weeks of 365.25 days, and every week lies in one") {
  CHECK(budget_year_start_week(0) == 0);
  CHECK(budget_year_start_week(1) == 52);
  CHECK(budget_year_start_week(3) == 157);
  for (std::size_t week = 0; week < 600; ++week) {
    const std::size_t year = budget_year_of_week(week);
    CHECK(budget_year_start_week(year) <= week);
    CHECK(week < budget_year_start_week(year + 1));
  }
}

TEST_CASE("a transition moves an equal step of the inpatient budget at the start of each year, and growth compounds") {
  BudgetSettings budget = small_baseline().scenario.budget;
  budget.growth_rate_per_year = 0.1;
  budget.transition_years = 4;
  budget.inpatient_share_moved = 0.4;
  budget.moved_share_by_line = {0.0, 0.0, 0.75, 0.0};  // three quarters to community; the rest leaves
  const double inpatient = budget.per_100k_per_year_by_line[index_of(CostLine::inpatient)];
  const double community = budget.per_100k_per_year_by_line[index_of(CostLine::community)];
  const double therapy = budget.per_100k_per_year_by_line[index_of(CostLine::psychological_therapy)];
  for (std::size_t year : {0u, 1u, 3u, 6u}) {
    const double growth = std::pow(1.1, static_cast<double>(year));
    const double steps = std::min<double>(static_cast<double>(year) + 1, 4);
    const double moved = inpatient * growth * 0.4 * steps / 4;
    const LineAmounts b = budget_of_year(budget, 2 * kPeople, year);
    CHECK(amount(b, CostLine::inpatient) == doctest::Approx(2 * (inpatient * growth - moved)));
    CHECK(amount(b, CostLine::community) == doctest::Approx(2 * (community * growth + 0.75 * moved)));
    CHECK(amount(b, CostLine::psychological_therapy) == doctest::Approx(2 * therapy * growth));
    CHECK(amount(b, CostLine::justice) == 0);
  }
}

TEST_CASE("the plan's capacity is what the first year's budgets buy: a line's change in budget buys its capacity") {
  const Scenario baseline = small_baseline().scenario;
  for (std::size_t year : {0u, 2u}) {
    for (double f : capacity_factors(baseline, kPeople, year)) CHECK(f == 1.0);
  }
  const Scenario moved = with_transition(1.0).scenario;
  const LineAmounts factor = capacity_factors(moved, kPeople, 1);  // two of four steps taken
  const double beds_cost_per_year = 30 * 450.0 * kWeeksPerYear * 7;
  const double money = moved.budget.per_100k_per_year_by_line[index_of(CostLine::inpatient)] * 0.4 * 2 / 4;
  CHECK(amount(factor, CostLine::inpatient) == doctest::Approx(1 - money / beds_cost_per_year));
  // The community line funds only community team and CAMHS time in the baseline.
  const StaffDeployment staff = deploy_staff(moved, kPeople);
  double community_cost_per_year = 0;
  for (std::size_t c = 0; c < kCadreCount; ++c) {
    for (ServiceId s : {ServiceId::community_team, ServiceId::camhs}) {
      community_cost_per_year += staff.clinical_fte_by_cadre[c][index_of(s)] * moved.costs.fte_year_by_cadre[c] /
                                 (1 - moved.workforce[c].non_clinical_time_share);
    }
  }
  CHECK(amount(factor, CostLine::community) == doctest::Approx(1 + money / community_cost_per_year));
  CHECK(amount(factor, CostLine::psychological_therapy) == 1.0);
  CHECK(amount(factor, CostLine::medication) == 1.0);  // demand-led: no capacity to buy
}

TEST_CASE("capacity bought scales each line's staff time, beds and places and leaves the rest of the plan alone") {
  const Scenario plan = small_baseline({"workforce.peer_worker.fte_per_100k=4", "housing_first.units_per_100k=10",
                                        "workforce.psychologist.supervision_time_share=0.1"})
                            .scenario;
  LineAmounts factor;
  factor.fill(1.0);
  const Scenario same = capacity_bought(plan, factor);
  for (std::size_t c = 0; c < kCadreCount; ++c) CHECK(same.workforce[c].fte_per_100k == plan.workforce[c].fte_per_100k);

  factor[index_of(CostLine::community)] = 2.0;
  factor[index_of(CostLine::psychological_therapy)] = 0.5;
  factor[index_of(CostLine::inpatient)] = 0.6;
  const Scenario bought = capacity_bought(plan, factor);
  const StaffDeployment before = deploy_staff(plan, kPeople);
  const StaffDeployment after = deploy_staff(bought, kPeople);
  const auto fte = [](const StaffDeployment& p, ServiceId s) { return p.clinical_fte[index_of(s)]; };
  CHECK(fte(after, ServiceId::community_team) == doctest::Approx(2 * fte(before, ServiceId::community_team)));
  CHECK(fte(after, ServiceId::high_intensity) == doctest::Approx(0.5 * fte(before, ServiceId::high_intensity)));
  CHECK(fte(after, ServiceId::low_intensity) == doctest::Approx(0.5 * fte(before, ServiceId::low_intensity)));
  CHECK(fte(after, ServiceId::medication_management) == doctest::Approx(fte(before, ServiceId::medication_management)));
  const auto psychologist = index_of(Cadre::psychologist);
  CHECK(after.supervision_fte_by_cadre[psychologist] ==
        doctest::Approx(0.5 * before.supervision_fte_by_cadre[psychologist]));
  // Peer workers' off-step time holds peer support places, a community cost.
  const auto peer = index_of(Cadre::peer_worker);
  CHECK(after.off_step_role_fte_by_cadre[peer] == doctest::Approx(2 * before.off_step_role_fte_by_cadre[peer]));
  // Psychiatrists' and nurses' time outside the model's services stays.
  const auto psychiatrist = index_of(Cadre::psychiatrist);
  const auto& shares_after = bought.workforce[psychiatrist].time_share_by_service;
  const double outside_before =
      plan.workforce[psychiatrist].fte_per_100k * (1 - plan.workforce[psychiatrist].non_clinical_time_share) *
      (1 - 0.15 - 0.02);  // the baseline's community team and CAMHS shares
  const double outside_after =
      bought.workforce[psychiatrist].fte_per_100k * (1 - bought.workforce[psychiatrist].non_clinical_time_share) *
      (1 - shares_after[staffed_index(index_of(ServiceId::community_team))] -
       shares_after[staffed_index(index_of(ServiceId::camhs))]);
  CHECK(outside_after == doctest::Approx(outside_before));
  CHECK(bought.inpatient.beds_per_100k == doctest::Approx(0.6 * plan.inpatient.beds_per_100k));
  CHECK(bought.housing_first.units_per_100k == doctest::Approx(2 * plan.housing_first.units_per_100k));
  CHECK(bought.mobile_team.teams_per_100k == plan.mobile_team.teams_per_100k);
}

TEST_CASE("in a run, beds close and community posts open year by year as the money moves, and the budget is reported") {
  const Results r = run_simulation(with_transition(1.0), kSeed);
  const WeeklyMatrix& beds = r.table("crisis_capacity").to_doubles();
  const auto bed_column = static_cast<Eigen::Index>(index_of(CrisisResource::inpatient_beds));
  // 30 beds per 100,000, less a tenth of them at the start of each year.
  CHECK(beds(0, bed_column) == 27);
  CHECK(beds(51, bed_column) == 27);
  CHECK(beds(52, bed_column) == 24);
  CHECK(beds(104, bed_column) == 21);
  CHECK(beds(156, bed_column) == 21);  // 3 years are 157 weeks: the last week is still year 2
  // Community team posts grow; posts fill over the recruitment lag, so staff in post rise through the year.
  const WeeklyMatrix& staff = r.table("staff_fte").to_doubles();
  const auto nurses = static_cast<Eigen::Index>(index_of(Cadre::mental_health_nurse));
  CHECK(staff(10, nurses) > 70);
  CHECK(staff(150, nurses) > staff(40, nurses));
  const auto gps = static_cast<Eigen::Index>(index_of(Cadre::gp));
  CHECK(staff(150, gps) == doctest::Approx(61.0));
  // A week has 1 / 52.18 of its year's budget; year 1 has 52 weeks.
  const WeeklyMatrix& budget = r.table("budget").to_doubles();
  const LineAmounts year_1 = budget_of_year(with_transition(1.0).scenario.budget, kPeople, 1);
  for (std::size_t line = 0; line < kBudgetLineCount; ++line) {
    CHECK(budget.col(static_cast<Eigen::Index>(line)).segment(52, 52).sum() ==
          doctest::Approx(year_1[line] * 52 / kWeeksPerYear));
  }
  const std::string inpatient = "inpatient";
  CHECK(r.summary_value("budget_balance_" + inpatient) ==
        doctest::Approx(r.summary_value("budget_" + inpatient) - r.summary_value("cost_" + inpatient)));
  CHECK(r.summary_value("budget_total") == doctest::Approx(budget.sum()));
}

TEST_CASE("money that leaves mental health buys nothing: fewer beds, no more community posts, the line underfunded") {
  const Results cut = run_simulation(with_transition(0.0), kSeed);
  const Results base = run_simulation(small_baseline({"population.size=100000", "simulation.horizon_years=3"}), kSeed);
  const auto nurses = static_cast<Eigen::Index>(index_of(Cadre::mental_health_nurse));
  CHECK(cut.table("staff_fte").to_doubles().col(nurses).maxCoeff() == doctest::Approx(70.0));
  CHECK(cut.summary_value("cost_inpatient") < base.summary_value("cost_inpatient"));
  CHECK(cut.summary_value("budget_community") == doctest::Approx(base.summary_value("budget_community")));
  CHECK(cut.summary_value("ed_boarding_hours_per_100k_per_year") >
        base.summary_value("ed_boarding_hours_per_100k_per_year"));
}

TEST_CASE(
    "a fork may move the budget: it starts at the end of the burn-in, as in a run with the transition throughout") {
  const LoadedScenario baseline = small_baseline({"population.size=100000", "simulation.horizon_years=3"});
  const LoadedScenario reform = with_transition(1.0);
  const Results forked = run_simulation(reform, kSeed, nullptr, &baseline);
  const Results whole = run_simulation(reform, kSeed);
  CHECK(bitwise_equal(forked, whole));
}
