#include "access/screening.hpp"

#include "illness/illness_rates.hpp"
#include "perinatal/perinatal_phase.hpp"
#include "physical_health/comorbidity.hpp"
#include "population/youth_age.hpp"
#include "youth/youth_rates.hpp"

namespace mhsim {

std::array<double, kScreeningRoutes.size()> screens_per_year_by_setting(const Scenario& scenario,
                                                                        const Population& people, PersonId id) {
  const auto& primary_care = scenario.primary_care;
  const auto& screening = scenario.screening;
  const double routine_visits_per_year = primary_care.routine_visit_rate_per_year *
                                         (people.attributes(id).ncd ? primary_care.routine_visit_rate_ratio_ncd : 1.0);
  return {routine_visits_per_year * screening.routine_visit_coverage,
          at_school_age(people.attributes(id)) ? screening.school_screens_per_year : 0.0,
          people.attributes(id).perinatal_phase != 0
              ? scenario.perinatal_care.screens_per_pregnancy / perinatal_years_per_birth(scenario.perinatal)
              : 0.0,
          clinic_screens_per_year(scenario.physical_health, people.attributes(id))};
}

namespace {

double positive_probability(const Scenario& scenario, const Population& people, PersonId id) {
  return has_cmd(people, id) ? scenario.screening.sensitivity : 1.0 - scenario.screening.specificity;
}

}  // namespace

double positive_screen_rate_per_year(const Scenario& scenario, const Population& people, PersonId id) {
  const auto screens = screens_per_year_by_setting(scenario, people, id);
  return (screens[0] + screens[1] + screens[2] + screens[kClinicSetting]) * positive_probability(scenario, people, id) +
         teacher_identification_rate_per_year(scenario.school_support, people.attributes(id), people.state(id));
}

double screens_per_positive_screen(const Scenario& scenario, const Population& people, PersonId id) {
  return 1.0 / positive_probability(scenario, people, id);
}

}  // namespace mhsim
