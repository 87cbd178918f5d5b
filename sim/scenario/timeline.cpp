#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <tuple>

#include "core/attributes.hpp"
#include "scenario/loader.hpp"
#include "scenario/policy_change.hpp"
#include "scenario/regional_plans.hpp"
#include "scenario/schema.hpp"
#include "scenario/timeline_reader.hpp"
#include "scenario/toml_text.hpp"

namespace mhsim {
namespace {

constexpr std::string_view kEntryKeys =
    "week, quarter or year (one of them), set, for_weeks, for_quarters or for_years (optional: a change for a period), "
    "regions (optional: the regions it applies to) and note (optional)";
constexpr std::array<std::string_view, 3> kPeriodKeys{"for_weeks", "for_quarters", "for_years"};

struct Entry {
  std::string path;  // "timeline[2]", counted from 1 as a reader counts
  int line = 0;
  TimelineChange change;
  bool timed = false;          // its time was read
  std::size_t end_week = 0;    // a change for a period: the week its keys go back to their values before it
  std::string ends_period_of;  // the path of the entry whose period this one ends
  std::map<std::string, int, std::less<>> value_lines;  // where each key of `set` was written

  int line_of_value(const std::string& key_path) const {
    const auto found = value_lines.find(key_path);
    return found == value_lines.end() ? line : found->second;
  }
  // The indices of the regions it applies to: every region if none are named.
  std::vector<std::size_t> region_indices() const {
    std::vector<std::size_t> indices;
    for (std::size_t r = 0; r < kRegionLabels.size(); ++r) {
      if (change.regions.empty() ||
          std::find(change.regions.begin(), change.regions.end(), kRegionLabels[r]) != change.regions.end()) {
        indices.push_back(r);
      }
    }
    return indices;
  }
  bool shares_a_region_with(const Entry& other) const {
    const auto mine = region_indices(), theirs = other.region_indices();
    return std::any_of(mine.begin(), mine.end(),
                       [&](std::size_t r) { return std::find(theirs.begin(), theirs.end(), r) != theirs.end(); });
  }
};

class TimelineReader {
 public:
  TimelineReader(std::string file, std::size_t horizon_weeks)
      : problems_(std::move(file)), horizon_weeks_(horizon_weeks) {}

  std::vector<Entry> entries(const toml::node& node) {
    std::vector<Entry> entries;
    const auto* array = node.as_array();
    if (!array || !array->is_array_of_tables()) {
      problem(line_of(node), "timeline", render(node),
              "[[timeline]] entries, each a table of " + std::string(kEntryKeys));
      return entries;
    }
    for (std::size_t i = 0; i < array->size(); ++i) {
      const toml::table& table = *array->get(i)->as_table();
      Entry entry;
      entry.path = "timeline[" + std::to_string(i + 1) + "]";
      entry.line = line_of(table);
      read_entry(table, entry);
      entries.push_back(std::move(entry));
    }
    add_ends_of_periods(entries);
    refuse_two_changes_of_a_key_at_once(entries);
    refuse_changes_inside_a_period(entries);
    return entries;
  }

  void problem(int line, std::string key_path, std::string value, std::string expected) {
    problems_.add(line, std::move(key_path), std::move(value), std::move(expected));
  }

  std::vector<ScenarioProblem>& problems() { return problems_.all(); }

 private:
  int line_of(const toml::node& node) const { return static_cast<int>(node.source().begin.line); }

  void read_entry(const toml::table& table, Entry& entry) {
    for (auto&& [key, value] : table) {
      const std::string name(key.str());
      const bool period = std::find(kPeriodKeys.begin(), kPeriodKeys.end(), name) != kPeriodKeys.end();
      if (name != "week" && name != "quarter" && name != "year" && name != "set" && name != "note" &&
          name != "regions" && !period) {
        problem(line_of(value), entry.path + "." + name, render(value), std::string(kEntryKeys));
      }
    }
    if (auto week = read_week(table, entry)) {
      entry.change.week = *week;
      entry.timed = true;
      read_period(table, entry);
    }
    read_regions(table, entry);
    read_values(table, entry);
    if (const toml::node* note = table.get("note")) {
      if (const auto* text = note->as_string()) {
        entry.change.note = text->get();
      } else {
        problem(line_of(*note), entry.path + ".note", render(*note), "a string saying what the change is");
      }
    }
  }

