#include "scenario/loader.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <utility>

#include "scenario/rule_reader.hpp"
#include "scenario/schema.hpp"
#include "scenario/timeline_reader.hpp"
#include "scenario/toml_text.hpp"

namespace mhsim {
namespace {

constexpr std::string_view kOverrideFile = "<override>";

// One value as written, with where it was written. Later entries of the
// same key (a file that extends, then overrides) replace earlier ones.
struct Entry {
  const toml::node* node = nullptr;
  std::string file;
  int line = 0;
  std::size_t order = 0;  // merge order, to name the file that set a whole last
};

// Every leaf of the merged scenario by dotted key path; labelled numbers
// are one leaf per label ("population.region_share.urban"), so a file that
// extends another may change one label and keep the rest.
using Entries = std::map<std::string, Entry, std::less<>>;

std::string join_path(std::string_view parent, std::string_view key) {
  return parent.empty() ? std::string(key) : std::string(parent) + "." + std::string(key);
}

// Overrides are one-line documents of their own: a line number there means nothing.
int line_of(const toml::node& node, std::string_view file) {
  return file == kOverrideFile ? 0 : static_cast<int>(node.source().begin.line);
}

class ScenarioReader {
 public:
  explicit ScenarioReader(std::vector<std::string> overrides) : overrides_(std::move(overrides)) {}

  LoadedScenario read(std::string_view text, const std::string& origin, const std::filesystem::path& base_directory) {
    std::vector<std::string> chain;
    read_document(text, origin, base_directory, chain);
    if (unreadable_) throw ScenarioError(std::move(problems_));
    apply_overrides();
    return finish(origin);
  }

  LoadedScenario read_file(const std::filesystem::path& path) {
    const std::string origin = path.lexically_normal().string();
    std::vector<std::string> chain;
    read_path(path, origin, "", 0, chain);
    if (unreadable_) throw ScenarioError(std::move(problems_));
    apply_overrides();
    return finish(origin);
  }

 private:
  LoadedScenario finish(const std::string& origin) {
    Scenario scenario = validate(origin);
    report_missing(origin);
    if (!problems_.empty()) throw ScenarioError(std::move(problems_));
    LoadedScenario loaded{.scenario = scenario,
                          .resolved_toml = write_scenario_toml(scenario),
                          .origin = origin,
                          .timeline = {},
                          .rules = {}};
    if (timeline_.node) {
      loaded.timeline = read_timeline(*timeline_.node, timeline_.file, scenario, loaded.resolved_toml);
      loaded.resolved_toml += write_timeline_toml(loaded.timeline);
    }
    if (rules_.node) {
      loaded.rules = read_rules(*rules_.node, rules_.file);
      loaded.resolved_toml += write_rules_toml(loaded.rules);
    }
    return loaded;
  }

  // A few missing keys are listed one by one; many mean the file should
  // extend a complete scenario, which one line says better than a page.
  void report_missing(const std::string& origin) {
    constexpr std::size_t kListedOneByOne = 5;
    if (missing_.size() <= kListedOneByOne) {
      problems_.insert(problems_.end(), missing_.begin(), missing_.end());
      return;
    }
    std::string keys;
    for (std::size_t i = 0; i < kListedOneByOne; ++i) keys += missing_[i].key_path + ", ";
    problem(origin, 0, "", "",
            "every key of the schema, but " + std::to_string(missing_.size()) + " are missing (" + keys +
                "...); a scenario that changes a few keys should begin with extends = \"<path to baseline.toml>\"");
  }

  void problem(std::string file, int line, std::string key_path, std::string value, std::string expected) {
    problems_.push_back(ScenarioProblem{.file = std::move(file),
                                        .line = line,
                                        .key_path = shortened(std::move(key_path)),
                                        .value = shortened(std::move(value)),
                                        .expected = std::move(expected)});
  }

