#pragma once
// What every component builds its scenario rows with: named ranges, so a row
// reads as the meaning of its number, and field makers that spell each key
// once, as the member path it fills. Included by the *_schema.cpp files only.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "scenario/schema.hpp"

namespace mhsim {

inline constexpr double kInfinity = std::numeric_limits<double>::infinity();

// Named ranges shared by several components; a range only one uses lives with its rows.
inline constexpr ValueRange kShare{.min = 0, .max = 1};         // shares and probabilities
inline constexpr ValueRange kRate{.min = 0, .max = kInfinity};  // events per person-year
// A rate ratio of 0 would silently switch a process off.
inline constexpr ValueRange kRateRatio{.min = 0, .max = kInfinity, .min_open = true};
// Mortality ratios beyond 100 have no place in a population model (the highest published,
// just after release from prison, is about 13); larger ones empty the population within a year.
inline constexpr ValueRange kMortalityRateRatio{.min = 0, .max = 100, .min_open = true};
// An access factor of 0 closes a door, which is a lever.
inline constexpr ValueRange kFactor{.min = 0, .max = kInfinity};
inline constexpr ValueRange kPositive{.min = 0, .max = kInfinity, .min_open = true};
inline constexpr ValueRange kNetGrowth{.min = -1, .max = 1};  // net entries beyond replacement may be negative
inline constexpr ShareSum kSumsToOne = ShareSum::exactly_one;
inline constexpr ShareSum kSumsToAtMostOne = ShareSum::at_most_one;

// Whether a reform forked from a burn-in may change a row (scenario/policy_change.hpp):
// policy acts only from the fork on; the rest shaped the state the burn-in built.
enum class AtFork : bool { fixed, may_change };

// Appends a component's rows, in their order, marked as a fork may treat them.
inline void append_fields(std::vector<FieldSpec>& fields, AtFork at_fork, std::vector<FieldSpec> rows) {
  for (FieldSpec& row : rows) {
    row.policy = at_fork == AtFork::may_change;
    fields.push_back(std::move(row));
  }
}

template <typename Access>
using MemberOf = std::remove_cvref_t<decltype(std::declval<Access>()(std::declval<Scenario&>()))>;

// A scalar field; its kind follows from the member's type.
template <typename Access>
FieldSpec make_field(std::string key_path, Access access, ValueRange range = {}) {
  using Member = MemberOf<Access>;
  FieldSpec f;
  f.key_path = std::move(key_path);
  f.range = range;
  if constexpr (std::is_same_v<Member, std::string>) {
    f.kind = FieldKind::text;
    f.store = [access](Scenario& s, const FieldValue& v) { access(s) = std::get<std::string>(v); };
    f.read = [access](const Scenario& s) -> FieldValue { return access(s); };
  } else if constexpr (std::is_integral_v<Member>) {
    f.kind = FieldKind::integer;
    f.store = [access](Scenario& s, const FieldValue& v) {
      access(s) = static_cast<Member>(std::get<std::int64_t>(v));
    };
    f.read = [access](const Scenario& s) -> FieldValue { return static_cast<std::int64_t>(access(s)); };
  } else {
    static_assert(std::is_same_v<Member, double>);
    f.kind = FieldKind::number;
    f.store = [access](Scenario& s, const FieldValue& v) { access(s) = std::get<double>(v); };
    f.read = [access](const Scenario& s) -> FieldValue { return access(s); };
  }
  return f;
}

// Numbers keyed by the labels of an attribute; the array and the labels must agree in size.
template <typename Access, std::size_t N>
FieldSpec make_field(std::string key_path, Access access, ValueRange range,
                     const std::array<std::string_view, N>& labels, ShareSum share_sum = ShareSum::free) {
  static_assert(std::is_same_v<MemberOf<Access>, std::array<double, N>>, "one label per array entry");
  FieldSpec f;
  f.key_path = std::move(key_path);
  f.kind = FieldKind::labelled_numbers;
  f.range = range;
  f.labels = labels;
  f.share_sum = share_sum;
  f.store = [access](Scenario& s, const FieldValue& v) {
    const auto& numbers = std::get<std::vector<double>>(v);
    std::copy(numbers.begin(), numbers.end(), access(s).begin());
  };
  f.read = [access](const Scenario& s) -> FieldValue {
    return std::vector<double>(access(s).begin(), access(s).end());
  };
  return f;
}

// One of a fixed set of words, stored as the enum whose values the labels name in order.
template <typename Access, std::size_t N>
FieldSpec make_choice_field(std::string key_path, Access access, const std::array<std::string_view, N>& labels) {
  using Member = MemberOf<Access>;
  static_assert(std::is_enum_v<Member>, "a choice is stored as an enum");
  FieldSpec f;
  f.key_path = std::move(key_path);
  f.kind = FieldKind::text;
  f.labels = labels;
  f.store = [access, &labels](Scenario& s, const FieldValue& v) {
    const auto found = std::find(labels.begin(), labels.end(), std::get<std::string>(v));
    access(s) = static_cast<Member>(found - labels.begin());
  };
  f.read = [access, &labels](const Scenario& s) -> FieldValue {
    return std::string(labels[static_cast<std::size_t>(access(s))]);
  };
  return f;
}

// A number in each of a repeated group of settings (every service, every cadre).
template <typename Settings>
struct MemberField {
  std::string_view name;
  double Settings::*member;
  ValueRange range;
};

// The key path is spelled once, as the member path, so key and member cannot drift apart.
#define MHSIM_TOP_FIELD(member, ...) \
  make_field(                        \
      #member, [](auto& s) -> auto& { return s.member; } __VA_OPT__(, ) __VA_ARGS__)
#define MHSIM_FIELD(section, member, ...) \
  make_field(                             \
      #section "." #member, [](auto& s) -> auto& { return s.section.member; } __VA_OPT__(, ) __VA_ARGS__)
#define MHSIM_MEMBER_FIELD(Settings, member, range) (MemberField<Settings>{#member, &Settings::member, range})

}  // namespace mhsim
