#pragma once
// The cells a person's counts go to now: their stratum (which moves with the age band) and
// their group cell (which moves with housing). Both the kernel and the components ask here.
#include "equity/group_cell.hpp"
#include "population/population.hpp"
#include "recording/recorder.hpp"

namespace mhsim {

inline PersonCells cells_of(const PersonAttributes& a, const PersonState& state) {
  return {stratum_cell(a.region, a.income, a.sex, state.age_band), group_cell(a)};
}

inline PersonCells cells_of(const Population& people, PersonId id) {
  return cells_of(people.attributes(id), people.state(id));
}

}  // namespace mhsim
