#pragma once
// The categorical attributes of a person, with the labels used in scenario
// files and in results. One place for both so the two never drift apart.
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace mhsim {

enum class AgeBand : std::uint8_t { age_10_14, age_15_24, age_25_44, age_45_64, age_65_plus };
enum class Sex : std::uint8_t { female, male };
enum class Region : std::uint8_t { urban, rural, remote };
enum class Income : std::uint8_t { low, middle, high };
enum class Coverage : std::uint8_t { public_plan, private_plan, uninsured };
enum class Housing : std::uint8_t { stable, unstable, homeless };
enum class Employment : std::uint8_t { employed, unemployed, not_in_labour_force };
enum class Severity : std::uint8_t { mild, moderate, severe };

inline constexpr std::array<std::string_view, 5> kAgeBandLabels{"age_10_14", "age_15_24", "age_25_44",
                                                                "age_45_64", "age_65_plus"};
inline constexpr std::size_t kAgeBandCount = kAgeBandLabels.size();
inline constexpr std::array<double, kAgeBandCount + 1> kAgeBandLowerYears{10.0, 15.0, 25.0, 45.0, 65.0, 101.0};
inline constexpr std::array<std::string_view, 2> kSexLabels{"female", "male"};
inline constexpr std::array<std::string_view, 3> kRegionLabels{"urban", "rural", "remote"};
inline constexpr std::array<std::string_view, 3> kIncomeLabels{"low", "middle", "high"};
inline constexpr std::array<std::string_view, 3> kCoverageLabels{"public", "private", "uninsured"};
inline constexpr std::array<std::string_view, 2> kMarginalisedGroupLabels{"not_marginalised", "marginalised"};
inline constexpr std::array<std::string_view, 3> kHousingLabels{"stable", "unstable", "homeless"};
inline constexpr std::array<std::string_view, 3> kEmploymentLabels{"employed", "unemployed",
                                                                   "not_in_labour_force"};
inline constexpr std::array<std::string_view, 3> kSeverityLabels{"mild", "moderate", "severe"};
inline constexpr std::array<std::string_view, 2> kSmiStateLabels{"stable", "acute"};  // severe mental illness, when present

inline constexpr double kDaysPerYear = 365.25;
inline constexpr double kDaysPerWeek = 7.0;
inline constexpr double kWeeksPerYear = kDaysPerYear / kDaysPerWeek;
// Whole weeks in `years`, as a run counts its burn-in, its horizon and the times of its timeline.
inline std::size_t whole_weeks(double years) {
  return static_cast<std::size_t>(std::llround(years * kDaysPerYear / kDaysPerWeek));
}
inline constexpr double kMinimumAgeYears = 10.0;  // the model's population is aged 10 and over (people enter at 10)
inline constexpr double kLabourForceAgeYears = 16.0;  // England's school-leaving age: no paid work drawn before it
inline constexpr double kAdultAgeYears = 18.0;        // the move from child and adolescent to adult services
inline constexpr double kMaximumAgeYears = 101.0;

template <typename Enum>
constexpr std::size_t index_of(Enum e) {
  return static_cast<std::size_t>(e);
}

}  // namespace mhsim