  // The week of the reported horizon the change takes effect at.
  std::optional<std::size_t> read_week(const toml::table& table, const Entry& entry) {
    const std::string expected = "a time inside the reported horizon of " + std::to_string(horizon_weeks_) +
                                 " weeks: week = 0 to " + std::to_string(horizon_weeks_ - 1) +
                                 ", quarter = a whole number from 0, or year = a number from 0";
    std::vector<std::string> given;
    for (const char* unit : {"week", "quarter", "year"}) {
      if (table.get(unit)) given.emplace_back(unit);
    }
    if (given.size() != 1) {
      problem(entry.line, entry.path, given.empty() ? "" : given.front() + " and " + given.back(),
              "exactly one of week, quarter or year");
      return std::nullopt;
    }
    const toml::node& node = *table.get(given.front());
    const std::string key_path = entry.path + "." + given.front();
    std::optional<double> years;
    if (given.front() == "year") {
      if (const auto* number = node.as_floating_point()) years = number->get();
      if (const auto* integer = node.as_integer()) years = static_cast<double>(integer->get());
    } else if (const auto* integer = node.as_integer()) {
      years = static_cast<double>(integer->get()) / (given.front() == "week" ? kWeeksPerYear : 4.0);
    }
    if (!years || !(*years >= 0) || whole_weeks(*years) >= horizon_weeks_) {
      problem(line_of(node), key_path, render(node), expected);
      return std::nullopt;
    }
    return whole_weeks(*years);
  }

  // For a period: the week the change ends, which must fall inside the horizon too.
  void read_period(const toml::table& table, Entry& entry) {
    std::vector<std::string_view> given;
    for (std::string_view unit : kPeriodKeys) {
      if (table.get(unit)) given.push_back(unit);
    }
    if (given.empty()) return;
    if (given.size() > 1) {
      problem(entry.line, entry.path, std::string(given.front()) + " and " + std::string(given.back()),
              "at most one of for_weeks, for_quarters or for_years");
      return;
    }
    const toml::node& node = *table.get(given.front());
    const std::size_t latest = horizon_weeks_ - 1 - entry.change.week;
    std::optional<double> years;
    if (const auto* number = node.as_floating_point(); number && given.front() == "for_years") years = number->get();
    if (const auto* integer = node.as_integer()) {
      const double per_year = given.front() == "for_weeks" ? kWeeksPerYear : given.front() == "for_quarters" ? 4 : 1;
      years = static_cast<double>(integer->get()) / per_year;
    }
    const std::size_t weeks = years && *years > 0 ? whole_weeks(*years) : 0;
    if (weeks < 1 || weeks > latest) {
      problem(line_of(node), entry.path + "." + std::string(given.front()), render(node),
              "a period that ends inside the reported horizon of " + std::to_string(horizon_weeks_) +
                  " weeks: at least a week and at most " + std::to_string(latest) + " weeks from week " +
                  std::to_string(entry.change.week));
      return;
    }
    entry.end_week = entry.change.week + weeks;
  }

  void read_regions(const toml::table& table, Entry& entry) {
    const toml::node* node = table.get("regions");
    if (!node) return;
    const std::string expected =
        "a list of regions, each once, from urban, rural and remote, e.g. regions = [\"urban\"]";
    const auto* list = node->as_array();
    if (!list || list->empty()) {
      problem(line_of(*node), entry.path + ".regions", render(*node), expected);
      return;
    }
    for (const toml::node& item : *list) {
      const auto* name = item.as_string();
      const bool known =
          name && std::find(kRegionLabels.begin(), kRegionLabels.end(), name->get()) != kRegionLabels.end();
      const bool again = known && std::find(entry.change.regions.begin(), entry.change.regions.end(), name->get()) !=
                                      entry.change.regions.end();
      if (!known || again) {
        problem(line_of(item), entry.path + ".regions", render(item), expected);
        continue;
      }
      entry.change.regions.push_back(name->get());
    }
  }

