#pragma once
// The cells a person's counts go to now: their stratum (which moves with the age band) and
// their group cell (which moves with housing). Both the kernel and the components ask here.
#include "equity/group_cell.hpp"
#include "population/population.hpp"
#include "recording/recorder.hpp"

namespace mhsim {

inline PersonCells cells_of(const Population& people, PersonId id) {
  const PersonAttributes& a = people.attributes(id);
  return {stratum_cell(a.region, a.income, a.sex, people.state(id).age_band), group_cell(a)};
}

}  // namespace mhsim
