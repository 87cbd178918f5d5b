#pragma once
// The routes into care: what the hand-off to care carries, and a dimension of
// the results (care_entries by route).
#include <array>
#include <cstdint>
#include <string_view>

namespace mhsim {

// How people enter care.
enum class Route : std::uint8_t {
  help_seeking,  // recognised by a GP at a consultation about it
  front_door,
  self_referral,
  digital_self_help,
  routine_screening,
  school_screening,
  perinatal_screening,
  crisis,
  clinic_screening,  // at a visit to an NCD or HIV clinic (physical_health/)
};
inline constexpr std::array<std::string_view, 9> kRouteLabels{
    "help_seeking",     "front_door",          "self_referral", "digital_self_help", "routine_screening",
    "school_screening", "perinatal_screening", "crisis",        "clinic_screening"};

}  // namespace mhsim
