#pragma once
// The scenario schema: every key a scenario file may hold, the values it
// accepts and the Scenario field it fills. One table serves three readers:
// the loader validates and stores with it, the writer prints a resolved
// scenario in its order, and misspelled keys are matched against it.
#include <cstdint>
#include <functional>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "scenario/scenario.hpp"

namespace mhsim {

enum class FieldKind : std::uint8_t { integer, number, text, labelled_numbers };
// What labelled shares must add up to: one whole, or parts of one whole.
enum class ShareSum : std::uint8_t { free, exactly_one, at_most_one };

// The accepted values of a number. Bounds are inclusive unless marked open;
// NaN and infinities are never accepted, so an unbounded side stays finite.
struct ValueRange {
  double min = -std::numeric_limits<double>::infinity();
  double max = std::numeric_limits<double>::infinity();
  bool min_open = false;
  bool max_open = false;

  bool contains(double x) const;
  std::string describe() const;  // "in [0, 1]", ">= 0", "> 0", "equal to 1"
};

// A checked value on its way into a Scenario; labelled numbers are in label order.
using FieldValue = std::variant<std::int64_t, double, std::string, std::vector<double>>;

struct FieldSpec {
  std::string key_path;  // dotted TOML path, which is also the member path in Scenario
  FieldKind kind = FieldKind::number;
  ValueRange range;                          // of the value, or of each labelled entry
  // labelled_numbers: the labels, in Scenario's array order; text: the values allowed (any if empty)
  std::span<const std::string_view> labels;
  ShareSum share_sum = ShareSum::free;
  bool policy = false;  // a reform forked from a burn-in may change it (scenario/policy_change.hpp)
  std::function<void(Scenario&, const FieldValue&)> store;
  std::function<FieldValue(const Scenario&)> read;

  std::string expectation() const;        // "a number in [0, 1]", for the whole value
  std::string entry_expectation() const;  // for one labelled entry
};

inline constexpr double kShareSumTolerance = 1e-3;

// Every field, in the order of Scenario's members (scenario.hpp).
const std::vector<FieldSpec>& scenario_fields();
const FieldSpec* find_field(std::string_view key_path);
// "population.region_share" for "population.region_share.urban"; empty at the top.
std::string_view parent_key_path(std::string_view key_path);

// A table that groups fields: "population", "services", "services.psychological_therapy".
bool is_section(std::string_view key_path);

// What an unknown key should have been: close valid keys by edit distance,
// or the valid labels and services where those are few.
std::string unknown_key_expectation(std::string_view key_path);

// For messages that suggest a name: the edits from one name to another, and "a", "a or b", "a, b or c".
std::size_t edit_distance(std::string_view a, std::string_view b);
std::string join_or(const std::vector<std::string>& items);

// TOML spellings: the shortest text that reads back as the same double
// (always with a '.' or an exponent, so it stays a float), and a quoted string.
std::string toml_number(double x);
std::string toml_string(std::string_view text);

// One key's value as TOML spells it ("" for no such key); a label of a labelled table gives its number.
std::string toml_value_at(const Scenario& scenario, std::string_view key_path);

// The scenario as TOML in schema order, labelled numbers as inline tables.
// Reading it back gives the same Scenario and, written again, the same text.
std::string write_scenario_toml(const Scenario& scenario);

}  // namespace mhsim
