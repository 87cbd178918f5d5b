#pragma once
// The risk window after a release from jail (docs/model.md, "Justice after
// arrest"): the after_crisis_care stage of a person released, whose rate
// ratios have their excess cut for people linked to care or treated in jail.
#include "crisis/crisis_stage.hpp"

namespace mhsim {

inline bool in_release_window(const PersonState& state) {
  return state.released_from_jail && static_cast<CrisisStage>(state.crisis_stage) == CrisisStage::after_crisis_care;
}

inline double after_release_ratio(const Scenario& scenario, double rate_ratio, const PersonState& state) {
  double excess = rate_ratio - 1.0;
  if (state.follow_up_linked) excess *= scenario.follow_up.linked_excess_risk_ratio;
  if (state.treated_in_jail) excess *= scenario.jail_care.release_excess_risk_ratio;
  return 1.0 + excess;
}

}  // namespace mhsim
