// DALYs: the arithmetic by hand on known person-time and deaths, remaining
// life expectancy against closed forms, and the accounting in a run.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "economics/health_outcomes.hpp"
#include "economics/life_expectancy.hpp"
#include "engine.hpp"
#include "engine_fixture.hpp"

using namespace mhsim;
using mhsim::testing::small_baseline;

namespace {

WeeklyTable table(std::string name, std::vector<std::string> dimensions, WeeklyMatrix values) {
  return {std::move(name), "", "", std::move(dimensions), std::move(values)};
}

// Two weeks, two regions: person-weeks with each severity and state, and the years of life lost.
Results known_person_time() {
  Results r;
  WeeklyMatrix cmd(2, 6);     // severity-major: mild (urban, rural), moderate (...), severe (...)
  cmd << 10, 20, 5, 0, 1, 2,  //
      30, 0, 0, 5, 2, 0;
  WeeklyMatrix smi(2, 4);  // stable (urban, rural), acute (urban, rural)
  smi << 4, 0, 1, 0,       //
      0, 4, 0, 1;
  WeeklyMatrix alive(2, 2);
  alive << 1000, 1000,  //
      1000, 1000;
  WeeklyMatrix yll(2, 2);
  yll << 40, 0,  //
      0, 20;
  WeeklyMatrix yll_discounted(2, 2);
  yll_discounted << 25, 0,  //
      0, 15;
  r.weekly = {table("person_weeks_cmd", {"severity", "region"}, cmd),
              table("person_weeks_smi", {"smi_state", "region"}, smi), table("person_weeks_alive", {"region"}, alive),
              table("yll_years", {"region"}, yll), table("yll_years_discounted", {"region"}, yll_discounted)};
  return r;
}

Scenario weights(double discount_rate_per_year) {
  Scenario s;
  s.economics.discount_rate_per_year = discount_rate_per_year;
  s.economics.disability_weight_cmd = {0.1, 0.4, 0.6};
  s.economics.disability_weight_smi = {0.5, 0.8};
  return s;
}

}  // namespace

TEST_CASE("DALYs by hand: person-time times disability weights, plus years of life lost, discounted by week") {
  Results r = known_person_time();
  const Scenario scenario = weights(0.03);
  r.weekly.push_back(yld_table(scenario, r));
  const WeeklyMatrix& yld = r.table("yld_years").to_doubles();
  // Week 1, urban: 10 x 0.1 + 5 x 0.4 + 1 x 0.6 + 4 x 0.5 + 1 x 0.8 = 6.4 person-weeks of full disability.
  CHECK(yld(0, 0) == doctest::Approx(6.4 / kWeeksPerYear));
  CHECK(yld(1, 1) == doctest::Approx((0.0 * 0.1 + 5 * 0.4 + 0 * 0.6 + 4 * 0.5 + 1 * 0.8) / kWeeksPerYear));
  r.summary = summarise_health_outcomes(scenario, r);
  const double yld_cmd = (60 * 0.1 + 10 * 0.4 + 5 * 0.6) / kWeeksPerYear;
  const double yld_smi = (8 * 0.5 + 2 * 0.8) / kWeeksPerYear;
  CHECK(r.summary_value("yld_years_cmd") == doctest::Approx(yld_cmd));
  CHECK(r.summary_value("yld_years_smi") == doctest::Approx(yld_smi));
  CHECK(r.summary_value("yll_years") == doctest::Approx(60.0));
  CHECK(r.summary_value("dalys") == doctest::Approx(yld_cmd + yld_smi + 60.0));
  CHECK(r.summary_value("dalys_per_100k_per_year") ==
        doctest::Approx((yld_cmd + yld_smi + 60.0) * 1e5 / (4000 / kWeeksPerYear)));
  // Week w is discounted at its middle: (1.03)^-((w + 0.5) / 52.18).
  const double week_1 = (6.4 + 3.2) / kWeeksPerYear;  // urban and rural
  const double week_2 = (4.2 + 4.8) / kWeeksPerYear;
  const double f1 = std::pow(1.03, -0.5 / kWeeksPerYear), f2 = std::pow(1.03, -1.5 / kWeeksPerYear);
  CHECK(week_1 + week_2 == doctest::Approx(yld_cmd + yld_smi));
  CHECK(r.summary_value("dalys_discounted") == doctest::Approx((week_1 + 25) * f1 + (week_2 + 15) * f2));
  // At 100% a year the weeks' factors are 2^-(0.5 / 52.18) and 2^-(1.5 / 52.18): the years lived with
  // disability are discounted too, not only the years of life lost (their part is a thousandth of the total).
  const Scenario steep = weights(1.0);
  r.summary = summarise_health_outcomes(steep, r);
  const double g1 = std::pow(2.0, -0.5 / kWeeksPerYear), g2 = std::pow(2.0, -1.5 / kWeeksPerYear);
  CHECK(r.summary_value("dalys_discounted") == doctest::Approx((week_1 + 25) * g1 + (week_2 + 15) * g2).epsilon(1e-9));
}

