#pragma once
// Remaining life expectancy by age under the region's background mortality
// (the Gompertz hazard of [mortality], without mental or physical illness),
// for the years of life lost (YLL) of a death from mental illness. Tabulated
// once by single year of age and interpolated: deaths are frequent enough that
// integrating at each one would show in the event loop.
#include <vector>

#include "scenario/scenario.hpp"

namespace mhsim {

class LifeExpectancy {
 public:
  LifeExpectancy() = default;
  // `discount_rate_per_year` discounts the years lost to the time of death.
  LifeExpectancy(const MortalitySettings& mortality, double discount_rate_per_year);

  double remaining_years(double age_years) const { return interpolate(remaining_years_, age_years); }
  double discounted_remaining_years(double age_years) const { return interpolate(discounted_years_, age_years); }

 private:
  double interpolate(const std::vector<double>& by_age, double age_years) const;
  std::vector<double> remaining_years_;  // at age 15 + index
  std::vector<double> discounted_years_;
};

}  // namespace mhsim
