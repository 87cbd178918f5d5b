#pragma once
// The rates of a person's natural history and help-seeking, as functions of
// the person's attributes and state and the scenario. No randomness here:
// simulation/schedule.cpp turns rates into event times.
#include <array>

#include "community/programme.hpp"
#include "population/population.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

// The five dimensions of access (MODEL.md section 3); their product scales
// the help-seeking rate.
struct AccessFactors {
  double awareness = 1;
  double affordability = 1;
  double accessibility = 1;
  double acceptability = 1;
  double trust = 1;
  double product() const { return awareness * affordability * accessibility * acceptability * trust; }
};

AccessFactors access_factors(const Scenario& scenario, const Population& people, PersonId id);

// Cost-sharing: the copay a person of `coverage` pays under `copay_by_coverage`
// after parity, and how far it deters a person of `income` (copay / the copay
// that halves help-seeking).
double copay_after_parity(const CostSharingSettings& sharing, const std::array<double, 3>& copay_by_coverage,
                          std::uint8_t coverage);
double copay_burden(const CostSharingSettings& sharing, double copay, std::uint8_t income);
// An access factor (awareness, stigma) after a campaign spending `spend_per_100k_per_year`.
double factor_after_campaign(const CampaignSettings& campaigns, double factor, double spend_per_100k_per_year);
// What a person of `coverage` pays per session of `service`, after parity (0 where care is free at the point of use).
double session_copay(const CostSharingSettings& sharing, std::uint8_t coverage, std::size_t service);
// On the treatment drop-out hazard of the person's service (1 for services without a copay).
double copay_dropout_rate_ratio(const Scenario& scenario, const PersonAttributes& attributes, std::size_t service);

// Rate ratio on background mortality from mental illness alone, and with
// chronic physical illness too.
double mental_illness_mortality_rate_ratio(const Scenario& scenario, const Population& people, PersonId id);
double mortality_rate_ratio(const Scenario& scenario, const Population& people, PersonId id);

// Days until death from background and excess mortality, from a unit
// exponential draw: inverts the Gompertz cumulative hazard from the current age.
double days_until_death(const MortalitySettings& mortality, double age_years, double rate_ratio,
                        double unit_exponential);

double cmd_onset_rate_per_year(const CommonMentalDisorderSettings& cmd, const Population& people, PersonId id);
double cmd_untreated_remission_rate_per_year(const CommonMentalDisorderSettings& cmd, const Population& people,
                                             PersonId id);
double smi_transition_rate_per_year(const Scenario& scenario, const Population& people, PersonId id);
double crisis_rate_per_year(const Scenario& scenario, const Population& people, PersonId id);
double suicide_rate_per_year(const Scenario& scenario, const Population& people, PersonId id);
double help_seeking_rate_per_year(const Scenario& scenario, const Population& people, PersonId id);

// Severe mental illness, or a common disorder at its severe band: raises moves towards homelessness and out of work.
bool is_severely_ill(const PersonState& state);

// The moves of housing and of work open to a person, each with its rate; a
// social_change event picks one in proportion.
struct SocialMoveRates {
  double housing_down_per_year = 0;  // towards homelessness (for a Housing First tenant: leaving the tenancy)
  double housing_up_per_year = 0;
  double employment_per_year = 0;  // into work when unemployed, out of it when employed
  double total_per_year() const { return housing_down_per_year + housing_up_per_year + employment_per_year; }
};
SocialMoveRates social_move_rates(const Scenario& scenario, const Population& people, PersonId id);

inline bool in_programme(const PersonState& state, Programme p) {
  return (state.programmes & programme_bit(p)) != 0;
}
// The rate at which each programme's spell ends, 0 for those the person is not in.
std::array<double, kProgrammeCount> programme_exit_rates_per_year(const Scenario& scenario, const PersonState& state);
// Screens a year in each setting (routine visit, school, perinatal), by Route order from routine_screening.
std::array<double, 3> screens_per_year_by_setting(const Scenario& scenario, const Population& people, PersonId id);
// Screens coming back positive, a year, over every setting: true positives for
// people who are ill, false positives for people who are well.
double positive_screen_rate_per_year(const Scenario& scenario, const Population& people, PersonId id);

}  // namespace mhsim
