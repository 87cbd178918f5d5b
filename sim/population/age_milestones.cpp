#include "population/age_milestones.hpp"

#include <algorithm>
#include <cmath>

#include "event/draw_purpose.hpp"
#include "population/youth_age.hpp"

namespace mhsim {
namespace {

// Above the float rounding of an event's day (about a minute over 13 years), far below a day.
constexpr double kToleranceYears = 1e-4;

// The age the person's youth stage ends at (kNever for an adult).
double youth_stage_end_years(const PersonAttributes& a) {
  return youth_age_of(a) == YouthAge::adult ? kNever : kYouthAgeUpperYears[a.youth_age];
}

}  // namespace

double next_ageing_day(const Population& people, PersonId id, double now) {
  const PersonState& s = people.state(id);
  const std::size_t next_band = s.age_band + 1u;
  double next_age = next_band < kAgeBandCount ? kAgeBandLowerYears[next_band] : kNever;
  if (people.age_years(id, now) < kLabourForceAgeYears - kToleranceYears) {
    next_age = std::min(next_age, kLabourForceAgeYears);
  }
  next_age = std::min(next_age, youth_stage_end_years(people.attributes(id)));
  return next_age == kNever ? kNever : people.birth_day(id) + next_age * kDaysPerYear;
}

AgeMilestones milestones_reached(const Population& people, PersonId id, double now) {
  const PersonState& s = people.state(id);
  const double age = people.age_years(id, now);
  const std::size_t next_band = s.age_band + 1u;
  const bool youth_stage = age + kToleranceYears >= youth_stage_end_years(people.attributes(id));
  return {.next_band = next_band < kAgeBandCount && age + kToleranceYears >= kAgeBandLowerYears[next_band],
          .labour_force = std::abs(age - kLabourForceAgeYears) < kToleranceYears,
          .youth_stage = youth_stage,
          .adult = youth_stage && youth_age_of(people.attributes(id)) == YouthAge::age_12_17};
}

void enter_labour_force(Population& people, PersonId id, const PopulationSettings& demographics,
                        const KeyedRandom& random) {
  KeyedStream stream = random.stream(id, 0, purpose_of(DrawPurpose::labour_force_entry));
  people.attributes(id).employment = draw_category(demographics.employment_share, stream);
}

}  // namespace mhsim
