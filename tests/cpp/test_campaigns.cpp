// Anti-stigma and awareness campaigns (docs/model.md, "Campaigns"): the
// effect of a spend on an access factor, on help-seeking in a run, and its cost.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "engine.hpp"
#include "engine_fixture.hpp"
#include "access/access_factors.hpp"

using namespace mhsim;
using mhsim::testing::small_baseline;

TEST_CASE("a campaign closes part of the gap between an access factor and 1, with diminishing returns") {
  CampaignSettings campaigns{.max_gap_closed = 0.3, .spend_scale_per_100k_per_year = 20000};
  CHECK(factor_after_campaign(campaigns, 0.8, 0.0) == 0.8);
  CHECK(factor_after_campaign(campaigns, 0.8, 20000) == doctest::Approx(0.8 + 0.2 * 0.3 * (1 - std::exp(-1.0))));
  CHECK(factor_after_campaign(campaigns, 0.8, 1e9) == doctest::Approx(0.86));
  CHECK(factor_after_campaign(campaigns, 1.2, 20000) == 1.2);  // a factor above 1 has no gap to close
}

TEST_CASE("a campaign brings more people to seek help, and costs its spend on the campaigns line") {
  const std::vector<std::string> size{"population.size=50000"};
  const Results base = run_simulation(small_baseline(size), 29);
  const Results campaign =
      run_simulation(small_baseline({"population.size=50000", "campaigns.anti_stigma_spend_per_100k_per_year=20000",
                                     "campaigns.awareness_spend_per_100k_per_year=10000"}),
                     29);
  CHECK(campaign.summary_value("help_seeking_contacts_per_1000_per_year") >
        1.03 * base.summary_value("help_seeking_contacts_per_1000_per_year"));
  const double weeks = static_cast<double>(campaign.week_start_day.size());
  CHECK(campaign.summary_value("cost_campaigns") == doctest::Approx(30000 * 0.5 * weeks / kWeeksPerYear));
  CHECK(base.summary_value("cost_campaigns") == 0);
}

TEST_CASE("a growing campaigns budget buys a growing campaign") {
  const Results r = run_simulation(
      small_baseline({"population.size=50000", "campaigns.awareness_spend_per_100k_per_year=10000",
                      "budget.per_100k_per_year_by_line.campaigns=10000", "budget.growth_rate_per_year=0.5"}),
      29);
  const auto line = static_cast<Eigen::Index>(index_of(CostLine::campaigns));
  const WeeklyMatrix& cost = r.table("costs").to_doubles();
  CHECK(cost(0, line) == doctest::Approx(10000 * 0.5 / kWeeksPerYear));
  CHECK(cost(60, line) == doctest::Approx(15000 * 0.5 / kWeeksPerYear));
  CHECK(r.summary_value("budget_balance_campaigns") == doctest::Approx(0.0).epsilon(1e-9).scale(1.0));
}
