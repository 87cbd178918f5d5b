#include "illness/hazards.hpp"

#include <algorithm>
#include <cmath>

namespace mhsim {
namespace {

bool has_cmd(const Population& people, PersonId id) {
  return static_cast<CmdState>(people.state(id).cmd) != CmdState::none;
}

// A post-discharge rate ratio, with its excess cut for people linked to care.
double after_discharge_ratio(const FollowUpSettings& follow_up, double rate_ratio, const PersonState& state) {
  return 1.0 + (rate_ratio - 1.0) * (state.follow_up_linked ? follow_up.linked_excess_risk_ratio : 1.0);
}

}  // namespace

double copay_after_parity(const CostSharingSettings& sharing, const std::array<double, 3>& copay_by_coverage,
                          std::uint8_t coverage) {
  const double copay = copay_by_coverage[coverage];
  const double above_physical = std::max(0.0, copay - sharing.physical_health_copay_by_coverage[coverage]);
  return copay - sharing.parity_share * above_physical;
}

double factor_after_campaign(const CampaignSettings& campaigns, double factor, double spend_per_100k_per_year) {
  if (spend_per_100k_per_year <= 0) return factor;
  const double share_closed =
      campaigns.max_gap_closed * (1.0 - std::exp(-spend_per_100k_per_year / campaigns.spend_scale_per_100k_per_year));
  return factor + std::max(0.0, 1.0 - factor) * share_closed;
}

double copay_burden(const CostSharingSettings& sharing, double copay, std::uint8_t income) {
  return copay / sharing.half_demand_copay_by_income[income];
}

double session_copay(const CostSharingSettings& sharing, std::uint8_t coverage, std::size_t service) {
  switch (static_cast<ServiceId>(service)) {
    case ServiceId::low_intensity:
    case ServiceId::high_intensity: return copay_after_parity(sharing, sharing.therapy_copay_by_coverage, coverage);
    case ServiceId::medication_management:
      return copay_after_parity(sharing, sharing.medication_copay_by_coverage, coverage);
    case ServiceId::digital_self_help:
    case ServiceId::community_team: return 0.0;  // free at the point of use
  }
  return 0.0;
}

double copay_dropout_rate_ratio(const Scenario& scenario, const PersonAttributes& attributes, std::size_t service) {
  const CostSharingSettings& sharing = scenario.cost_sharing;
  const double burden = copay_burden(sharing, session_copay(sharing, attributes.coverage, service), attributes.income);
  return 1.0 + (sharing.dropout_rate_ratio_at_half_demand_copay - 1.0) * burden;
}

AccessFactors access_factors(const Scenario& scenario, const Population& people, PersonId id) {
  const AccessSettings& access = scenario.access;
  const CostSharingSettings& sharing = scenario.cost_sharing;
  const PersonAttributes& a = people.attributes(id);
  AccessFactors f;
  f.awareness = factor_after_campaign(scenario.campaigns, access.awareness_factor,
                                      scenario.campaigns.awareness_spend_per_100k_per_year);
  // Demand halves at the income's half-demand copay: 1 / (1 + copay / half-demand copay).
  const double copay = copay_after_parity(sharing, sharing.primary_care_copay_by_coverage, a.coverage);
  f.affordability = access.affordability_factor_by_income[a.income] / (1.0 + copay_burden(sharing, copay, a.income));
  // Tele options remove a share of the travel barrier, whatever the region.
  const double travel = access.accessibility_factor_by_region[people.attributes(id).region];
  f.accessibility = travel + (1.0 - travel) * access.telehealth_share;
  if (people.attributes(id).interpreter_needed) {
    f.acceptability = access.interpreter_needed_factor +
                      (1.0 - access.interpreter_needed_factor) * access.interpreter_availability;
  }
  f.trust = factor_after_campaign(scenario.campaigns, access.stigma_factor,
                                  scenario.campaigns.anti_stigma_spend_per_100k_per_year) *
            (people.attributes(id).marginalised_group ? access.marginalised_group_trust_factor : 1.0);
  return f;
}

double mental_illness_mortality_rate_ratio(const Scenario& scenario, const Population& people, PersonId id) {
  double illness = 1.0;
  if (has_cmd(people, id)) illness = scenario.common_mental_disorder.excess_mortality_rate_ratio;
  if (static_cast<SmiState>(people.state(id).smi) != SmiState::none) {
    illness = std::max(illness, scenario.severe_mental_illness.excess_mortality_rate_ratio);
  }
  return illness;
}

double mortality_rate_ratio(const Scenario& scenario, const Population& people, PersonId id) {
  return mental_illness_mortality_rate_ratio(scenario, people, id) *
         (people.attributes(id).ncd ? scenario.mortality.ncd_rate_ratio : 1.0);
}

double days_until_death(const MortalitySettings& mortality, double age_years, double rate_ratio,
                        double unit_exponential) {
  // H(t) = m * A / B * exp(B (a - 15)) * (exp(B t) - 1) = E  =>  t = log(1 + E B / (m A exp(B (a - 15)))) / B
  const double slope = mortality.gompertz_slope_per_year;
  const double hazard_now =
      rate_ratio * mortality.gompertz_rate_at_age_15_per_year * std::exp(slope * (age_years - kMinimumAgeYears));
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
  if (people.attributes(id).perinatal) rate *= cmd.onset_rate_ratio_perinatal;
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
    case SmiState::none: return smi.onset_rate_per_year_by_age_band[people.state(id).age_band];
    case SmiState::stable:
      return smi.relapse_rate_per_year *
             (people.attributes(id).employment == index_of(Employment::unemployed)
                  ? scenario.employment.smi_relapse_rate_ratio_unemployed
                  : 1.0) *
             (in_programme(people.state(id), Programme::peer_support) ? scenario.peer_support.relapse_rate_ratio
                                                                      : 1.0) *
             (in_programme(people.state(id), Programme::assertive_community_treatment)
                  ? scenario.assertive_community_treatment.smi_relapse_rate_ratio
                  : 1.0);
    case SmiState::acute: return smi.acute_recovery_rate_per_year;
  }
  return 0;
}