  // Reads a file named by `extends` (or the top file); `referrer` is the file that named it.
  // `written` is the extends value as the referrer spelled it.
  void read_path(const std::filesystem::path& path, const std::string& written, const std::string& referrer,
                 int referrer_line, std::vector<std::string>& chain) {
    const std::string name = path.lexically_normal().string();
    std::error_code error;
    const std::filesystem::path canonical = std::filesystem::weakly_canonical(path, error);
    const std::string identity = error ? path.lexically_normal().string() : canonical.string();
    for (std::size_t i = 0; i < chain.size(); ++i) {
      if (chain[i] != identity) continue;
      std::string cycle;
      for (std::size_t j = i; j < chain.size(); ++j) cycle += chain[j] + " -> ";
      unreadable_ = true;
      problem(referrer, referrer_line, "extends", toml_string(written), "no cycle of extends, but found " + cycle + identity);
      return;
    }
    if (!std::filesystem::is_regular_file(path, error)) {
      unreadable_ = true;
      if (referrer.empty()) {
        problem(name, 0, "", "", "an existing scenario file (no such file)");
      } else {
        problem(referrer, referrer_line, "extends", toml_string(written),
                "the path of an existing scenario file, relative to the extending file (" + identity +
                    " does not exist)");
      }
      return;
    }
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    if (!in && !in.eof()) {
      unreadable_ = true;
      problem(name, 0, "", "", "a readable file");
      return;
    }
    chain.push_back(identity);
    read_document(text.str(), name, path.parent_path(), chain);
    chain.pop_back();
  }

  // Parses one document, reads what it extends first, then merges its own keys over it.
  void read_document(std::string_view text, const std::string& name, const std::filesystem::path& directory,
                     std::vector<std::string>& chain) {
    auto document = std::make_unique<toml::table>();
    try {
      *document = toml::parse(text, name);
    } catch (const toml::parse_error& e) {
      unreadable_ = true;
      problem(name, static_cast<int>(e.source().begin.line), "", "",
              "valid TOML (" + std::string(e.description()) + ")");
      return;
    }
    if (const toml::node* extends = document->get("extends")) {
      if (const auto* target = extends->as_string()) {
        const std::filesystem::path relative(target->get());
        read_path(directory / relative, std::string(target->get()), name, line_of(*extends, name), chain);
      } else {
        unreadable_ = true;
        problem(name, line_of(*extends, name), "extends", render(*extends),
                "a string: the path of the scenario this one extends");
      }
    }
    for (auto&& [key, value] : *document) {
      if (key.str() == "timeline") timeline_ = ArraySource{.node = &value, .file = name};
      if (key.str() == "rule") rules_ = ArraySource{.node = &value, .file = name};
      if (key.str() == "extends" || key.str() == "timeline" || key.str() == "rule") continue;
      merge(std::string(key.str()), value, name);
    }
    documents_.push_back(std::move(document));
  }

  // Records a node under `key_path`, walking into sections and labelled tables.
  void merge(const std::string& key_path, const toml::node& node, const std::string& file) {
    const FieldSpec* field = find_field(key_path);
    if (field && field->kind == FieldKind::labelled_numbers) {
      if (const auto* table = node.as_table()) {
        for (auto&& [label, value] : *table) record(join_path(key_path, label.str()), value, file);
      } else {
        problem(file, line_of(node, file), key_path, render(node), field->expectation());
      }
      return;
    }
    const FieldSpec* parent = find_field(parent_key_path(key_path));
    if (field || (parent && parent->kind == FieldKind::labelled_numbers)) {
      record(key_path, node, file);
      return;
    }
    if (is_section(key_path)) {
      if (const auto* table = node.as_table()) {
        for (auto&& [key, value] : *table) merge(join_path(key_path, key.str()), value, file);
      } else {
        problem(file, line_of(node, file), key_path, render(node), "a table: [" + key_path + "] is a section of the scenario");
      }
      return;
    }
    const bool misplaced_extends = key_path == "extends" || key_path.ends_with(".extends");
    const std::string expected =
        misplaced_extends ? "extends only at the top of a scenario file" : unknown_key_expectation(key_path);
    problem(file, line_of(node, file), key_path, node.is_table() ? "" : render(node), expected);
  }

