#pragma once
// Young people's stocks and counts (docs/outputs.md), by youth stage from their age in years: the stocks a
// person under 25 counts in, and the events of young people that the youth figures read.
#include "population/youth_age.hpp"
#include "recording/stocks.hpp"

namespace mhsim {

inline bool is_young(const PersonAttributes& attributes) {
  return youth_age_of(attributes) != YouthAge::adult;
}

inline void add_youth_stocks(const PersonAttributes& attributes, const PersonState& state, StockSet& set) {
  if (state.school_counselled) set.add(Metric::in_school_counselling, 0);
  if (!is_young(attributes)) return;
  set.add(Metric::young_people, attributes.youth_age);
  if (static_cast<CmdState>(state.cmd) == CmdState::none) return;
  set.add(Metric::young_cmd_people, attributes.youth_age);
  if (static_cast<CarePlace>(state.care_place) == CarePlace::in_treatment) {
    set.add(Metric::young_cmd_in_treatment, attributes.youth_age);
  }
}

// Counts an event of a person under 25 by youth stage; nothing for adults.
inline void count_if_young(Recorder& recorder, Metric metric, const PersonAttributes& attributes, PersonCells cell,
                           double amount = 1.0) {
  if (is_young(attributes)) recorder.count(metric, attributes.youth_age, cell, amount);
}

}  // namespace mhsim
