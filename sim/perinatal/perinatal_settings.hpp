#pragma once
// Pregnancy and the postnatal year as states over time, screening in maternity
// care and the specialist community perinatal mental health team
// (docs/model.md, "Perinatal").
#include <array>

#include "core/attributes.hpp"

namespace mhsim {

struct PerinatalSettings {
  // Live births a year per 1,000 women, by age band (age-specific fertility; 0 from 45).
  std::array<double, kAgeBandCount> births_per_1000_women_by_age_band{};
  double pregnancy_weeks = 0;
  double postnatal_weeks = 0;  // the postnatal period a perinatal service covers after the birth
};

// The levers of perinatal care, which a reform may change (its own section: a fork changes policy sections whole).
struct PerinatalCareSettings {  // Screens in maternity care over one pregnancy and postnatal year (booking, later
                                // antenatal and postnatal contacts).
  double screens_per_pregnancy = 0;
  // The specialist community perinatal mental health team: places from staff.
  double team_fte_per_100k = 0;
  double team_caseload_per_fte = 0;
  double team_remission_rate_per_year = 0;  // added to the remission hazard of a woman ill on its caseload
  double team_fte_year_cost = 0;            // a year of one full-time team member, all costs
};

}  // namespace mhsim
