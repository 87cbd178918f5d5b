#include "illness/illness_rates.hpp"

#include <algorithm>
#include <cmath>

#include "community/programme.hpp"
#include "crisis/crisis_stage.hpp"
#include "justice/release_risk.hpp"
#include "severe_illness/severe_illness_rates.hpp"
#include "physical_health/comorbidity.hpp"

namespace mhsim {

double mental_illness_mortality_rate_ratio(const Scenario& scenario, const Population& people, PersonId id) {
  double illness = 1.0;
  if (has_cmd(people, id)) illness = scenario.common_mental_disorder.excess_mortality_rate_ratio;
  if (static_cast<SmiState>(people.state(id).smi) != SmiState::none) {
    illness = std::max(illness, scenario.severe_mental_illness.excess_mortality_rate_ratio);
  }
  return illness;
}

double mortality_rate_ratio(const Scenario& scenario, const Population& people, PersonId id) {
  const double usual = mental_illness_mortality_rate_ratio(scenario, people, id) *
                       physical_illness_mortality_rate_ratio(scenario, people, id);
  // The release's ratio is against the general population, so it holds the excess of illness already.
  const PersonState& state = people.state(id);
  return in_release_window(state)
             ? std::max(usual, after_release_ratio(scenario, scenario.release.mortality_rate_ratio, state))
             : usual;
}

double days_until_death(const MortalitySettings& mortality, double age_years, double rate_ratio,
                        double unit_exponential) {
  // H(t) = m * A / B * exp(B (a - 15)) * (exp(B t) - 1) = E  =>  t = log(1 + E B / (m A exp(B (a - 15)))) / B
  const double slope = mortality.gompertz_slope_per_year;
  const double hazard_now = rate_ratio * gompertz_rate_per_year(mortality, age_years);
  double years;
  if (slope > 0) {
    years = std::log1p(unit_exponential * slope / hazard_now) / slope;
  } else {
    years = unit_exponential / hazard_now;
  }
  // Nobody outlives the model's oldest age.
  years = std::min(years, std::max(0.0, kMaximumAgeYears - age_years));
  return years * kDaysPerYear;
}

double cmd_onset_rate_per_year(const CommonMentalDisorderSettings& cmd, const Population& people, PersonId id) {
  double rate = cmd.onset_rate_per_year * cmd.onset_rate_ratio_by_age_band[people.state(id).age_band] *
                cmd.onset_rate_ratio_by_income[people.attributes(id).income] *
                cmd.onset_rate_ratio_by_housing[people.attributes(id).housing];
  if (people.attributes(id).sex == index_of(Sex::female)) rate *= cmd.onset_rate_ratio_female;
  if (people.attributes(id).employment == index_of(Employment::unemployed)) rate *= cmd.onset_rate_ratio_unemployed;
  if (people.attributes(id).ncd) rate *= cmd.onset_rate_ratio_ncd;
  if (people.attributes(id).hiv) rate *= cmd.onset_rate_ratio_hiv;
  if (people.attributes(id).perinatal_phase != 0) rate *= cmd.onset_rate_ratio_perinatal;
  if (people.state(id).cmd_episodes > 0) rate *= cmd.onset_rate_ratio_previous_episode;
  return rate;
}

double cmd_untreated_remission_rate_per_year(const CommonMentalDisorderSettings& cmd, const Population& people,
                                             PersonId id) {
  return people.state(id).cmd_fast_remitter ? cmd.fast_remission_rate_per_year : cmd.slow_remission_rate_per_year;
}

double smi_transition_rate_per_year(const Scenario& scenario, const Population& people, PersonId id) {
  const auto& smi = scenario.severe_mental_illness;
  switch (static_cast<SmiState>(people.state(id).smi)) {
    case SmiState::none:
      return smi.onset_rate_per_year_by_age_band[people.state(id).age_band] * scenario.demand.onset_rate_ratio;
    case SmiState::stable:
      return smi.relapse_rate_per_year * scenario.demand.relapse_rate_ratio *
             (people.attributes(id).employment == index_of(Employment::unemployed)
                  ? scenario.employment.smi_relapse_rate_ratio_unemployed
                  : 1.0) *
             (in_programme(people.state(id), Programme::peer_support) ? scenario.peer_support.relapse_rate_ratio
                                                                      : 1.0) *
             (in_programme(people.state(id), Programme::assertive_community_treatment)
                  ? scenario.assertive_community_treatment.smi_relapse_rate_ratio
                  : 1.0) *
             smi_care_relapse_rate_ratio(scenario, people.state(id), id);
    case SmiState::acute: return smi.acute_recovery_rate_per_year;
  }
  return 0;
}

double suicide_rate_per_year(const Scenario& scenario, const Population& people, PersonId id) {
  double rate = 0;
  if (has_cmd(people, id)) {
    rate += scenario.common_mental_disorder
                .suicide_rate_per_year[index_of(severity_of(static_cast<CmdState>(people.state(id).cmd)))];
  }
  switch (static_cast<SmiState>(people.state(id).smi)) {
    case SmiState::none: break;
    case SmiState::stable: rate += scenario.severe_mental_illness.suicide_rate_per_year_stable; break;
    case SmiState::acute: rate += scenario.severe_mental_illness.suicide_rate_per_year_acute; break;
  }
  if (in_release_window(people.state(id))) {
    return rate * after_release_ratio(scenario, scenario.release.suicide_rate_ratio, people.state(id));
  }
  switch (static_cast<CrisisStage>(people.state(id).crisis_stage)) {
    case CrisisStage::after_inpatient:
      return rate * after_discharge_ratio(scenario.follow_up, scenario.follow_up.suicide_rate_ratio_after_inpatient,
                                          people.state(id));
    case CrisisStage::after_crisis_care:
      return rate * after_discharge_ratio(scenario.follow_up, scenario.follow_up.suicide_rate_ratio_after_crisis_care,
                                          people.state(id));
    default: return rate;
  }
}

bool is_severely_ill(const PersonState& state) {
  return static_cast<SmiState>(state.smi) != SmiState::none || static_cast<CmdState>(state.cmd) == CmdState::severe;
}

}  // namespace mhsim
