#include "scenario/rule_reader.hpp"

#include <set>

#include "scenario/loader.hpp"
#include "scenario/rule_grammar.hpp"
#include "scenario/schema.hpp"
#include "scenario/toml_text.hpp"

namespace mhsim {
namespace {

constexpr std::string_view kRuleKeys =
    "name, when, then, at_most, and optionally for_quarters, never_above, never_below";

class RuleReader {
 public:
  explicit RuleReader(std::string file) : problems_(std::move(file)) {}

  std::vector<Rule> rules(const toml::node& node) {
    std::vector<Rule> rules;
    const auto* array = node.as_array();
    if (!array || !array->is_array_of_tables()) {
      problem(line_of(node), "rule", render(node), "[[rule]] entries, each a table of " + std::string(kRuleKeys));
      return rules;
    }
    std::set<std::string> names;
    for (std::size_t i = 0; i < array->size(); ++i) {
      const toml::table& table = *array->get(i)->as_table();
      path_ = "rule[" + std::to_string(i + 1) + "]";
      Rule rule = read_rule(table);
      if (!names.insert(rule.name).second) {
        problem(line_of(table), path_ + ".name", toml_string(rule.name),
                "a name no other rule has (firings are named by it)");
      }
      rules.push_back(std::move(rule));
    }
    return rules;
  }

  std::vector<ScenarioProblem>& problems() { return problems_.all(); }

 private:
  static int line_of(const toml::node& node) { return static_cast<int>(node.source().begin.line); }

  void problem(int line, std::string key_path, std::string value, std::string expected) {
    problems_.add(line, std::move(key_path), std::move(value), std::move(expected));
  }

  Rule read_rule(const toml::table& table) {
    for (auto&& [key, value] : table) {
      const std::string name(key.str());
      if (name != "name" && name != "when" && name != "then" && name != "at_most" && name != "for_quarters" &&
          name != "never_above" && name != "never_below") {
        problem(line_of(value), path_ + "." + name, render(value), std::string(kRuleKeys));
      }
    }
    Rule rule;
    rule.name = text(table, "name", "a string naming the rule").value_or(path_);
    const std::string in_rule = " (in rule \"" + rule.name + "\")";
    if (auto when = text(table, "when", "a condition: <figure> <op> <number>, e.g. \"waiting.high_intensity > 500\"")) {
      rule.when = *when;
      if (auto failed = parse_condition(*when, rule)) clause_problem(table, "when", *failed, in_rule);
    }
    if (auto then =
            text(table, "then", "an action: set, raise, lower or move (docs/model.md, \"Learning-system rules\")")) {
      rule.then = *then;
      if (auto failed = parse_action(*then, rule)) clause_problem(table, "then", *failed, in_rule);
    }
    rule.at_most = whole(table, "at_most", std::nullopt).value_or(1);
    rule.for_quarters = whole(table, "for_quarters", 1).value_or(1);
    rule.never_above = number(table, "never_above");
    rule.never_below = number(table, "never_below");
    return rule;
  }

  void clause_problem(const toml::table& table, const char* key, const GrammarProblem& failed,
                      const std::string& in_rule) {
    const std::string token = failed.token.empty() ? "the end" : "'" + failed.token + "'";
    problem(line_of(*table.get(key)), path_ + "." + key, render(*table.get(key)),
            "at " + token + ": " + failed.expected + in_rule);
  }

  std::optional<std::string> text(const toml::table& table, const char* key, const std::string& expected) {
    const toml::node* node = table.get(key);
    if (node && node->as_string()) return std::string(node->as_string()->get());
    if (node || std::string_view(key) != "name") {
      problem(node ? line_of(*node) : line_of(table), path_ + "." + key, node ? render(*node) : "",
              expected + (node ? "" : ", but it is missing"));
    }
    return std::nullopt;
  }

  // A whole number of at least 1; required when it has no default.
  std::optional<std::int64_t> whole(const toml::table& table, const char* key, std::optional<std::int64_t> fallback) {
    const toml::node* node = table.get(key);
    if (!node && fallback) return fallback;
    if (node && node->as_integer() && node->as_integer()->get() >= 1) return node->as_integer()->get();
    problem(node ? line_of(*node) : line_of(table), path_ + "." + key, node ? render(*node) : "",
            std::string("a whole number >= 1") + (node ? "" : ", but it is missing: how many times the rule may fire"));
    return std::nullopt;
  }

  std::optional<double> number(const toml::table& table, const char* key) {
    const toml::node* node = table.get(key);
    if (!node) return std::nullopt;
    if (const auto* floating = node->as_floating_point()) return floating->get();
    if (const auto* integer = node->as_integer()) return static_cast<double>(integer->get());
    problem(line_of(*node), path_ + "." + key, render(*node), "a number bounding the key the rule changes");
    return std::nullopt;
  }

  ProblemList problems_;
  std::string path_;
};

}  // namespace

std::vector<Rule> read_rules(const toml::node& node, const std::string& file) {
  RuleReader reader(file);
  std::vector<Rule> rules = reader.rules(node);
  if (!reader.problems().empty()) throw ScenarioError(std::move(reader.problems()));
  return rules;
}

}  // namespace mhsim
