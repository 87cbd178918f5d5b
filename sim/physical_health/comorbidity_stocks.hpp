#pragma once
// The stocks of people with a physical illness (docs/outputs.md): with it, with
// a common mental disorder too, in treatment for that, and treated in their clinic.
#include "physical_health/comorbidity.hpp"
#include "recording/stocks.hpp"

namespace mhsim {

inline void add_comorbidity_stocks(const PersonAttributes& attributes, const PersonState& state, StockSet& set) {
  if (!has_physical_illness(attributes)) return;
  set.add(Metric::physical_illness_people, 0);
  if (static_cast<CmdState>(state.cmd) != CmdState::none) {
    set.add(Metric::comorbid_people, 0);
    if (static_cast<CarePlace>(state.care_place) == CarePlace::in_treatment) set.add(Metric::comorbid_in_treatment, 0);
  }
  if (depression_treated_in_clinic(state)) set.add(Metric::clinic_treated_people, 0);
}

}  // namespace mhsim
