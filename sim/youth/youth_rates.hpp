#pragma once
// What school support and the youth pathway do to a person's rates (docs/model.md, "School and the youth
// pathway"): pure functions of the person and the scenario, read by access (help-seeking, identification).
#include "population/person.hpp"
#include "youth/youth_settings.hpp"

namespace mhsim {

// The acceptability factor of a person aged 12-24 (1 for everyone else): the barrier, less the share of its
// gap one-stop youth services close.
double youth_acceptability_factor(const YouthPathwaySettings& youth_pathway, const PersonAttributes& attributes);
// The rate ratio on a pupil's own help-seeking from teachers trained (1 for people over school age).
double pupil_help_seeking_rate_ratio(const SchoolSupportSettings& school, const PersonAttributes& attributes);
// Referrals a year by trained teachers of a pupil with a disorder (0 for the well and people over school age).
double teacher_identification_rate_per_year(const SchoolSupportSettings& school, const PersonAttributes& attributes,
                                            const PersonState& state);

}  // namespace mhsim
