#include "physical_health/comorbidity.hpp"

namespace mhsim {

double physical_illness_mortality_rate_ratio(const Scenario& scenario, const Population& people, PersonId id) {
  const PersonAttributes& attributes = people.attributes(id);
  double ratio = attributes.ncd ? scenario.mortality.ncd_rate_ratio : 1.0;
  if (attributes.hiv) ratio *= scenario.mortality.hiv_rate_ratio;
  if (ratio > 1.0 && depression_treated_in_clinic(people.state(id))) {
    ratio = 1.0 + (ratio - 1.0) * scenario.mortality.treated_depression_excess_share;
  }
  return ratio;
}

double clinic_screens_per_year(const PhysicalHealthSettings& physical_health, const PersonAttributes& attributes) {
  const PhysicalHealthSettings& p = physical_health;
  return (attributes.ncd ? p.ncd_clinic_visits_per_year * p.ncd_clinic_screening_coverage : 0.0) +
         (attributes.hiv ? p.hiv_clinic_visits_per_year * p.hiv_clinic_screening_coverage : 0.0);
}

}  // namespace mhsim