  void read_values(const toml::table& table, Entry& entry) {
    const toml::node* set = table.get("set");
    const toml::table* values = set ? set->as_table() : nullptr;
    if (!values || values->empty()) {
      problem(set ? line_of(*set) : entry.line, entry.path + ".set", set ? render(*set) : "",
              "a table of the policy keys the change sets, e.g. set = { \"mobile_team.teams_per_100k\" = 1.0 }");
      return;
    }
    for (auto&& [key, value] : *values) {
      const std::string key_path(key.str());
      const FieldSpec* field = find_field(key_path);
      if (!field) field = find_field(parent_key_path(key_path));  // one label of a labelled table
      if (!field) {
        problem(line_of(value), entry.path + ".set." + key_path, render(value), unknown_key_expectation(key_path));
      } else if (!field->policy) {
        std::string sections;
        for (const std::string& section : policy_sections()) sections += (sections.empty() ? "" : ", ") + section;
        problem(line_of(value), entry.path + ".set." + key_path, render(value),
                "a policy key, one that may change inside a run (" + sections + "); " + key_path +
                    " shapes the population or its illness from the start");
      } else if (const std::string why = regional_key_problem(key_path);
                 !entry.change.regions.empty() && !why.empty()) {
        problem(line_of(value), entry.path + ".set." + key_path, render(value), why);
      } else {
        entry.change.values.emplace_back(key_path, render(value));
        entry.value_lines[key_path] = line_of(value);
      }
    }
  }

  // Each change for a period gets the change that ends it, setting its keys back (apply_in_time_order fills the
  // values).
  static void add_ends_of_periods(std::vector<Entry>& entries) {
    const std::size_t given = entries.size();
    for (std::size_t i = 0; i < given; ++i) {
      if (entries[i].end_week == 0) continue;
      Entry end;
      end.path = entries[i].path + " (the end of its period)";
      end.line = entries[i].line;
      end.change.week = entries[i].end_week;
      end.timed = true;
      end.change.regions = entries[i].change.regions;
      for (const auto& [key_path, value] : entries[i].change.values) end.change.values.emplace_back(key_path, "");
      end.change.note = "the end of " + (entries[i].change.note.empty() ? entries[i].path : entries[i].change.note);
      end.ends_period_of = entries[i].path;
      end.value_lines = entries[i].value_lines;
      entries.push_back(std::move(end));
    }
  }

  void refuse_changes_inside_a_period(const std::vector<Entry>& entries) {
    for (const Entry& period : entries) {
      if (period.end_week == 0) continue;
      for (const Entry& other : entries) {
        if (other.change.week <= period.change.week || other.change.week >= period.end_week) continue;
        if (!other.shares_a_region_with(period)) continue;
        for (const auto& [key_path, value] : other.change.values) {
          if (!period.value_lines.contains(key_path)) continue;
          problem(other.line_of_value(key_path), other.path + ".set." + key_path, value,
                  "no change of this key inside the period of " + period.path + " (weeks " +
                      std::to_string(period.change.week) + " to " + std::to_string(period.end_week - 1) +
                      "), whose end sets it back");
        }
      }
    }
  }

  void refuse_two_changes_of_a_key_at_once(const std::vector<Entry>& entries) {
    std::map<std::tuple<std::size_t, std::string, std::size_t>, const Entry*> first_setter;  // week, key, region
    for (const Entry& entry : entries) {
      if (!entry.timed) continue;
      for (const auto& [key_path, value] : entry.change.values) {
        for (std::size_t region : entry.region_indices()) {
          const auto [found, inserted] = first_setter.try_emplace({entry.change.week, key_path, region}, &entry);
          if (inserted) continue;
          problem(entry.line_of_value(key_path), entry.path + ".set." + key_path, value,
                  "one change of a key at a time, but " + found->second->path + " sets it in the same week (" +
                      std::to_string(entry.change.week) + ")");
          break;
        }
      }
    }
  }

