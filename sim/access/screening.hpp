#pragma once
// Screening (docs/model.md, "Help-seeking and access"): screens a year at
// routine visits, in school and in perinatal care, and how many come back positive.
#include <array>

#include "population/population.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

// Screens a year in each setting (routine visit, school, perinatal), by Route order from routine_screening.
std::array<double, 3> screens_per_year_by_setting(const Scenario& scenario, const Population& people, PersonId id);
// Screens coming back positive, a year, over every setting: true positives for
// people who are ill, false positives for people who are well.
double positive_screen_rate_per_year(const Scenario& scenario, const Population& people, PersonId id);
// The screens a positive screen of this person stands for: 1 / the chance a
// screen of them is positive. Negative screens are not events in the model, so
// the screens given (what screening costs) are counted through the positives.
double screens_per_positive_screen(const Scenario& scenario, const Population& people, PersonId id);

}  // namespace mhsim
