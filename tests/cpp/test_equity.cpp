// Equity recording: the group cell, the by-group tables (each adds up to its strata
// table week by week, which catches a stock left behind when housing changes) and the
// summary by group (each dimension's groups add up to the whole).
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <map>
#include <string>

#include "engine.hpp"
#include "engine_fixture.hpp"
#include "equity/group_cell.hpp"
#include "equity/group_metrics.hpp"
#include "recording/recorder.hpp"

using namespace mhsim;
using mhsim::testing::small_baseline;

namespace {

const Results& baseline_run() {
  static const Results results = run_simulation(small_baseline(), 1);
  return results;
}

// The value of one figure of the summary by group, by dimension then group.
std::map<std::string, std::map<std::string, double>> by_group(const Results& r, const std::string& figure) {
  std::map<std::string, std::map<std::string, double>> values;
  for (const GroupFigure& f : r.group_summary) {
    if (f.figure == figure) values[f.dimension][f.group] = f.value;
  }
  return values;
}

bool close(double a, double b) {
  return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b));
}

// The same within what a table stores: a float32 cell is rounded to half its last place (issue 20), so two sums
// of positive cells differ by at most twice float32's epsilon, relatively.
bool close_as_stored(const WeeklyTable& table, double a, double b) {
  if (table.values.storage() != StorageType::float32) return close(a, b);
  return std::abs(a - b) <= 2 * std::numeric_limits<float>::epsilon() * std::max(std::abs(a), std::abs(b));
}

}  // namespace

TEST_CASE("the group cell runs housing fastest, then language, marginalised group and coverage") {
  PersonAttributes a{};
  CHECK(group_cell(a) == 0);
  a.housing = 2;
  CHECK(group_cell(a) == 2);
  a.interpreter_needed = 1;
  CHECK(group_cell(a) == 5);
  a.marginalised_group = 1;
  CHECK(group_cell(a) == 11);
  a.coverage = 2;
  CHECK(group_cell(a) == kGroupCells - 1);
}

TEST_CASE("the recorder counts a by-group metric in the group cell too, keeping only the part of the axis chosen") {
  Recorder recorder(1);
  const std::array<std::int64_t, kServiceCount> capacity{};
  const PersonCells cells{stratum_cell(0, 1, 1, 2), 7};
  recorder.change_stock(Metric::population, 0, cells, +1, 0.0);
  recorder.count(Metric::help_seeking_contacts, 2, cells);                          // by coverage: axis dropped
  recorder.count(Metric::treatment_starts, 3 * kSeverityLabels.size() + 1, cells);  // service 3, moderate
  recorder.count(Metric::deaths, 0, cells);                                         // not by group
  recorder.close_week(0, 3.5, capacity);
  Results r;
  recorder.export_to(r);
  CHECK(r.table("person_weeks_alive_by_group").to_doubles()(0, 7) == doctest::Approx(0.5));
  CHECK(r.table("population_by_group").to_doubles()(0, 7) == 1.0);
  CHECK(r.table("help_seeking_contacts_by_group").values.cols() == static_cast<Eigen::Index>(kGroupCells));
  CHECK(r.table("help_seeking_contacts_by_group").to_doubles()(0, 7) == 1.0);
  CHECK(r.table("treatment_starts_by_group").dimensions.front() == "service");
  CHECK(r.table("treatment_starts_by_group").to_doubles()(0, static_cast<Eigen::Index>(3 * kGroupCells + 7)) == 1.0);
  CHECK_THROWS_AS(r.table("deaths_by_group"), std::out_of_range);
}

TEST_CASE("each by-group table adds up to its strata table, week by week") {
  const Results& r = baseline_run();
  for (const GroupMetric& g : kGroupMetrics) {
    const std::string name(spec_of(g.metric).name);
    CAPTURE(name);
    const Eigen::VectorXd strata = r.table(name).to_doubles().rowwise().sum();
    const Eigen::VectorXd groups = r.table(name + "_by_group").to_doubles().rowwise().sum();
    REQUIRE(strata.size() == groups.size());
    CHECK(strata.sum() > 0);
    for (Eigen::Index w = 0; w < strata.size(); ++w) CHECK(close_as_stored(r.table(name), strata(w), groups(w)));
  }
  CHECK(close(r.table("yld_years").to_doubles().sum(), r.table("yld_years_by_group").to_doubles().sum()));
}

TEST_CASE(
    "the people of each housing and each coverage in the group cells are those of people_by_housing and _coverage") {
  const Results& r = baseline_run();
  const WeeklyMatrix& people = r.table("population_by_group").to_doubles();
  const auto check_label_counts = [&](const std::string& table, std::size_t labels, std::size_t stride) {
    const WeeklyTable& by_label = r.table(table);
    for (std::size_t label = 0; label < labels; ++label) {
      const Eigen::VectorXd expected = mhsim::testing::weekly_label_total(by_label, label, labels);
      for (Eigen::Index w = 0; w < people.rows(); ++w) {
        double in_cells = 0;
        for (std::size_t cell = 0; cell < kGroupCells; ++cell) {
          if (cell / stride % labels == label) in_cells += people(w, static_cast<Eigen::Index>(cell));
        }
        CHECK(in_cells == expected(w));
      }
    }
  };
  check_label_counts("people_by_housing", kHousingLabels.size(), 1);
  check_label_counts("people_by_coverage", kCoverageLabels.size(), kGroupCells / kCoverageLabels.size());
}

TEST_CASE("the groups of every dimension of the summary by group add up to the whole") {
  const Results& r = baseline_run();
  const auto dalys = by_group(r, "dalys");
  const auto person_years = by_group(r, "person_years");
  CHECK(dalys.size() == 8);
  for (const auto& [dimension, groups] : dalys) {
    CAPTURE(dimension);
    double dalys_sum = 0, person_years_sum = 0;
    for (const auto& [group, value] : groups) dalys_sum += value;
    for (const auto& [group, value] : person_years.at(dimension)) person_years_sum += value;
    CHECK(close(dalys_sum, r.summary_value("dalys")));
    CHECK(close(person_years_sum, r.table("person_weeks_alive").to_doubles().sum() * kDaysPerWeek / kDaysPerYear));
  }
}

TEST_CASE("the summary by group shows the marginalised seeking less help and the homeless in more crises") {
  const Results& r = baseline_run();
  const auto help_seeking = by_group(r, "help_seeking_contacts_per_1000_ill_per_year").at("marginalised_group");
  CHECK(help_seeking.at("marginalised") < help_seeking.at("not_marginalised"));
  const auto crises = by_group(r, "crises_per_100k_per_year").at("housing");
  CHECK(crises.at("homeless") > crises.at("stable"));
  CHECK(by_group(r, "effective_coverage").at("sex").at("female") > 0);
}
