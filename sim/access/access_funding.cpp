#include "access/access_funding.hpp"

#include "recording/summary_arithmetic.hpp"

namespace mhsim {

void add_access_capacity_cost(const CapacityInForce& capacity, LineAmounts& cost) {
  const Scenario& scenario = capacity.scenario;
  cost[index_of(CostLine::primary_care_mental_health)] +=
      staff_cost_per_week(capacity, scenario.front_door.navigator_fte_per_100k, scenario.costs.navigator_fte_year);
  const CampaignSettings& campaigns = scenario.campaigns;
  const double hundreds_of_thousands = static_cast<double>(capacity.population_size) / 1e5;
  cost[index_of(CostLine::campaigns)] +=
      (campaigns.anti_stigma_spend_per_100k_per_year + campaigns.awareness_spend_per_100k_per_year) *
      hundreds_of_thousands / kWeeksPerYear;
  // A data-sovereignty agreement covering a share of the marginalised group (docs/model.md, "Trust").
  cost[index_of(CostLine::community)] += scenario.trust.data_sovereignty_share *
                                         scenario.costs.data_sovereignty_agreement_per_100k_per_year *
                                         hundreds_of_thousands / kWeeksPerYear;
}

void buy_access_capacity(const LineAmounts& factor, Scenario& bought) {
  bought.front_door.navigator_fte_per_100k *= factor[index_of(CostLine::primary_care_mental_health)];
  const double campaigns = factor[index_of(CostLine::campaigns)];
  bought.campaigns.anti_stigma_spend_per_100k_per_year *= campaigns;
  bought.campaigns.awareness_spend_per_100k_per_year *= campaigns;
}

void add_access_activity_cost(const Scenario& scenario, const Results& results, WeeklyMatrix& cost) {
  charge_activity(cost, CostLine::primary_care_mental_health, weekly_total(results.table("screens")),
                  scenario.costs.screen);
}

}  // namespace mhsim
