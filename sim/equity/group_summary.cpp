#include "equity/group_summary.hpp"

#include <string>

#include "care/care_settings.hpp"
#include "crisis/crisis_stage.hpp"
#include "economics/costs.hpp"
#include "equity/group_view.hpp"
#include "recording/summary_figures.hpp"

namespace mhsim {
namespace {

// A flow by service, from a table by service or by service then severity (the strata's treatment_starts).
std::vector<double> by_service(const GroupView& group, std::string_view metric) {
  const std::vector<double> totals = group.totals_by_label(metric);
  const std::size_t per_service = totals.size() / kServiceCount;
  std::vector<double> services(kServiceCount, 0.0);
  for (std::size_t k = 0; k < totals.size(); ++k) services[k / per_service] += totals[k];
  return services;
}

void add_access_and_care(FigureList& figures, const GroupView& group, double person_years) {
  // Need differs by group (onset is higher among the poor): rates per person-year ill compare like with like.
  const double ill_years = years_from_weeks(group.total("person_weeks_cmd"));
  figures.add("help_seeking_contacts_per_1000_ill_per_year",
              ratio(group.total("help_seeking_contacts") * 1e3, ill_years),
              "per 1,000 person-years with a common mental disorder",
              "help-seeking contacts with primary care per person-year lived with a common mental disorder");
  figures.add("first_treatment_starts_per_1000_per_year",
              ratio(group.total("first_treatment_starts") * 1e3, person_years), "per 1,000 person-years",
              "care episodes starting their first treatment (people treated)");
  figures.add("first_treatment_starts_per_1000_ill_per_year",
              ratio(group.total("first_treatment_starts") * 1e3, ill_years),
              "per 1,000 person-years with a common mental disorder",
              "people treated per person-year lived with a common mental disorder: treatment against need");
  figures.add("effective_coverage",
              ratio(group.total("responses"), group.first_week("cmd_prevalent") + group.total("cmd_onsets")), "share",
              "treatment responses per episode of common mental disorder under way in the horizon");
  const std::vector<double> starts = by_service(group, "treatment_starts");
  const std::vector<double> wait_days = by_service(group, "wait_days_sum");
  double staffed_wait_days = 0, staffed_starts = 0;
  for (std::size_t s = 0; s < kServiceCount; ++s) {
    if (!has_capacity_limit(s)) continue;
    staffed_wait_days += wait_days[s];
    staffed_starts += starts[s];
  }
  figures.add("wait_mean_days", ratio(staffed_wait_days, staffed_starts), "days",
              "mean wait of people starting treatment with a staffed step");
  for (std::size_t s = 0; s < kServiceCount; ++s) {
    const std::string service(kServiceLabels[s]);
    figures.add("wait_mean_days_" + service, ratio(wait_days[s], starts[s]), "days",
                "mean wait of people starting treatment with " + service);
  }
  figures.add("dropouts_waiting_per_1000_per_year", ratio(group.total("dropouts_waiting") * 1e3, person_years),
              "per 1,000 person-years", "people leaving a waiting list before treatment, not recovered");
  figures.add("dropout_share_treatment", ratio(group.total("dropouts_treatment"), group.total("treatment_starts")),
              "share", "people stopping treatment early per treatment start");
}

void add_crises_and_deaths(FigureList& figures, const GroupView& group, double person_years) {
  const auto per_100k = [&](double count) { return ratio(count * 1e5, person_years); };
  figures.add("crises_per_100k_per_year", per_100k(group.total("crises")), "per 100,000 person-years",
              "mental health crises");
  const std::vector<double> crises = group.totals_by_label("crises");
  for (std::size_t d = 0; d < kCrisisDoorLabels.size(); ++d) {
    figures.add("crises_per_100k_per_year_" + std::string(kCrisisDoorLabels[d]), per_100k(crises[d]),
                "per 100,000 person-years", "mental health crises coming first through this door");
  }
  const std::vector<double> arrivals = group.totals_by_label("crisis_site_arrivals");
  figures.add("police_contacts_per_100k_per_year", per_100k(arrivals[index_of(CrisisSite::police)]),
              "per 100,000 person-years", "police attendances at crises");
  figures.add("arrests_per_100k_per_year", per_100k(group.total("arrests")), "per 100,000 person-years",
              "arrests at crisis attendances");
  figures.add("admissions_per_100k_per_year", per_100k(arrivals[index_of(CrisisSite::inpatient)]),
              "per 100,000 person-years", "inpatient admissions");
  figures.add("involuntary_admissions_per_100k_per_year", per_100k(group.total("involuntary_admissions")),
              "per 100,000 person-years", "inpatient admissions under compulsion");
  figures.add("coercive_contacts_per_100k_per_year", per_100k(group.total("coercive_contacts")),
              "per 100,000 person-years", "police attendances at a crisis, arrests and involuntary admissions");
  figures.add("suicides_per_100k_per_year", per_100k(group.total("suicides")), "per 100,000 person-years",
              "deaths by suicide");
}

void add_health_and_costs(FigureList& figures, const GroupView& group, double person_years, const std::string& unit) {
  const double dalys = group.total("yld_years") + group.total("yll_years");
  figures.add("dalys", dalys, "DALYs", "disability-adjusted life years: YLD + YLL over the horizon, undiscounted");
  figures.add("dalys_per_100k_per_year", ratio(dalys * 1e5, person_years), "DALYs per 100,000 person-years",
              "DALYs, undiscounted, per 100,000 person-years");
  figures.add("out_of_pocket_per_person_year", ratio(group.total("out_of_pocket_paid"), person_years), unit,
              "copays paid per person-year");
  figures.add("person_years", person_years, "person-years", "person-years lived over the horizon: the denominator");
}

}  // namespace

std::vector<GroupFigure> summarise_by_group(const Scenario& scenario, const Results& results) {
  const std::string unit = cost_unit(scenario.costs);
  const ColumnTotals totals(results);
  std::vector<GroupFigure> rows;
  for (const GroupDimension& dimension : kGroupDimensions) {
    for (std::size_t label = 0; label < dimension.labels.size(); ++label) {
      const GroupView group(totals, dimension, label);
      const double person_years = years_from_weeks(group.total("person_weeks_alive"));
      FigureList figures;
      add_access_and_care(figures, group, person_years);
      add_crises_and_deaths(figures, group, person_years);
      add_health_and_costs(figures, group, person_years, unit);
      for (SummaryFigure& f : figures.take()) {
        rows.push_back({std::move(f.name), std::string(dimension.name), std::string(dimension.labels[label]), f.value,
                        std::move(f.unit), std::move(f.description)});
      }
    }
  }
  return rows;
}

}  // namespace mhsim