  void record(const std::string& key_path, const toml::node& node, const std::string& file) {
    entries_[key_path] = Entry{.node = &node, .file = file, .line = line_of(node, file), .order = next_order_++};
  }

  // "dotted.key=value": the value in TOML syntax, or else taken as a string.
  void apply_overrides() {
    for (const std::string& text : overrides_) {
      const auto equals = text.find('=');
      if (equals == std::string::npos || equals == 0) {
        problem(std::string(kOverrideFile), 0, text, "", "an override of the form dotted.key=value");
        continue;
      }
      std::string key_path = text.substr(0, equals);
      std::string value = text.substr(equals + 1);
      while (!key_path.empty() && key_path.back() == ' ') key_path.pop_back();
      while (!key_path.empty() && key_path.front() == ' ') key_path.erase(0, 1);
      auto document = std::make_unique<toml::table>();
      try {
        *document = toml::parse("value = " + value, kOverrideFile);
      } catch (const toml::parse_error&) {
        document->insert("value", value);
      }
      // A newline in the value would otherwise slip a second key past validation.
      if (document->size() != 1) {
        problem(std::string(kOverrideFile), 0, key_path, value, "one TOML value after '=', not further keys");
        continue;
      }
      merge(key_path, *document->get("value"), std::string(kOverrideFile));
      documents_.push_back(std::move(document));
    }
  }

  // Checks one scalar node against its field; nullopt (and a problem) if it does not fit.
  std::optional<FieldValue> checked_scalar(const FieldSpec& field, const std::string& key_path, const Entry& entry,
                                           FieldKind kind, std::string expected) {
    const toml::node& node = *entry.node;
    if (kind == FieldKind::text) {
      const auto* text = node.as_string();
      const bool allowed = text && (field.labels.empty() || std::find(field.labels.begin(), field.labels.end(),
                                                                      text->get()) != field.labels.end());
      if (allowed) return FieldValue{std::string(text->get())};
      problem(entry.file, entry.line, key_path, render(node), expected);
      return std::nullopt;
    }
    if (kind == FieldKind::integer) {
      const auto* integer = node.as_integer();
      if (integer && field.range.contains(static_cast<double>(integer->get()))) return FieldValue{integer->get()};
      problem(entry.file, entry.line, key_path, render(node), expected);
      return std::nullopt;
    }
    // An integer is a number too: `fte_per_100k = 36` means 36.0.
    std::optional<double> number;
    if (const auto* floating = node.as_floating_point()) number = floating->get();
    if (const auto* integer = node.as_integer()) number = static_cast<double>(integer->get());
    if (number && field.range.contains(*number)) return FieldValue{*number};
    problem(entry.file, entry.line, key_path, render(node), expected);
    return std::nullopt;
  }

  Scenario validate(const std::string& origin) {
    Scenario scenario;
    for (const FieldSpec& field : scenario_fields()) {
      if (field.kind == FieldKind::labelled_numbers) {
        validate_labelled(field, origin, scenario);
        continue;
      }
      const auto found = entries_.find(field.key_path);
      if (found == entries_.end()) {
        missing_.push_back(ScenarioProblem{.file = origin, .key_path = field.key_path, .value = "",
                                           .expected = field.expectation() + ", but it is missing"});
        continue;
      }
      if (auto value = checked_scalar(field, field.key_path, found->second, field.kind, field.expectation())) {
        field.store(scenario, *value);
      }
    }
    // Labels that the labelled field does not have (a misspelled label).
    for (const auto& [key_path, entry] : entries_) {
      if (find_field(key_path)) continue;
      const FieldSpec* parent = find_field(parent_key_path(key_path));
      bool known_label = false;
      if (parent && parent->kind == FieldKind::labelled_numbers) {
        for (std::string_view label : parent->labels) known_label |= join_path(parent->key_path, label) == key_path;
      }
      if (!known_label) problem(entry.file, entry.line, key_path, render(*entry.node), unknown_key_expectation(key_path));
    }
    return scenario;
  }

