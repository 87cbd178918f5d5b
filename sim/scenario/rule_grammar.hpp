#pragma once
// The grammar of a rule's `when` and `then` (scenario/rules.hpp), read by hand:
//   when := <figure> <op> <number>            op := > | >= | < | <=
//   then := set <key> to <number>
//         | (raise | lower) <key> by <number> [%]
//         | move <number> % of budget.<line> to budget.<line>
#include <optional>
#include <string>
#include <string_view>

#include "scenario/rules.hpp"

namespace mhsim {

// What is wrong with a clause: the token where reading stopped (empty at the end) and what was expected there.
struct GrammarProblem {
  std::string token;
  std::string expected;
};

// Fill the rule's condition, or its action, from `text`; the first problem, if any.
std::optional<GrammarProblem> parse_condition(std::string_view text, Rule& rule);
std::optional<GrammarProblem> parse_action(std::string_view text, Rule& rule);

}  // namespace mhsim
