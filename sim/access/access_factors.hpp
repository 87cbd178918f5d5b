#pragma once
// Help-seeking and the five dimensions of access (docs/model.md, "Help-seeking
// and access"): their product scales the rate at which a person with a common
// mental disorder consults about it. Campaigns close part of the awareness and
// stigma gaps.
#include "population/population.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

// The five dimensions of access, each a factor on the help-seeking rate.
struct AccessFactors {
  double awareness = 1;
  double affordability = 1;
  double accessibility = 1;
  double acceptability = 1;
  double trust = 1;
  double product() const { return awareness * affordability * accessibility * acceptability * trust; }
};

AccessFactors access_factors(const Scenario& scenario, const Population& people, PersonId id);
// An access factor (awareness, stigma) after a campaign spending `spend_per_100k_per_year`.
double factor_after_campaign(const CampaignSettings& campaigns, double factor, double spend_per_100k_per_year);
double help_seeking_rate_per_year(const Scenario& scenario, const Population& people, PersonId id);

}  // namespace mhsim
