#include "prevention/prevention_programme.hpp"

#include <cmath>

#include "perinatal/perinatal_phase.hpp"

namespace mhsim {

ProgrammeLevers levers_of(const PreventionSettings& p, PreventionProgramme programme) {
  switch (programme) {
    case PreventionProgramme::workplace:
      return {p.workplace_reach_per_year, p.workplace_onset_rate_ratio, p.workplace_half_life_years,
              p.workplace_cost_per_person_reached};
    case PreventionProgramme::school:
      return {p.school_reach_per_year, p.school_onset_rate_ratio, p.school_half_life_years,
              p.school_cost_per_person_reached};
    case PreventionProgramme::parenting:
      return {p.parenting_reach_per_year, p.parenting_onset_rate_ratio, p.parenting_half_life_years,
              p.parenting_cost_per_person_reached};
  }
  return {};
}

double decayed_onset_rate_ratio(const ProgrammeLevers& levers, double years_since_reach) {
  return 1.0 - (1.0 - levers.onset_rate_ratio) * std::exp2(-years_since_reach / levers.half_life_years);
}

bool in_target_group(const Scenario& scenario, const Population& people, PersonId id, PreventionProgramme programme,
                     double now) {
  switch (programme) {
    case PreventionProgramme::workplace: return people.attributes(id).employment == index_of(Employment::employed);
    case PreventionProgramme::school: return people.age_years(id, now) < scenario.prevention.school_leaving_age_years;
    case PreventionProgramme::parenting: return perinatal_phase_of(people.attributes(id)) == PerinatalPhase::postnatal;
  }
  return false;
}

bool was_in_target_group(const Scenario& scenario, const Population& people, PersonId id, PreventionProgramme programme,
                         double round_day, double now) {
  switch (programme) {
    case PreventionProgramme::workplace: return in_target_group(scenario, people, id, programme, now);
    case PreventionProgramme::school: {
      // Someone younger than the model's youngest at the round was not yet in the population.
      const double age_then = people.age_years(id, round_day);
      return age_then >= kMinimumAgeYears && age_then < scenario.prevention.school_leaving_age_years;
    }
    case PreventionProgramme::parenting:
      return in_target_group(scenario, people, id, programme, now) &&
             postnatal_start_day(scenario.perinatal, people, id) <= round_day;
  }
  return false;
}

}  // namespace mhsim
