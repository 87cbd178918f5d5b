#pragma once
// The results of one run as plain data: weekly tables over named dimensions,
// headline figures, the journey log of sampled people and the provenance
// that makes the run reproducible. io/hdf5_io.hpp writes and reads them;
// the Python bindings view them without copying.
#include <Eigen/Core>
#include <cstdint>
#include <string>
#include <vector>

#include "results/table_values.hpp"

namespace mhsim {

struct Dimension {
  std::string name;                 // "region"
  std::vector<std::string> labels;  // "urban", "rural", "remote"
};

struct WeeklyTable {
  std::string name;
  std::string unit;
  std::string description;
  std::vector<std::string> dimensions;  // names in Results::dimensions, after the week
  TableValues values;

  // A float64 table in place (std::logic_error for another type): money, means, places.
  const WeeklyMatrix& doubles() const { return values.doubles(name); }
  WeeklyMatrix& doubles() { return values.doubles(name); }
  // A copy as doubles, whatever the type.
  WeeklyMatrix to_doubles() const { return values.to_doubles(); }
};

struct SummaryFigure {
  std::string name;
  double value = 0;
  std::string unit;
  std::string description;
};

// A headline figure for one group of people (sim/equity/group_summary.hpp): "crises_per_100k_per_year" of the
// group "homeless" of the dimension "housing".
struct GroupFigure {
  std::string figure;
  std::string dimension;
  std::string group;
  double value = 0;
  std::string unit;
  std::string description;
};

// Events of sampled people, in the order they happened.
struct JourneyLog {
  std::vector<std::string> event_labels;  // indexed by `event`
  std::vector<double> day;                // days after the end of the burn-in (negative during it)
  std::vector<std::uint32_t> person;
  std::vector<std::uint8_t> event;
  // The care step the person was at (waiting or in treatment; a lost referral: the step referred to), indexed
  // into `step_labels`; kNoJourneyStep when at none. Empty in files written before 0.7.0, which had no steps.
  std::vector<std::string> step_labels;
  std::vector<std::uint8_t> step;
};
inline constexpr std::uint8_t kNoJourneyStep = 255;

// One key a learning-system rule changed at a quarterly review (scenario/rules.hpp); a
// move of money changes two (the line it leaves and the line it goes to), so gives two rows.
struct RuleFiring {
  std::uint32_t week = 0;     // the reported week the change took effect from (the review closed the week before)
  std::uint32_t quarter = 0;  // the quarter reviewed, from 0 (weeks 13q to 13q + 12)
  std::string rule;           // its name
  double value = 0;           // the rule's figure at the review, which met its condition
  std::string key;            // a policy key, or budget.<line> (per 100k per year, in the year of the review)
  double before = 0;
  double after = 0;
};

struct Provenance {
  std::string scenario_name;
  std::string scenario_toml;  // the resolved scenario: reloading it reproduces the run
  // The resolved scenario of the burn-in when it differs (a reform forked from
  // a checkpoint); empty when the burn-in ran under scenario_toml.
  std::string burn_in_scenario_toml;
  std::uint64_t seed = 0;
  std::string mhsim_version;
  std::string git_revision;
  std::string created_utc;
  std::string platform;
};

struct Results {
  Provenance provenance;
  std::vector<double> week_start_day;  // days after the end of the burn-in
  std::vector<Dimension> dimensions;
  std::vector<WeeklyTable> weekly;
  std::vector<SummaryFigure> summary;
  std::vector<GroupFigure> group_summary;  // the summary by group: figure by dimension by group
  JourneyLog journeys;
  std::vector<RuleFiring> rule_firings;  // in the order they happened

  // Lookups by name; a missing name throws std::out_of_range listing the names there are.
  const WeeklyTable& table(const std::string& name) const;
  double summary_value(const std::string& name) const;
  const Dimension& dimension(const std::string& name) const;

  // Drops every weekly table but the named ones (the summaries and journeys stay), so that
  // many runs held together for a comparison take only the memory of what is read.
  // An unknown name throws std::out_of_range listing the names there are.
  void keep_tables(const std::vector<std::string>& names);
};

}  // namespace mhsim
