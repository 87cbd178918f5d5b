#pragma once
// Units of time the model converts between (days are the simulation's clock).
#include "core/attributes.hpp"

namespace mhsim {

inline constexpr double kHoursPerDay = 24.0;
inline constexpr double kHoursPerWeek = 168.0;
inline constexpr double kMinutesPerDay = 24.0 * 60.0;

}  // namespace mhsim
