#pragma once
// A woman's perinatal phase moves on: conception, birth (the end of the
// pregnancy), and the end of the postnatal year (docs/model.md, "Perinatal").
#include "event/step.hpp"
#include "recording/stocks.hpp"

namespace mhsim {

void on_perinatal_transition(Step& step, PersonId id, double now);

// A woman pregnant or postnatal counts in the perinatal stocks: with a disorder, and treated (in a
// care step or on the perinatal team's caseload).
void add_perinatal_stocks(StockSet& set, const PersonAttributes& a, const PersonState& state);

}  // namespace mhsim
