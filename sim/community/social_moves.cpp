#include "community/social_moves.hpp"

#include "illness/illness_rates.hpp"

namespace mhsim {

namespace {

// IPS, on its own or within early intervention in psychosis: one ratio, not both.
double support_job_finding_rate_ratio(const Scenario& scenario, const PersonState& state) {
  if (in_programme(state, Programme::employment_support)) return scenario.employment_support.job_finding_rate_ratio;
  if (in_programme(state, Programme::early_intervention_psychosis))
    return scenario.early_intervention_psychosis.job_finding_rate_ratio;
  return 1.0;
}

}  // namespace

SocialMoveRates social_move_rates(const Scenario& scenario, const Population& people, PersonId id) {
  const PersonAttributes& a = people.attributes(id);
  const bool ill = is_severely_ill(people.state(id));
  SocialMoveRates rates;
  const auto& housing = scenario.housing;
  const double down_ratio = ill ? housing.rate_ratio_ill : 1.0;
  if (a.housing_first_tenant) {
    rates.housing_down_per_year = scenario.housing_first.tenancy_exit_rate_per_year;
  } else {
    switch (static_cast<Housing>(a.housing)) {
      case Housing::stable: rates.housing_down_per_year = housing.loss_rate_per_year * down_ratio; break;
      case Housing::unstable:
        rates.housing_down_per_year = housing.homelessness_rate_per_year * down_ratio;
        rates.housing_up_per_year = housing.stabilisation_rate_per_year;
        break;
      case Housing::homeless: rates.housing_up_per_year = housing.rehousing_rate_per_year; break;
    }
  }
  const auto& work = scenario.employment;
  switch (static_cast<Employment>(a.employment)) {
    case Employment::employed:
      rates.employment_per_year = work.job_loss_rate_per_year * (ill ? work.job_loss_rate_ratio_ill : 1.0);
      break;
    case Employment::unemployed:
      rates.employment_per_year = work.job_finding_rate_per_year * (ill ? work.job_finding_rate_ratio_ill : 1.0) *
                                  support_job_finding_rate_ratio(scenario, people.state(id));
      break;
    case Employment::not_in_labour_force: break;
  }
  return rates;
}

std::array<double, kProgrammeCount> programme_exit_rates_per_year(const Scenario& scenario, const PersonState& state) {
  const std::array<double, kProgrammeCount> mean_weeks{
      scenario.peer_support.mean_weeks, scenario.employment_support.mean_weeks,
      scenario.assertive_community_treatment.mean_weeks, scenario.early_intervention_psychosis.mean_weeks,
      scenario.community_mental_health_team.mean_weeks};
  std::array<double, kProgrammeCount> rates{};
  for (std::size_t p = 0; p < kProgrammeCount; ++p) {
    if (in_programme(state, static_cast<Programme>(p))) rates[p] = kDaysPerYear / (kDaysPerWeek * mean_weeks[p]);
  }
  return rates;
}

}  // namespace mhsim
