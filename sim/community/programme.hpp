#pragma once
// The community programmes a person joins for a spell: peer support,
// employment support (IPS), assertive community treatment, and for severe
// mental illness early intervention in psychosis and community mental health
// teams (sim/severe_illness/). Each has places (from staff), eligibility, a
// first-come, first-served waiting list (but the teams, which take no one on
// when full) and effects on the person's rates (docs/model.md, "Community
// services", "Severe illness in the community").
#include <array>
#include <cstdint>
#include <string_view>

#include "population/person.hpp"

namespace mhsim {

enum class Programme : std::uint8_t {
  peer_support,
  employment_support,
  assertive_community_treatment,
  early_intervention_psychosis,
  community_mental_health_team,  // last: the one programme without a waiting list (PersonState has no bit for it)
};
inline constexpr std::size_t kProgrammeCount = 5;
inline constexpr std::array<std::string_view, kProgrammeCount> kProgrammeLabels{
    "peer_support", "employment_support", "assertive_community_treatment", "early_intervention_psychosis",
    "community_mental_health_team"};

// A community mental health team with a full caseload takes no one on (its
// threshold rises); every other programme keeps a waiting list.
inline constexpr bool keeps_waiting_list(Programme p) {
  return p != Programme::community_mental_health_team;
}
// Early intervention is offered once, at the onset of a first episode; the others whenever services meet a person.
inline constexpr bool offered_when_services_meet(Programme p) {
  return p != Programme::early_intervention_psychosis;
}

// A person's programmes as bits, one per Programme.
inline constexpr std::uint8_t programme_bit(Programme p) {
  return static_cast<std::uint8_t>(1U << static_cast<unsigned>(p));
}

inline bool in_programme(const PersonState& state, Programme p) {
  return (state.programmes & programme_bit(p)) != 0;
}

}  // namespace mhsim
