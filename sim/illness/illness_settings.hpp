#pragma once
// The natural history of common mental disorders and severe mental illness
// without care (docs/model.md, "Natural history").
#include <array>

#include "core/attributes.hpp"

namespace mhsim {

struct CommonMentalDisorderSettings {
  double onset_rate_per_year = 0;  // reference person: age 25-44, male, high income, employed
  std::array<double, kAgeBandCount> onset_rate_ratio_by_age_band{};
  double onset_rate_ratio_female = 0;
  std::array<double, 3> onset_rate_ratio_by_income{};
  double onset_rate_ratio_unemployed = 0;
  std::array<double, 3> onset_rate_ratio_by_housing{};
  double onset_rate_ratio_ncd = 0;
  double onset_rate_ratio_hiv = 0;
  double onset_rate_ratio_perinatal = 0;
  double onset_rate_ratio_previous_episode = 0;
  std::array<double, 3> onset_severity_share{};  // sums to 1
  double initial_prevalence = 0;                 // at the start of the burn-in
  // Untreated remission: a mixture of fast and slow remitters (Spijker 2002).
  double fast_remitter_share = 0;
  double fast_remission_rate_per_year = 0;
  double slow_remission_rate_per_year = 0;
  double worsening_rate_per_year = 0;  // untreated move up one severity band
  std::array<double, 3> crisis_rate_per_year{};
  std::array<double, 3> suicide_rate_per_year{};
  double excess_mortality_rate_ratio = 0;
};

// Demand beyond the calibrated natural history: multipliers a timeline sets for a
// period (a disaster, a recession year) or a scenario sets throughout; 1 is none.
struct DemandSettings {
  double onset_rate_ratio = 1;    // every onset: of a common mental disorder (first or recurrent) and of severe illness
  double relapse_rate_ratio = 1;  // severe mental illness, stable to acute
  double crisis_rate_ratio = 1;   // every crisis
};

struct SevereMentalIllnessSettings {
  double initial_prevalence = 0;
  std::array<double, kAgeBandCount> onset_rate_per_year_by_age_band{};
  double relapse_rate_per_year = 0;
  double acute_recovery_rate_per_year = 0;
  double crisis_rate_per_year_stable = 0;
  double crisis_rate_per_year_acute = 0;
  double suicide_rate_per_year_stable = 0;
  double suicide_rate_per_year_acute = 0;
  double excess_mortality_rate_ratio = 0;
};

}  // namespace mhsim
