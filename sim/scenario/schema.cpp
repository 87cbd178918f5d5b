#include "scenario/schema.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <utility>

#include "scenario/schema_fields.hpp"

namespace mhsim {
namespace {

std::string_view leaf_of(std::string_view key_path) {
  const auto dot = key_path.rfind('.');
  return dot == std::string_view::npos ? key_path : key_path.substr(dot + 1);
}

struct SchemaIndex {
  std::vector<FieldSpec> fields = build_scenario_fields();
  std::map<std::string, std::size_t, std::less<>> field_by_path;
  std::set<std::string, std::less<>> sections;

  SchemaIndex() {
    for (std::size_t i = 0; i < fields.size(); ++i) {
      field_by_path.emplace(fields[i].key_path, i);
      for (std::string_view p = parent_key_path(fields[i].key_path); !p.empty(); p = parent_key_path(p))
        sections.emplace(p);
    }
  }
};

const SchemaIndex& schema_index() {
  static const SchemaIndex index;
  return index;
}

std::string format_bound(double x) {
  if (std::abs(x) < 1e15 && x == std::trunc(x)) return std::to_string(static_cast<std::int64_t>(x));
  return toml_number(x);
}

// Up to three valid keys near a misspelled one: a sibling a few edits away,
// the same name in another section (a key in the wrong table), or a path
// a few edits away as a whole.
std::vector<std::string> close_keys(std::string_view key_path) {
  constexpr std::size_t kLongestComparedKey = 200;  // edit distance is quadratic
  if (key_path.size() > kLongestComparedKey) return {};
  const std::string_view parent = parent_key_path(key_path);
  const std::string_view leaf = leaf_of(key_path);
  const std::size_t threshold = std::max<std::size_t>(2, leaf.size() / 3);
  std::vector<std::pair<std::size_t, std::string>> scored;
  auto consider = [&](const std::string& candidate) {
    std::size_t d = 0;
    if (parent_key_path(candidate) == parent) {
      // A name cut short ("staff_fte" for "staff_fte_per_100k") is as close as a typo.
      const bool shortened = leaf.size() >= 3 && leaf_of(candidate).starts_with(leaf);
      d = shortened ? 1 : edit_distance(leaf_of(candidate), leaf);
    } else if (leaf_of(candidate) == leaf) {
      d = 1;
    } else {
      d = edit_distance(candidate, key_path);
    }
    if (d <= threshold) scored.emplace_back(d, candidate);
  };
  for (const auto& [path, index] : schema_index().field_by_path) consider(path);
  for (const std::string& path : schema_index().sections) consider(path);
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> keys;
  for (std::size_t i = 0; i < scored.size() && i < 3; ++i) keys.push_back(scored[i].second);
  return keys;
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string join_or(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " or " : ", ";
    out += items[i];
  }
  return out;
}

bool ValueRange::contains(double x) const {
  return std::isfinite(x) && (min_open ? x > min : x >= min) && (max_open ? x < max : x <= max);
}

std::string ValueRange::describe() const {
  const bool has_min = std::isfinite(min);
  const bool has_max = std::isfinite(max);
  if (has_min && has_max && min == max) return "equal to " + format_bound(min);
  if (has_min && has_max) {
    return std::string("in ") + (min_open ? "(" : "[") + format_bound(min) + ", " + format_bound(max) +
           (max_open ? ")" : "]");
  }
  if (has_min) return (min_open ? "> " : ">= ") + format_bound(min);
  if (has_max) return (max_open ? "< " : "<= ") + format_bound(max);
  return "(finite)";
}

std::string FieldSpec::expectation() const {
  switch (kind) {
    case FieldKind::integer: return "an integer " + range.describe();
    case FieldKind::number: return "a number " + range.describe();
    case FieldKind::text: {
      if (labels.empty()) return "a string";
      std::vector<std::string> quoted;
      for (std::string_view label : labels) quoted.push_back(toml_string(label));
      return "one of " + join_or(quoted);
    }
    case FieldKind::labelled_numbers: {
      std::string keys;
      for (std::string_view label : labels) keys += std::string(keys.empty() ? "" : ", ") + std::string(label);
      const char* sum = share_sum == ShareSum::exactly_one   ? ", summing to 1"
                        : share_sum == ShareSum::at_most_one ? ", summing to at most 1"
                                                             : "";
      return "a table of numbers " + range.describe() + " keyed by " + keys + sum;
    }
  }
  return {};
}

std::string FieldSpec::entry_expectation() const {
  return "a number " + range.describe();
}

const std::vector<FieldSpec>& scenario_fields() {
  return schema_index().fields;
}

const FieldSpec* find_field(std::string_view key_path) {
  const SchemaIndex& index = schema_index();
  const auto found = index.field_by_path.find(key_path);
  return found == index.field_by_path.end() ? nullptr : &index.fields[found->second];
}

std::string_view parent_key_path(std::string_view key_path) {
  const auto dot = key_path.rfind('.');
  return dot == std::string_view::npos ? std::string_view{} : key_path.substr(0, dot);
}

bool is_section(std::string_view key_path) {
  return schema_index().sections.contains(key_path);
}

std::string unknown_key_expectation(std::string_view key_path) {
  const std::string_view parent = parent_key_path(key_path);
  if (const FieldSpec* field = find_field(parent); field && field->kind == FieldKind::labelled_numbers) {
    return "one of the labels " + join_or(std::vector<std::string>(field->labels.begin(), field->labels.end()));
  }
  if (parent == "services") {
    return "one of the services " + join_or(std::vector<std::string>(kServiceLabels.begin(), kServiceLabels.end()));
  }
  if (parent == "workforce") {
    return "one of the cadres " + join_or(std::vector<std::string>(kCadreLabels.begin(), kCadreLabels.end()));
  }
  const std::vector<std::string> close = close_keys(key_path);
  if (close.empty()) return "a key of the schema; none is similar (see docs/parameters.md)";
  return "a key of the schema; did you mean " + join_or(close) + "?";
}

std::string toml_number(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  std::array<char, 64> buffer{};
  // Whole numbers in full ("100000.0", not "1e+05"); others as the shortest text that reads back exactly.
  const bool whole = std::abs(x) < 1e15 && x == std::trunc(x);
  const auto written = whole ? std::to_chars(buffer.data(), buffer.data() + buffer.size(), x, std::chars_format::fixed)
                             : std::to_chars(buffer.data(), buffer.data() + buffer.size(), x);
  std::string text(buffer.data(), written.ptr);
  if (text.find_first_of(".eE") == std::string::npos) text += ".0";
  return text;
}

std::string toml_string(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
          std::array<char, 8> escaped{};
          std::snprintf(escaped.data(), escaped.size(), "\\u%04x", static_cast<unsigned>(c));
          out += escaped.data();
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

namespace {

std::string toml_value(const FieldSpec& field, const Scenario& scenario) {
  const FieldValue value = field.read(scenario);
  switch (field.kind) {
    case FieldKind::integer: return std::to_string(std::get<std::int64_t>(value));
    case FieldKind::number: return toml_number(std::get<double>(value));
    case FieldKind::text: return toml_string(std::get<std::string>(value));
    case FieldKind::labelled_numbers: break;
  }
  const auto& numbers = std::get<std::vector<double>>(value);
  std::string out = "{ ";
  for (std::size_t i = 0; i < numbers.size(); ++i) {
    out += std::string(i > 0 ? ", " : "") + std::string(field.labels[i]) + " = " + toml_number(numbers[i]);
  }
  return out + " }";
}

}  // namespace

std::string toml_value_at(const Scenario& scenario, std::string_view key_path) {
  if (const FieldSpec* field = find_field(key_path)) return toml_value(*field, scenario);
  const FieldSpec* labelled = find_field(parent_key_path(key_path));
  if (!labelled || labelled->kind != FieldKind::labelled_numbers) return "";
  const FieldValue value = labelled->read(scenario);
  const auto& numbers = std::get<std::vector<double>>(value);
  const std::string_view label = key_path.substr(key_path.rfind('.') + 1);
  for (std::size_t i = 0; i < numbers.size(); ++i) {
    if (labelled->labels[i] == label) return toml_number(numbers[i]);
  }
  return "";
}

std::string write_scenario_toml(const Scenario& scenario) {
  std::string out;
  std::string_view section;
  for (const FieldSpec& field : scenario_fields()) {
    if (parent_key_path(field.key_path) != section) {
      section = parent_key_path(field.key_path);
      out += "\n[" + std::string(section) + "]\n";
    }
    out += std::string(leaf_of(field.key_path)) + " = " + toml_value(field, scenario) + "\n";
  }
  return out;
}

}  // namespace mhsim
