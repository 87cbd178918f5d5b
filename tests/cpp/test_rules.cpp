// Quarterly wait percentiles and the pieces of learning-system rules: the
// histogram's percentile rule, the figures a rule may read, its grammar and
// a budget move.
#include <doctest/doctest.h>

#include <cmath>
#include <variant>

#include "economics/budget.hpp"
#include "recording/figures.hpp"
#include "recording/recorder.hpp"
#include "recording/wait_histogram.hpp"
#include "scenario/rule_grammar.hpp"

using namespace mhsim;

TEST_CASE("a wait percentile is the nearest rank, placed within its one-week bin") {
  WaitHistogram waits;
  CHECK(std::isnan(waits.percentile_weeks(0.9)));
  for (int day : {0, 1, 2, 3, 10, 11, 12, 13, 50, 900}) waits.add(day);  // 4 in week 0, 4 in week 1, then 7 and 128
  CHECK(waits.count() == 10);
  // Ranks: p50 -> 5th wait, the first of 4 in week 1's bin [1, 2).
  CHECK(waits.percentile_weeks(0.5) == doctest::Approx(1.25));
  // p90 -> 9th wait, the only one in week 7's bin (day 50).
  CHECK(waits.percentile_weeks(0.9) == doctest::Approx(8.0));
  // p95 -> 10th: 900 days is over two years, the overflow bin reports 104.
  CHECK(waits.percentile_weeks(0.95) == doctest::Approx(104.0));
}

TEST_CASE("every figure table a rule may name is the recorder's table of that place") {
  Recorder recorder(3);
  Results results;
  Recorder(3).export_to(results);
  for (std::size_t i = 0; i < results.weekly.size(); ++i) {
    CHECK(recorder.weekly_table(i).cols() == results.weekly[i].values.cols());
  }
  const auto figure = resolve_figure("wait_p90_started_weeks.high_intensity");
  REQUIRE(std::holds_alternative<Figure>(figure));
  CHECK(results.weekly[std::get<Figure>(figure).table].name == "wait_p90_started_weeks");
  CHECK(std::get<Figure>(figure).first_column == 2);
  const auto waiting = resolve_figure("waiting.low_intensity");
  REQUIRE(std::holds_alternative<Figure>(waiting));
  CHECK(std::get<Figure>(waiting).first_column == kStratumCells);
  CHECK(std::get<Figure>(waiting).columns == kStratumCells);
  CHECK(std::get<std::string>(resolve_figure("wating.low_intensity")).find("did you mean waiting.<service>") !=
        std::string::npos);
  CHECK(std::get<std::string>(resolve_figure("waiting.high")).find("high_intensity") != std::string::npos);
}

TEST_CASE("a rule's clauses read by the grammar, and a problem names the token") {
  Rule rule;
  CHECK_FALSE(parse_condition("wait_p90_started_weeks.high_intensity >= 12.5", rule));
  CHECK(rule.comparison == Comparison::at_least);
  CHECK(rule.threshold == 12.5);
  CHECK_FALSE(parse_action("move 5% of budget.inpatient to budget.psychological_therapy", rule));
  CHECK(rule.action.verb == RuleVerb::move);
  CHECK(rule.action.to_line == "psychological_therapy");
  CHECK_FALSE(parse_action("raise workforce.psychologist.fte_per_100k by 10%", rule));
  CHECK((rule.action.verb == RuleVerb::raise && rule.action.percent && rule.action.amount == 10));
  const auto problem = parse_condition("waiting.high_intensity => 3", rule);
  REQUIRE(problem);
  CHECK(problem->token == "=>");
  CHECK(parse_action("move 5 of budget.inpatient to budget.crisis", rule)->token == "of");
  CHECK(parse_action("set population.size to 5", rule)->expected.find("policy key") != std::string::npos);
  CHECK(parse_action("lower workforce.psychologist.fte_per_100k by 2 now", rule)->token == "now");
}

TEST_CASE("a rule's move of money is a real amount after the transition, stopped at a floor") {
  BudgetSettings budget;
  budget.per_100k_per_year_by_line[index_of(CostLine::inpatient)] = 1000;
  budget.growth_rate_per_year = 0.1;
  const std::size_t inpatient = index_of(CostLine::inpatient);
  const std::size_t therapy = index_of(CostLine::psychological_therapy);
  CHECK(move_budget_by_rule(budget, 1, inpatient, therapy, 0.05, 0, 1e9) == doctest::Approx(55.0));
  const LineAmounts year_two = budget_of_year(budget, 100'000, 2);
  CHECK(year_two[inpatient] == doctest::Approx(1210.0 - 60.5));
  CHECK(year_two[therapy] == doctest::Approx(60.5));
  CHECK(move_budget_by_rule(budget, 1, inpatient, therapy, 0.5, 1045.0, 1e9) == doctest::Approx(0.0));
}
