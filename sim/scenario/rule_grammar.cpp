#include "scenario/rule_grammar.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <variant>
#include <vector>

#include "economics/budget_settings.hpp"
#include "scenario/schema.hpp"

namespace mhsim {
namespace {

constexpr std::string_view kOperators = "<>=";

// Words and numbers are split at spaces, at an operator and at '%'.
std::vector<std::string> tokenise(std::string_view text) {
  std::vector<std::string> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    std::size_t end = i + 1;
    if (c == ' ' || c == '\t') {
      ++i;
      continue;
    }
    if (kOperators.find(c) != std::string_view::npos) {
      while (end < text.size() && kOperators.find(text[end]) != std::string_view::npos) ++end;
    } else if (c != '%') {
      while (end < text.size() && text[end] != ' ' && text[end] != '\t' && text[end] != '%' &&
             kOperators.find(text[end]) == std::string_view::npos) {
        ++end;
      }
    }
    tokens.emplace_back(text.substr(i, end - i));
    i = end;
  }
  return tokens;
}

std::optional<double> number_of(const std::string& token) {
  double value = 0;
  const char* first = token.data() + (token.starts_with('+') ? 1 : 0);
  const auto [end, error] = std::from_chars(first, token.data() + token.size(), value);
  if (error != std::errc() || end != token.data() + token.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

class Reader {
 public:
  explicit Reader(std::string_view text) : tokens_(tokenise(text)) {}

  const std::string& peek() const { return at_end() ? empty_ : tokens_[next_]; }
  bool at_end() const { return next_ >= tokens_.size(); }
  std::string take() { return at_end() ? empty_ : tokens_[next_++]; }
  std::optional<GrammarProblem> fail(std::string expected) const { return GrammarProblem{peek(), std::move(expected)}; }
  bool accept(std::string_view word) {
    if (at_end() || tokens_[next_] != word) return false;
    ++next_;
    return true;
  }

 private:
  std::vector<std::string> tokens_;
  std::size_t next_ = 0;
  std::string empty_;
};

std::optional<GrammarProblem> finish(const Reader& reader) {
  if (reader.at_end()) return std::nullopt;
  return reader.fail("the end of the clause");
}

// A policy key a rule may change: a number, an integer or one label of a table of free numbers.
std::optional<std::string> policy_key_problem(const std::string& key_path) {
  const FieldSpec* field = find_field(key_path);
  const FieldSpec* table = field ? nullptr : find_field(parent_key_path(key_path));
  if (table && table->kind != FieldKind::labelled_numbers) table = nullptr;
  if (!field && !table) return unknown_key_expectation(key_path);
  const FieldSpec& spec = field ? *field : *table;
  if (!spec.policy) return "a policy key, one a timeline may set; " + key_path + " is not";
  if (spec.key_path == "budget.per_100k_per_year_by_line") {  // the first year's budgets price the plan, not buy more
    return "a key whose change buys something; to give a line money, move <n>% of budget.<line> to budget.<line>";
  }
  if (field && field->kind == FieldKind::labelled_numbers) {
    return "one label of " + key_path + ", e.g. " + key_path + "." + std::string(field->labels.front());
  }
  if (field && field->kind == FieldKind::text) return "a key holding a number; " + key_path + " holds text";
  if (table && std::find(table->labels.begin(), table->labels.end(), key_path.substr(table->key_path.size() + 1)) ==
                   table->labels.end()) {
    return unknown_key_expectation(key_path);
  }
  if (table && table->share_sum != ShareSum::free) {
    return "a key a rule can change alone; the labels of " + table->key_path + " must sum to a whole";
  }
  return std::nullopt;
}

// budget.<line>: the label of a budget line, or nullopt.
std::optional<std::string> budget_line(const std::string& token) {
  if (!token.starts_with("budget.")) return std::nullopt;
  const std::string line = token.substr(7);
  if (std::find(kBudgetLineLabels.begin(), kBudgetLineLabels.end(), line) == kBudgetLineLabels.end())
    return std::nullopt;
  return line;
}

std::string budget_lines() {
  std::vector<std::string> lines;
  for (std::string_view line : kBudgetLineLabels) lines.push_back("budget." + std::string(line));
  return join_or(lines);
}

std::optional<GrammarProblem> parse_move(Reader& reader, RuleAction& action) {
  const std::optional<double> amount = number_of(reader.peek());
  if (!amount || *amount <= 0 || *amount > 100) return reader.fail("the percentage moved, a number in (0, 100]");
  reader.take();
  if (!reader.accept("%")) return reader.fail("% after the amount: a move is a share of the line's budget");
  if (!reader.accept("of")) return reader.fail("of");
  const std::optional<std::string> from = budget_line(reader.peek());
  if (!from) return reader.fail("the budget line the money leaves: " + budget_lines());
  reader.take();
  if (!reader.accept("to")) return reader.fail("to");
  const std::optional<std::string> to = budget_line(reader.peek());
  if (!to || *to == *from) return reader.fail("another budget line the money goes to: " + budget_lines());
  reader.take();
  action = RuleAction{.verb = RuleVerb::move, .key_path = *from, .to_line = *to, .amount = *amount, .percent = true};
  return finish(reader);
}

}  // namespace

std::optional<GrammarProblem> parse_condition(std::string_view text, Rule& rule) {
  Reader reader(text);
  const std::string figure = reader.take();
  if (figure.empty()) return reader.fail("a recorded figure, e.g. wait_p90_started_weeks.high_intensity");
  auto resolved = resolve_figure(figure);
  if (auto* expected = std::get_if<std::string>(&resolved)) return GrammarProblem{figure, *expected};
  rule.figure = std::get<Figure>(resolved);
  constexpr std::array<std::pair<std::string_view, Comparison>, 4> kComparisons{
      {{">", Comparison::above}, {">=", Comparison::at_least}, {"<", Comparison::below}, {"<=", Comparison::at_most}}};
  const auto op =
      std::find_if(kComparisons.begin(), kComparisons.end(), [&](auto& c) { return c.first == reader.peek(); });
  if (op == kComparisons.end()) return reader.fail("an operator after the figure: >, >=, < or <=");
  reader.take();
  rule.comparison = op->second;
  const std::optional<double> threshold = number_of(reader.peek());
  if (!threshold) return reader.fail("a number to compare the figure with");
  reader.take();
  rule.threshold = *threshold;
  return finish(reader);
}

std::optional<GrammarProblem> parse_action(std::string_view text, Rule& rule) {
  Reader reader(text);
  if (reader.accept("move")) return parse_move(reader, rule.action);
  RuleAction action;
  if (reader.accept("set")) {
    action.verb = RuleVerb::set;
  } else if (reader.accept("raise")) {
    action.verb = RuleVerb::raise;
  } else if (reader.accept("lower")) {
    action.verb = RuleVerb::lower;
  } else {
    return reader.fail("an action: set, raise, lower or move");
  }
  action.key_path = reader.peek();
  if (auto problem = policy_key_problem(action.key_path)) return reader.fail(*problem);
  reader.take();
  const bool set = action.verb == RuleVerb::set;
  if (!reader.accept(set ? "to" : "by")) return reader.fail(set ? "to" : "by");
  const std::optional<double> amount = number_of(reader.peek());
  if (!amount || (!set && *amount <= 0)) {
    return reader.fail(set ? "the number the key is set to" : "a number above 0, optionally followed by %");
  }
  if (const ValueRange& range = field_holding(action.key_path).range; set && !range.contains(*amount)) {
    return reader.fail("a value of " + action.key_path + " " + range.describe());
  }
  reader.take();
  action.amount = *amount;
  action.percent = !set && reader.accept("%");
  rule.action = action;
  return finish(reader);
}

}  // namespace mhsim
