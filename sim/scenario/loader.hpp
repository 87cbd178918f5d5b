#pragma once
// Reads a scenario: TOML text -> `extends` chain merged -> overrides applied
// -> every key checked against the schema -> Scenario, and its timeline
// (scenario/timeline.hpp) and rules (scenario/rules.hpp; a file's timeline or rules
// replace those it extends). Every problem found is
// reported at once, each naming the file, the key path, the value and what was
// expected.
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "scenario/rules.hpp"
#include "scenario/scenario.hpp"
#include "scenario/timeline.hpp"

namespace mhsim {

struct ScenarioProblem {
  std::string file;      // the file the key came from ("<override>" for an override)
  int line = 0;          // in that file, 0 when unknown
  std::string key_path;  // dotted, e.g. "population.size"; empty for a whole-file problem
  std::string value;     // as written, empty if none
  std::string expected;  // what would have been valid, including close valid keys for a misspelling
  std::string message() const;  // "file:line: key_path = value: expected"
};

// The problems a reader of one file finds, gathered so that all are reported at once.
class ProblemList {
 public:
  explicit ProblemList(std::string file) : file_(std::move(file)) {}
  void add(int line, std::string key_path, std::string value, std::string expected) {
    problems_.push_back(ScenarioProblem{.file = file_,
                                        .line = line,
                                        .key_path = std::move(key_path),
                                        .value = std::move(value),
                                        .expected = std::move(expected)});
  }
  std::vector<ScenarioProblem>& all() { return problems_; }

 private:
  std::string file_;
  std::vector<ScenarioProblem> problems_;
};

class ScenarioError : public std::runtime_error {
 public:
  explicit ScenarioError(std::vector<ScenarioProblem> problems);
  const std::vector<ScenarioProblem>& problems() const { return problems_; }

 private:
  std::vector<ScenarioProblem> problems_;
};

// A validated scenario and the fully resolved TOML it came from: reloading
// `resolved_toml` with load_scenario_text gives the same Scenario.
struct LoadedScenario {
  Scenario scenario;
  std::string resolved_toml;
  std::string origin;                    // path or name it was loaded from
  std::vector<TimelineChange> timeline;  // policy changes inside the reported horizon, in time order
  std::vector<Rule> rules;               // learning-system rules, reviewed each quarter in this order
};

// An override is "dotted.key=value" with value in TOML syntax; a value that
// is not valid TOML is taken as a string.
LoadedScenario load_scenario_file(const std::filesystem::path& path,
                                  const std::vector<std::string>& overrides = {});

// `origin` names the text in errors; `extends` paths resolve against base_directory.
LoadedScenario load_scenario_text(std::string_view toml_text, const std::string& origin,
                                  const std::vector<std::string>& overrides = {},
                                  const std::filesystem::path& base_directory = ".");

}  // namespace mhsim
