#include "youth/youth_rates.hpp"

#include "population/youth_age.hpp"

namespace mhsim {

double youth_acceptability_factor(const YouthPathwaySettings& youth_pathway, const PersonAttributes& attributes) {
  if (!in_youth_pathway_ages(attributes)) return 1.0;
  const double barrier = youth_pathway.acceptability_factor;
  return barrier + (1.0 - barrier) * youth_pathway.one_stop_gap_closed_share;
}

double pupil_help_seeking_rate_ratio(const SchoolSupportSettings& school, const PersonAttributes& attributes) {
  if (!at_school_age(attributes)) return 1.0;
  return 1.0 + (school.teacher_help_seeking_rate_ratio - 1.0) * school.trained_teacher_share;
}

double teacher_identification_rate_per_year(const SchoolSupportSettings& school, const PersonAttributes& attributes,
                                            const PersonState& state) {
  if (!at_school_age(attributes) || static_cast<CmdState>(state.cmd) == CmdState::none) return 0.0;
  return school.trained_teacher_share * school.teacher_identification_rate_per_year;
}

}  // namespace mhsim
