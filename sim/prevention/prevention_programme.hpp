#pragma once
// The three prevention programmes: who each is for, its settings, and the onset
// rate ratio it leaves some years after reaching a person (docs/model.md, "Prevention").
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "population/population.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

enum class PreventionProgramme : std::uint8_t { workplace, school, parenting };
inline constexpr std::size_t kPreventionProgrammeCount = 3;
inline constexpr std::array<std::string_view, kPreventionProgrammeCount> kPreventionProgrammeLabels{
    "workplace", "school", "parenting"};

// One programme's levers, read from [prevention].
struct ProgrammeLevers {
  double reach_per_year;
  double onset_rate_ratio;  // just after being reached
  double half_life_years;
  double cost_per_person_reached;
};
ProgrammeLevers levers_of(const PreventionSettings& prevention, PreventionProgramme programme);

// 1 - (1 - ratio at reach) x 2^(-years / half-life): the distance to 1 halves each half-life.
double decayed_onset_rate_ratio(const ProgrammeLevers& levers, double years_since_reach);

// In the programme's target group now: in work; under the school-leaving age; in the postnatal year.
bool in_target_group(const Scenario& scenario, const Population& people, PersonId id, PreventionProgramme programme,
                     double now);

// In the target group at a past round on `round_day`, as far as the person's state now tells (the
// model keeps no history of work or births): the round's age for school; for work, in work now (taken
// to have been in work then, and the protection held only while in work); for parenting, in the
// postnatal year now and already at the round (the protection ends with the postnatal year).
bool was_in_target_group(const Scenario& scenario, const Population& people, PersonId id, PreventionProgramme programme,
                         double round_day, double now);

}  // namespace mhsim
