#include "prevention/prevention_onsets.hpp"

#include "prevention/prevention_programme.hpp"

namespace mhsim {

void record_onset_by_target_group(Step& step, PersonId id, double now) {
  const PersonCells cell = step.cell_of(id);
  step.recorder.count(Metric::cmd_onsets_by_employment, step.people.attributes(id).employment, cell);
  if (in_target_group(step.scenario, step.people, id, PreventionProgramme::school, now)) {
    step.recorder.count(Metric::cmd_onsets_school_age, 0, cell);
  }
}

}  // namespace mhsim
