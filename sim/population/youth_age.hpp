#pragma once
// Where a person stands among the ages young people's services are defined by (docs/model.md, "School and
// the youth pathway"): school age is under 18, the confidential youth pathway 12-24. Age bands do not hold
// these edges, so the person carries the stage and the ageing process also fires at 12, 18 and 25
// (population/age_milestones.cpp).
#include <array>
#include <cstdint>
#include <string_view>

#include "core/attributes.hpp"
#include "population/person.hpp"

namespace mhsim {

enum class YouthAge : std::uint8_t { under_12, age_12_17, age_18_24, adult };
// The stages recorded by the youth_age axis (adults are not recorded there).
inline constexpr std::array<std::string_view, 3> kYouthAgeLabels{"under_12", "age_12_17", "age_18_24"};
// The age each stage ends at.
inline constexpr std::array<double, 4> kYouthAgeUpperYears{12.0, 18.0, 25.0, kMaximumAgeYears};

inline YouthAge youth_age_at(double age_years) {
  std::size_t stage = 0;
  while (stage + 1 < kYouthAgeUpperYears.size() && age_years >= kYouthAgeUpperYears[stage]) ++stage;
  return static_cast<YouthAge>(stage);
}

static_assert(static_cast<std::uint8_t>(YouthAge::age_12_17) == kLastUnder18YouthStage);

inline YouthAge youth_age_of(const PersonAttributes& attributes) {
  return static_cast<YouthAge>(attributes.youth_age);
}
inline bool at_school_age(const PersonAttributes& attributes) {
  return youth_age_of(attributes) <= YouthAge::age_12_17;
}
inline bool in_youth_pathway_ages(const PersonAttributes& attributes) {
  const YouthAge stage = youth_age_of(attributes);
  return stage == YouthAge::age_12_17 || stage == YouthAge::age_18_24;
}

}  // namespace mhsim
