#include "illness/illness_summary.hpp"

#include <string>

namespace mhsim {

void add_prevalence_and_onsets(FigureList& figures, const Results& r) {
  const Eigen::VectorXd population = weekly_total(r.table("population"));
  figures.add("population_mean", population.mean(), "people", "mean population over the reported weeks");
  const Eigen::VectorXd cmd_total = weekly_total(r.table("cmd_prevalent"));
  figures.add("cmd_prevalence", (cmd_total.array() / population.array()).mean(), "share",
              "mean point prevalence of common mental disorder");
  const WeeklyTable& cmd_time = r.table("person_weeks_cmd");
  const double cmd_time_total = total(cmd_time);
  for (std::size_t s = 0; s < kSeverityLabels.size(); ++s) {
    figures.add("cmd_share_" + std::string(kSeverityLabels[s]),
                ratio(weekly_total_of(cmd_time, s, kSeverityLabels.size()).sum(), cmd_time_total), "share",
                "share of time with a common mental disorder spent at this severity");
  }
  figures.add("smi_prevalence", (weekly_total(r.table("smi_prevalent")).array() / population.array()).mean(), "share",
              "mean point prevalence of severe mental illness");
  const Eigen::VectorXd treated = weekly_total(r.table("in_treatment"));
  figures.add("cmd_in_treatment_share", (treated.array() / cmd_total.array()).mean(), "share",
              "mean share of people with a common mental disorder who are in treatment");
  figures.add("cmd_onsets_per_1000_per_year", per_1000_person_years(r, flow_total(r, "cmd_onsets")),
              "per 1,000 person-years", "new episodes of common mental disorder");
}

void add_crises_and_deaths(FigureList& figures, const Results& r) {
  figures.add("crises_per_100k_per_year", per_100k_person_years(r, flow_total(r, "crises")), "per 100,000 person-years",
              "mental health crises");
  figures.add("suicides_per_100k_per_year", per_100k_person_years(r, flow_total(r, "suicides")),
              "per 100,000 person-years", "deaths by suicide");
  figures.add("deaths_per_1000_per_year", per_1000_person_years(r, flow_total(r, "deaths")), "per 1,000 person-years",
              "deaths from all causes");
  figures.add("excess_deaths_per_100k_per_year", per_100k_person_years(r, flow_total(r, "excess_deaths")),
              "per 100,000 person-years", "deaths other than suicide attributable to illness");
}

}  // namespace mhsim
