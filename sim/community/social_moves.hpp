#pragma once
// The moves of housing and of work open to a person, each with its rate, and
// the rates at which spells in community programmes end (docs/model.md,
// "Housing and work", "Community services").
#include <array>

#include "community/programme.hpp"
#include "population/population.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

// A social_change event picks one of these moves in proportion to its rate.
struct SocialMoveRates {
  double housing_down_per_year = 0;  // towards homelessness (for a Housing First tenant: leaving the tenancy)
  double housing_up_per_year = 0;
  double employment_per_year = 0;  // into work when unemployed, out of it when employed
  double total_per_year() const { return housing_down_per_year + housing_up_per_year + employment_per_year; }
};
SocialMoveRates social_move_rates(const Scenario& scenario, const Population& people, PersonId id);

// The rate at which each programme's spell ends, 0 for those the person is not in.
std::array<double, kProgrammeCount> programme_exit_rates_per_year(const Scenario& scenario, const PersonState& state);

}  // namespace mhsim
