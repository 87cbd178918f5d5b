#pragma once
// The ages at which the ageing process fires (no process of its own): each age
// band's lower bound, the labour-force age (16), and the ends of the youth stages
// (12, 18 and 25: population/youth_age.hpp), of which 18 is where a young person in
// CAMHS moves to adult care (docs/model.md, "Young people").
#include "population/population.hpp"

namespace mhsim {

// What an ageing event at `now` reaches; more than one when two coincide.
struct AgeMilestones {
  bool next_band = false;
  bool labour_force = false;
  bool youth_stage = false;  // the next youth stage
  bool adult = false;        // 18: the stage after 12-17
};

// The day of the person's next milestone (kNever after the last band).
double next_ageing_day(const Population& people, PersonId id, double now);
AgeMilestones milestones_reached(const Population& people, PersonId id, double now);
// At 16: the person's place in the labour force, drawn from the population's employment shares.
void enter_labour_force(Population& people, PersonId id, const PopulationSettings& demographics,
                        const KeyedRandom& random);

}  // namespace mhsim
