#pragma once
// Who lives in the modelled region at the start and who enters, and the
// background mortality every person faces (docs/model.md, "Population").
#include <array>
#include <cmath>
#include <cstdint>

#include "core/attributes.hpp"

namespace mhsim {

struct PopulationSettings {
  std::int64_t size = 0;
  double growth_rate_per_year = 0;         // entries at age 10 beyond those that replace deaths
  std::array<double, kAgeBandCount> age_band_share{};  // sums to 1
  double female_share = 0;
  std::array<double, 3> region_share{};      // sums to 1
  std::array<double, 3> income_share{};      // sums to 1
  std::array<double, 3> coverage_share{};    // sums to 1
  std::array<double, 3> housing_share{};     // sums to 1
  std::array<double, 3> employment_share{};  // sums to 1
  double interpreter_needed_share = 0;
  double marginalised_group_share = 0;
  std::array<double, kAgeBandCount> ncd_share_by_age_band{};  // chronic physical illness
  std::array<double, kAgeBandCount> hiv_share_by_age_band{};  // living with HIV (physical_health/)
  // Without a device or connection for a remote session: by age band at creation, times the income's ratio (at most 1).
  std::array<double, kAgeBandCount> offline_share_by_age_band{};
  std::array<double, 3> offline_rate_ratio_by_income{};
};

struct MortalitySettings {
  // Gompertz background hazard h(a) = rate_at_15 * exp(slope * (a - 15)).
  double gompertz_rate_at_age_15_per_year = 0;
  double gompertz_slope_per_year = 0;
  double ncd_rate_ratio = 0;  // chronic physical illness, on the background hazard
  double hiv_rate_ratio = 0;  // living with HIV (on antiretroviral therapy), on the background hazard
  // Of the excess mortality of NCD and HIV, the share left while depression is treated in the clinic that sees
  // the person for their physical illness, or has remitted after it (adherence returns; physical_health/).
  double treated_depression_excess_share = 0;
};

// The Gompertz reference age stays 15 (where the fitted rate is anchored); below it the curve extrapolates.
inline constexpr double kGompertzReferenceAgeYears = 15.0;
inline double gompertz_rate_per_year(const MortalitySettings& mortality, double age_years) {
  return mortality.gompertz_rate_at_age_15_per_year *
         std::exp(mortality.gompertz_slope_per_year * (age_years - kGompertzReferenceAgeYears));
}

}  // namespace mhsim