double crisis_rate_per_year(const Scenario& scenario, const Population& people, PersonId id) {
  const PersonState& state = people.state(id);
  const auto stage = static_cast<CrisisStage>(state.crisis_stage);
  if (is_crisis_place(stage)) return 0;  // one crisis at a time
  double rate = 0;
  if (has_cmd(people, id)) {
    const bool untreated = static_cast<CarePlace>(state.care_place) != CarePlace::in_treatment;
    rate +=
        scenario.common_mental_disorder.crisis_rate_per_year[index_of(severity_of(static_cast<CmdState>(state.cmd)))] *
        (untreated ? scenario.crisis.rate_ratio_untreated : 1.0);
  }
  switch (static_cast<SmiState>(people.state(id).smi)) {
    case SmiState::none: break;
    case SmiState::stable: rate += scenario.severe_mental_illness.crisis_rate_per_year_stable; break;
    case SmiState::acute: rate += scenario.severe_mental_illness.crisis_rate_per_year_acute; break;
  }
  rate *= scenario.crisis.rate_ratio_by_housing[people.attributes(id).housing];
  if (in_programme(state, Programme::assertive_community_treatment)) {
    rate *= scenario.assertive_community_treatment.crisis_rate_ratio;
  }
  if (stage == CrisisStage::after_inpatient || stage == CrisisStage::after_crisis_care) {
    rate *= after_discharge_ratio(scenario.follow_up, scenario.follow_up.crisis_rate_ratio_after_discharge, state);
  }
  return rate;
}

double suicide_rate_per_year(const Scenario& scenario, const Population& people, PersonId id) {
  double rate = 0;
  if (has_cmd(people, id)) {
    rate += scenario.common_mental_disorder.suicide_rate_per_year[index_of(severity_of(static_cast<CmdState>(people.state(id).cmd)))];
  }
  switch (static_cast<SmiState>(people.state(id).smi)) {
    case SmiState::none: break;
    case SmiState::stable: rate += scenario.severe_mental_illness.suicide_rate_per_year_stable; break;
    case SmiState::acute: rate += scenario.severe_mental_illness.suicide_rate_per_year_acute; break;
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

double help_seeking_rate_per_year(const Scenario& scenario, const Population& people, PersonId id) {
  if (!has_cmd(people, id)) return 0;
  const auto& access = scenario.access;
  const Severity severity = severity_of(static_cast<CmdState>(people.state(id).cmd));
  return access.help_seeking_rate_per_year[index_of(severity)] * access_factors(scenario, people, id).product() *
         (people.attributes(id).housing_first_tenant ? scenario.housing_first.help_seeking_rate_ratio : 1.0);
}

bool is_severely_ill(const PersonState& state) {
  return static_cast<SmiState>(state.smi) != SmiState::none || static_cast<CmdState>(state.cmd) == CmdState::severe;
}

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
                                  (in_programme(people.state(id), Programme::employment_support)
                                       ? scenario.employment_support.job_finding_rate_ratio
                                       : 1.0);
      break;
    case Employment::not_in_labour_force: break;
  }
  return rates;
}

std::array<double, kProgrammeCount> programme_exit_rates_per_year(const Scenario& scenario, const PersonState& state) {
  const std::array<double, kProgrammeCount> mean_weeks{scenario.peer_support.mean_weeks,
                                                       scenario.employment_support.mean_weeks,
                                                       scenario.assertive_community_treatment.mean_weeks};
  std::array<double, kProgrammeCount> rates{};
  for (std::size_t p = 0; p < kProgrammeCount; ++p) {
    if (in_programme(state, static_cast<Programme>(p))) rates[p] = kDaysPerYear / (kDaysPerWeek * mean_weeks[p]);
  }
  return rates;
}

std::array<double, 3> screens_per_year_by_setting(const Scenario& scenario, const Population& people, PersonId id) {
  const auto& primary_care = scenario.primary_care;
  const auto& screening = scenario.screening;
  const double routine_visits_per_year =
      primary_care.routine_visit_rate_per_year * (people.attributes(id).ncd ? primary_care.routine_visit_rate_ratio_ncd : 1.0);
  const bool at_school_age = static_cast<AgeBand>(people.state(id).age_band) == AgeBand::age_15_24;
  return {routine_visits_per_year * screening.routine_visit_coverage,
          at_school_age ? screening.school_screens_per_year : 0.0,
          people.attributes(id).perinatal ? screening.perinatal_screens_per_year : 0.0};
}

double positive_screen_rate_per_year(const Scenario& scenario, const Population& people, PersonId id) {
  const auto screens = screens_per_year_by_setting(scenario, people, id);
  const double positive_probability =
      has_cmd(people, id) ? scenario.screening.sensitivity : 1.0 - scenario.screening.specificity;
  return (screens[0] + screens[1] + screens[2]) * positive_probability;
}

}  // namespace mhsim
