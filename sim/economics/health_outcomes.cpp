#include "economics/health_outcomes.hpp"

#include <cmath>
#include <string>
#include <string_view>

#include "core/attributes.hpp"
#include "recording/summary_figures.hpp"

namespace mhsim {

namespace {

constexpr std::string_view kYldDescription =
    "years lived with disability during the week: person-time with a common mental disorder by severity and with a "
    "severe mental illness by state, times the disability weights of [economics]";

// YLD per week and cell from the person-time tables `cmd` (by severity) and `smi` (by state) of the same cells.
WeeklyTable yld_of(const Scenario& scenario, const WeeklyTable& cmd, const WeeklyTable& smi, std::string name) {
  const auto& weights = scenario.economics;
  WeeklyMatrix years =
      WeeklyMatrix::Zero(cmd.values.rows(), cmd.values.cols() / static_cast<Eigen::Index>(kSeverityLabels.size()));
  for (std::size_t s = 0; s < kSeverityLabels.size(); ++s) {
    years += label_columns(cmd, s, kSeverityLabels.size()) * weights.disability_weight_cmd[s];
  }
  for (std::size_t k = 0; k < kSmiStateLabels.size(); ++k) {
    years += label_columns(smi, k, kSmiStateLabels.size()) * weights.disability_weight_smi[k];
  }
  years /= kWeeksPerYear;
  std::vector<std::string> cells(cmd.dimensions.begin() + 1, cmd.dimensions.end());
  return {std::move(name), "years", std::string(kYldDescription), std::move(cells), std::move(years)};
}

}  // namespace

WeeklyTable yld_table(const Scenario& scenario, const Results& r) {
  return yld_of(scenario, r.table("person_weeks_cmd"), r.table("person_weeks_smi"), "yld_years");
}

WeeklyTable yld_by_group_table(const Scenario& scenario, const Results& r) {
  WeeklyTable table = yld_of(scenario, r.table("person_weeks_cmd_by_group"), r.table("person_weeks_smi_by_group"),
                             "yld_years_by_group");
  table.description += " (by group cell)";
  return table;
}

std::vector<SummaryFigure> summarise_health_outcomes(const Scenario& scenario, const Results& r) {
  const double rate = scenario.economics.discount_rate_per_year;
  const Eigen::VectorXd yld = r.table("yld_years").doubles().rowwise().sum();
  const Eigen::VectorXd yll = weekly_total(r.table("yll_years"));
  const Eigen::VectorXd yll_discounted = weekly_total(r.table("yll_years_discounted"));
  const double yld_cmd = [&] {
    double years = 0;
    for (std::size_t s = 0; s < kSeverityLabels.size(); ++s) {
      years += label_total(r.table("person_weeks_cmd"), s, kSeverityLabels.size()) *
               scenario.economics.disability_weight_cmd[s];
    }
    return years / kWeeksPerYear;
  }();
  FigureList figures;
  figures.add("yld_years", yld.sum(), "years", "years lived with disability over the horizon (mental disorders)");
  figures.add("yld_years_cmd", yld_cmd, "years", "of those, with a common mental disorder");
  figures.add("yld_years_smi", yld.sum() - yld_cmd, "years", "of those, with a severe mental illness");
  figures.add("yll_years", yll.sum(), "years", "years of life lost to suicides and excess deaths from mental illness");
  figures.add("dalys", yld.sum() + yll.sum(), "DALYs", "disability-adjusted life years: YLD + YLL, undiscounted");
  figures.add("dalys_per_100k_per_year", per_100k_person_years(r, yld.sum() + yll.sum()),
              "DALYs per 100,000 person-years", "DALYs, undiscounted, per 100,000 person-years");
  figures.add("dalys_discounted", discounted_sum(yld, rate) + discounted_sum(yll_discounted, rate), "DALYs",
              "DALYs discounted to the start of the horizon at economics.discount_rate_per_year (years of life lost "
              "also discounted from the death on)");
  return figures.take();
}

}  // namespace mhsim
