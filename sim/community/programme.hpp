#pragma once
// The community programmes a person joins for a spell: peer support,
// employment support (IPS) and assertive community treatment. Each has
// places (from staff), eligibility, a first-come, first-served waiting list
// and effects on the person's rates (docs/model.md, "Community services").
#include <array>
#include <cstdint>
#include <string_view>

#include "population/person.hpp"

namespace mhsim {

enum class Programme : std::uint8_t { peer_support, employment_support, assertive_community_treatment };
inline constexpr std::size_t kProgrammeCount = 3;
inline constexpr std::array<std::string_view, kProgrammeCount> kProgrammeLabels{"peer_support", "employment_support",
                                                                                "assertive_community_treatment"};

// A person's programmes as bits, one per Programme.
inline constexpr std::uint8_t programme_bit(Programme p) {
  return static_cast<std::uint8_t>(1U << static_cast<unsigned>(p));
}

inline bool in_programme(const PersonState& state, Programme p) {
  return (state.programmes & programme_bit(p)) != 0;
}

}  // namespace mhsim
