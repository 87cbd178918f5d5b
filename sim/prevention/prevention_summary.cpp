#include "prevention/prevention_summary.hpp"

#include <string>

#include "economics/costs.hpp"
#include "prevention/prevention_funding.hpp"
#include "prevention/prevention_programme.hpp"
#include "recording/summary_figures.hpp"

namespace mhsim {

std::vector<SummaryFigure> summarise_prevention(const Scenario& scenario, const Results& r) {
  FigureList figures;
  const std::string unit = cost_unit(scenario.costs);
  double cost_total = 0;
  for (std::size_t p = 0; p < kPreventionProgrammeCount; ++p) {
    const std::string programme(kPreventionProgrammeLabels[p]);
    figures.add(programme + "_prevention_reached_per_100k_per_year",
                per_100k_person_years(r, flow_total(r, programme + "_prevention_reached")), "per 100,000 person-years",
                "people reached by the " + programme + " prevention programme at its yearly rounds");
    const double cost = weekly_prevention_cost(scenario, r, p).sum();
    figures.add("prevention_cost_" + programme, cost, unit,
                "cost of the " + programme + " prevention programme over the horizon (people reached x cost each)");
    cost_total += cost;
  }
  figures.add("prevention_cost_total", cost_total, unit, "cost of the three prevention programmes over the horizon");
  figures.add("prevention_onsets_averted_per_100k_per_year",
              per_100k_person_years(r, flow_total(r, "prevention_onsets_averted")), "per 100,000 person-years",
              "onsets that did not happen at their time because a programme had reached the person (some happen "
              "later: compare runs for cases prevented)");
  figures.add("cmd_onsets_total", flow_total(r, "cmd_onsets"), "episodes",
              "onsets of a common mental disorder over the horizon (the cases a comparison counts as prevented)");
  const WeeklyTable& by_employment = r.table("cmd_onsets_by_employment");
  const auto employed = index_of(Employment::employed);
  const double employed_onsets = weekly_total_of(by_employment, employed, kEmploymentLabels.size()).sum();
  const double employed_years =
      weekly_total_of(r.table("people_by_employment"), employed, kEmploymentLabels.size()).sum() / kWeeksPerYear;
  figures.add("cmd_onsets_employed", employed_onsets, "episodes", "onsets among people in work over the horizon");
  figures.add("cmd_onsets_employed_per_1000_employed_per_year", ratio(employed_onsets * 1e3, employed_years),
              "per 1,000 person-years in work", "onsets among people in work (person-years from end-of-week counts)");
  figures.add("cmd_onsets_school_age_per_100k_per_year",
              per_100k_person_years(r, flow_total(r, "cmd_onsets_school_age")), "per 100,000 person-years",
              "onsets among people under prevention.school_leaving_age_years");
  return figures.take();
}

}  // namespace mhsim
