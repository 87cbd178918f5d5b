#include "perinatal/perinatal_summary.hpp"

#include "recording/summary_figures.hpp"

namespace mhsim {

std::vector<SummaryFigure> summarise_perinatal(std::int64_t population_size, const Results& r) {
  FigureList figures;
  const double weeks = reported_weeks(r);
  const double per_100k = per_100k_people(population_size);
  const double perinatal_years = years_from_weeks(flow_total(r, "person_weeks_perinatal"));
  figures.add("births_per_1000_per_year", per_1000_person_years(r, flow_total(r, "births")), "per 1,000 person-years",
              "live births per 1,000 person-years lived (people aged 10 and over)");
  figures.add("perinatal_person_years_per_100k", per_100k_person_years(r, perinatal_years), "per 100,000 person-years",
              "time lived pregnant or in the postnatal year");
  figures.add("perinatal_cmd_prevalence", ratio(total(r, "perinatal_cmd_prevalent"), total(r, "perinatal_women")),
              "share", "mean share of women pregnant or in the postnatal year with a common mental disorder");
  figures.add("perinatal_onsets_per_1000_perinatal_years",
              ratio(flow_total(r, "perinatal_onsets") * 1e3, perinatal_years), "per 1,000 perinatal person-years",
              "onsets of a common mental disorder while pregnant or postnatal");
  figures.add("perinatal_cases_found_per_100k_per_year",
              per_100k_person_years(r, flow_total(r, "perinatal_cases_found")), "per 100,000 person-years",
              "women with a disorder found by a positive screen in maternity care");
  figures.add("perinatal_treated_share", ratio(total(r, "perinatal_in_treatment"), total(r, "perinatal_cmd_prevalent")),
              "share",
              "mean share of perinatal women with a disorder who are in treatment (a care step or the perinatal team)");
  figures.add("perinatal_team_caseload_per_100k", total(r, "in_perinatal_team") / weeks * per_100k,
              "per 100,000 people", "mean women on the perinatal team's caseload (end-of-week counts)");
  figures.add("perinatal_team_waiting_per_100k", total(r, "awaiting_perinatal_team") / weeks * per_100k,
              "per 100,000 people", "mean women waiting for a place with the perinatal team");
  figures.add("perinatal_team_entries_per_100k_per_year",
              per_100k_person_years(r, flow_total(r, "perinatal_team_entries")), "per 100,000 person-years",
              "women joining the perinatal team's caseload");
  return figures.take();
}

}  // namespace mhsim
