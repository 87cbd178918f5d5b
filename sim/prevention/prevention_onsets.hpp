#pragma once
// Onsets by the prevention programmes' target groups (docs/outputs.md): by
// employment, and under the school-leaving age; the postnatal year's are
// perinatal_onsets already.
#include "event/step.hpp"

namespace mhsim {

void record_onset_by_target_group(Step& step, PersonId id, double now);

}  // namespace mhsim
