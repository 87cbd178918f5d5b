#pragma once
// Learning-system rules: at the end of each complete reported quarter a rule
// reads a recorded figure and, when its condition has held at enough
// consecutive reviews, changes a policy key or moves money between budget
// lines, as a timeline change would (simulation/reviews.cpp). No code runs:
// a rule is a condition and an action in a small grammar.
//
// In TOML, one [[rule]] entry per rule, reviewed in file order:
//   [[rule]]
//   name = "therapy waits to target"
//   when = "wait_p90_started_weeks.high_intensity > 12"    # <figure> <op> <number>; op >, >=, <, <=
//   for_quarters = 2                                       # consecutive reviews it held (default 1)
//   then = "move 5% of budget.inpatient to budget.psychological_therapy"
//   at_most = 3                                            # firings (required)
//   never_above = 30.0                                     # optional bounds on the key changed
// Actions: set <key> to <n>; raise <key> by <n>[%]; lower <key> by <n>[%];
// move <n>% of budget.<line> to budget.<line>. Keys are policy keys (a number,
// an integer or one label of a table of numbers that need not sum to 1).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "recording/figures.hpp"
#include "scenario/scenario.hpp"
#include "scenario/schema.hpp"

namespace mhsim {

enum class Comparison : std::uint8_t { above, at_least, below, at_most };
enum class RuleVerb : std::uint8_t { set, raise, lower, move };

struct RuleAction {
  RuleVerb verb = RuleVerb::set;
  std::string key_path;  // the policy key; for a move, the line the money leaves ("inpatient")
  std::string to_line;   // a move only: the line it goes to
  double amount = 0;
  bool percent = false;  // raise/lower by a percentage of the value (always so for a move)
};

struct Rule {
  std::string name;
  std::string when, then;  // as written
  Figure figure;
  Comparison comparison = Comparison::above;
  double threshold = 0;
  std::int64_t for_quarters = 1;
  std::int64_t at_most = 1;
  std::optional<double> never_above, never_below;  // for a move: the receiving line, and the line money leaves
  RuleAction action;

  bool holds(double value) const;  // false for NaN (a quarter with nobody to measure)
};

// The rules as [[rule]] entries, to follow a resolved scenario's TOML.
std::string write_rules_toml(const std::vector<Rule>& rules);

// The field that holds a key a rule may change: its own, or the table it is one label of.
const FieldSpec& field_holding(const std::string& key_path);
// A policy key's number in `plan`: a number, an integer or one label of a table of numbers.
double policy_number(const Scenario& plan, const std::string& key_path);
void set_policy_number(Scenario& plan, const std::string& key_path, double value);

}  // namespace mhsim
