#pragma once
// The group cell: who a person is in the ways equity is judged by, beside the stratum
// (region, income, sex, age band) - coverage, the marginalised group, language need
// (an interpreter needed) and housing. Housing moves over time, so the group cell
// is the person's group now, and stocks move between cells as the stratum's do.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/attributes.hpp"
#include "population/person.hpp"

namespace mhsim {

inline constexpr std::array<std::string_view, 2> kLanguageLabels{"no_interpreter_needed", "interpreter_needed"};

// The dimensions of the group cell in a by-group table, outermost first.
inline constexpr std::array<std::string_view, 4> kGroupDimensionNames{"coverage", "marginalised_group", "language",
                                                                      "housing"};

// Coverage x marginalised group x language x housing, housing varying fastest.
inline constexpr std::size_t kGroupCells =
    kCoverageLabels.size() * kMarginalisedGroupLabels.size() * kLanguageLabels.size() * kHousingLabels.size();

inline std::uint8_t group_cell(const PersonAttributes& a) {
  const std::size_t cell =
      ((static_cast<std::size_t>(a.coverage) * kMarginalisedGroupLabels.size() + a.marginalised_group) *
           kLanguageLabels.size() +
       a.interpreter_needed) *
          kHousingLabels.size() +
      a.housing;
  return static_cast<std::uint8_t>(cell);
}

}  // namespace mhsim