TEST_CASE("remaining life expectancy matches the closed form for a constant hazard, and discounting shortens it") {
  MortalitySettings constant;
  constant.gompertz_rate_at_age_15_per_year = 0.02;
  constant.gompertz_slope_per_year = 0.0;
  const LifeExpectancy undiscounted(constant, 0.0);
  const LifeExpectancy discounted(constant, 0.03);
  // Survival exp(-0.02 t) up to the model's oldest age, 101.
  const auto expected = [](double rate, double span) { return (1 - std::exp(-rate * span)) / rate; };
  CHECK(undiscounted.remaining_years(15.0) == doctest::Approx(expected(0.02, 86.0)).epsilon(1e-4));
  CHECK(undiscounted.remaining_years(60.5) == doctest::Approx(expected(0.02, 40.5)).epsilon(1e-3));
  CHECK(undiscounted.discounted_remaining_years(15.0) == doctest::Approx(undiscounted.remaining_years(15.0)));
  CHECK(discounted.discounted_remaining_years(15.0) ==
        doctest::Approx(expected(0.02 + std::log(1.03), 86.0)).epsilon(1e-4));
  CHECK(undiscounted.remaining_years(101.0) == 0.0);
}

TEST_CASE("a run's DALYs come from its own person-time and deaths from mental illness") {
  const Results r = run_simulation(small_baseline({"economics.discount_rate_per_year=0.0"}), 41);
  const double weeks_cmd = r.table("person_weeks_cmd").to_doubles().sum();
  CHECK(r.summary_value("yld_years") > 0.1 * weeks_cmd / kWeeksPerYear);
  CHECK(r.summary_value("yld_years") == doctest::Approx(r.table("yld_years").to_doubles().sum()));
  CHECK(r.summary_value("yll_years") > 0);
  CHECK(r.summary_value("dalys_discounted") == doctest::Approx(r.summary_value("dalys")));
  // Without suicide or excess mortality no life is lost to mental illness.
  const Results no_deaths = run_simulation(small_baseline({"common_mental_disorder.excess_mortality_rate_ratio=1.0",
                                                           "severe_mental_illness.excess_mortality_rate_ratio=1.0",
                                                           "common_mental_disorder.suicide_rate_per_year.mild=0.0",
                                                           "common_mental_disorder.suicide_rate_per_year.moderate=0.0",
                                                           "common_mental_disorder.suicide_rate_per_year.severe=0.0",
                                                           "severe_mental_illness.suicide_rate_per_year_stable=0.0",
                                                           "severe_mental_illness.suicide_rate_per_year_acute=0.0"}),
                                           41);
  CHECK(no_deaths.summary_value("yll_years") == 0.0);
  CHECK(no_deaths.summary_value("dalys") == doctest::Approx(no_deaths.summary_value("yld_years")));
  // Discounting lowers the total.
  const Results discounted = run_simulation(small_baseline(), 41);
  CHECK(discounted.summary_value("dalys_discounted") < 0.99 * discounted.summary_value("dalys"));
}
