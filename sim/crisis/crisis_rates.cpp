#include "crisis/crisis_rates.hpp"

#include "community/programme.hpp"
#include "crisis/crisis_stage.hpp"
#include "illness/illness_rates.hpp"
#include "justice/release_risk.hpp"
#include "severe_illness/severe_illness_rates.hpp"

namespace mhsim {

double crisis_rate_per_year(const Scenario& scenario, const Population& people, PersonId id) {
  const PersonState& state = people.state(id);
  const auto stage = static_cast<CrisisStage>(state.crisis_stage);
  if (is_crisis_place(stage)) return 0;  // one crisis at a time
  double rate = 0;
  if (has_cmd(people, id)) {
    const bool untreated = static_cast<CarePlace>(state.care_place) != CarePlace::in_treatment;
    rate +=
        scenario.common_mental_disorder.crisis_rate_per_year[index_of(severity_of(static_cast<CmdState>(state.cmd)))] *
        (untreated ? scenario.crisis.rate_ratio_untreated : 1.0);
  }
  switch (static_cast<SmiState>(people.state(id).smi)) {
    case SmiState::none: break;
    case SmiState::stable: rate += scenario.severe_mental_illness.crisis_rate_per_year_stable; break;
    case SmiState::acute: rate += scenario.severe_mental_illness.crisis_rate_per_year_acute; break;
  }
  rate *= scenario.crisis.rate_ratio_by_housing[people.attributes(id).housing] * scenario.demand.crisis_rate_ratio;
  if (in_programme(state, Programme::assertive_community_treatment)) {
    rate *= scenario.assertive_community_treatment.crisis_rate_ratio;
  }
  rate *= smi_team_crisis_rate_ratio(scenario, state);
  if (in_release_window(state)) {
    rate *= after_release_ratio(scenario, scenario.release.crisis_rate_ratio, state);
  } else if (stage == CrisisStage::after_inpatient || stage == CrisisStage::after_crisis_care) {
    rate *= after_discharge_ratio(scenario.follow_up, scenario.follow_up.crisis_rate_ratio_after_discharge, state);
  }
  return rate;
}

}  // namespace mhsim