  void validate_labelled(const FieldSpec& field, const std::string& origin, Scenario& scenario) {
    std::vector<double> numbers;
    std::vector<std::string> missing;
    const Entry* latest = nullptr;
    bool all_valid = true;
    for (std::string_view label : field.labels) {
      const std::string key_path = join_path(field.key_path, label);
      const auto found = entries_.find(key_path);
      if (found == entries_.end()) {
        missing.emplace_back(label);
        all_valid = false;
        continue;
      }
      if (!latest || found->second.order > latest->order) latest = &found->second;
      const auto value = checked_scalar(field, key_path, found->second, FieldKind::number, field.entry_expectation());
      all_valid &= value.has_value();
      numbers.push_back(value ? std::get<double>(*value) : 0.0);
    }
    if (missing.size() == field.labels.size()) {
      missing_.push_back(ScenarioProblem{.file = origin, .key_path = field.key_path, .value = "",
                                         .expected = field.expectation() + ", but it is missing"});
    } else if (!missing.empty()) {
      std::string labels;
      for (const std::string& label : missing) labels += (labels.empty() ? "" : ", ") + label;
      problem(latest->file, latest->line, field.key_path, "",
              field.expectation() + ", but " + labels + (missing.size() == 1 ? " is" : " are") + " missing");
    }
    if (!all_valid) return;
    if (field.share_sum != ShareSum::free) {
      double sum = 0;
      for (double x : numbers) sum += x;
      const bool exact = field.share_sum == ShareSum::exactly_one;
      if (exact ? std::abs(sum - 1.0) > kShareSumTolerance : sum > 1.0 + kShareSumTolerance) {
        std::string shown = "{ ";
        for (std::size_t i = 0; i < numbers.size(); ++i) {
          shown += std::string(i > 0 ? ", " : "") + std::string(field.labels[i]) + " = " + toml_number(numbers[i]);
        }
        problem(latest->file, latest->line, field.key_path, shown + " }",
                std::string(exact ? "shares summing to 1" : "shares summing to at most 1") + " (within " +
                    toml_number(kShareSumTolerance) + "), but they sum to " + toml_number(sum));
        return;
      }
    }
    field.store(scenario, numbers);
  }

  std::vector<std::string> overrides_;
  struct ArraySource {
    const toml::node* node = nullptr;
    std::string file;
  } timeline_, rules_;  // the last file's [[timeline]] and [[rule]], read once the scenario is valid
  std::vector<std::unique_ptr<toml::table>> documents_;  // keep every parsed node alive for the entries
  Entries entries_;
  std::size_t next_order_ = 0;
  std::vector<ScenarioProblem> problems_;
  std::vector<ScenarioProblem> missing_;  // keys no file or override set
  // A file that cannot be read or an extends that cannot be followed: every key
  // would then look missing, so only the problems found so far are reported.
  bool unreadable_ = false;
};

std::string join_messages(const std::vector<ScenarioProblem>& problems) {
  std::string out;
  for (const ScenarioProblem& p : problems) {
    if (!out.empty()) out.append("\n");
    out.append(p.message());
  }
  return out;
}

}  // namespace

std::string ScenarioProblem::message() const {
  std::string out = file;
  if (line > 0) out.append(":").append(std::to_string(line));
  out.append(": ");
  if (!key_path.empty()) {
    out.append(key_path);
    if (!value.empty()) out.append(" = ").append(value);
    out.append(": ");
  }
  out.append("expected ").append(expected);
  return out;
}

ScenarioError::ScenarioError(std::vector<ScenarioProblem> problems)
    : std::runtime_error(join_messages(problems)), problems_(std::move(problems)) {}

LoadedScenario load_scenario_file(const std::filesystem::path& path, const std::vector<std::string>& overrides) {
  return ScenarioReader(overrides).read_file(path);
}

LoadedScenario load_scenario_text(std::string_view toml_text, const std::string& origin,
                                  const std::vector<std::string>& overrides,
                                  const std::filesystem::path& base_directory) {
  return ScenarioReader(overrides).read(toml_text, origin, base_directory);
}

}  // namespace mhsim