  ProblemList problems_;
  std::size_t horizon_weeks_;
};

// The values of an entry's keys before it; the regions it names must agree on them (its end sets them back).
std::vector<std::pair<std::string, std::string>> values_before(const Entry& entry,
                                                               const std::vector<std::size_t>& regions,
                                                               const RegionalPlanner& plan, TimelineReader& reader) {
  std::vector<std::pair<std::string, std::string>> before;
  for (const auto& [key_path, value] : entry.change.values) {
    const std::string first = plan.value_at(regions.front(), key_path);
    for (std::size_t r : regions) {
      if (plan.value_at(r, key_path) == first) continue;
      reader.problem(entry.line_of_value(key_path), entry.path + ".set." + key_path, value,
                     "regions that agree on the key before a change for a period (its end sets them back), but " +
                         std::string(kRegionLabels[regions.front()]) + " has " + first + " and " +
                         std::string(kRegionLabels[r]) + " " + plan.value_at(r, key_path) +
                         ": give each its own entry");
      break;
    }
    before.emplace_back(key_path, first);
  }
  return before;
}

// Applies each change, in time order, to the plan before it.
void apply_in_time_order(std::vector<Entry>& entries, TimelineReader& reader, const Scenario& base,
                         const std::string& base_toml, const std::string& file) {
  std::stable_sort(entries.begin(), entries.end(),
                   [](const Entry& a, const Entry& b) { return a.change.week < b.change.week; });
  RegionalPlanner plan(base, base_toml);
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> values_before_period;
  for (Entry& entry : entries) {
    const std::vector<std::size_t> regions = entry.region_indices();
    if (entry.end_week > 0) values_before_period[entry.path] = values_before(entry, regions, plan, reader);
    if (!entry.ends_period_of.empty()) entry.change.values = values_before_period[entry.ends_period_of];
    std::vector<std::string> overrides;
    for (const auto& [key_path, value] : entry.change.values) overrides.push_back(key_path + "=" + value);
    try {
      plan.apply(overrides, regions, file);
    } catch (const ScenarioError& error) {
      for (const ScenarioProblem& p : error.problems()) {
        reader.problem(entry.line_of_value(p.key_path), entry.path + ".set." + p.key_path, p.value, p.expected);
      }
    }
    entry.change.plan = plan.shared();
    if (plan.differ()) entry.change.regional_plans = plan.by_region();
  }
}

}  // namespace

std::vector<TimelineChange> read_timeline(const toml::node& node, const std::string& file, const Scenario& base,
                                          const std::string& base_toml) {
  TimelineReader reader(file, whole_weeks(base.simulation.horizon_years));
  std::vector<Entry> entries = reader.entries(node);
  if (reader.problems().empty()) apply_in_time_order(entries, reader, base, base_toml, file);
  if (!reader.problems().empty()) throw ScenarioError(std::move(reader.problems()));
  std::vector<TimelineChange> timeline;
  for (Entry& entry : entries) timeline.push_back(std::move(entry.change));
  return timeline;
}

std::string write_timeline_toml(const std::vector<TimelineChange>& timeline) {
  std::string out;
  for (const TimelineChange& change : timeline) {
    out += "\n[[timeline]]\nweek = " + std::to_string(change.week) + "\nset = { ";
    for (std::size_t i = 0; i < change.values.size(); ++i) {
      out += (i > 0 ? ", " : "") + toml_string(change.values[i].first) + " = " + change.values[i].second;
    }
    out += " }\n";
    if (!change.regions.empty()) {
      out += "regions = [";
      for (std::size_t i = 0; i < change.regions.size(); ++i)
        out += (i > 0 ? ", " : "") + toml_string(change.regions[i]);
      out += "]\n";
    }
    if (!change.note.empty()) out += "note = " + toml_string(change.note) + "\n";
  }
  return out;
}

}  // namespace mhsim
