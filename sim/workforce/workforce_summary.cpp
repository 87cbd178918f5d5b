#include "workforce/workforce_summary.hpp"

#include <cmath>
#include <string>

#include "recording/summary_figures.hpp"

namespace mhsim {
namespace {

void add_services_and_supervision(FigureList& figures, const StaffDeployment& plan, double per_100k) {
  for (std::size_t s = 0; s < kServiceCount; ++s) {
    if (!has_capacity_limit(s)) continue;  // nobody staffs digital self-help
    const std::string service(kServiceLabels[s]);
    figures.add("clinical_fte_per_100k_" + service, plan.clinical_fte[s] * per_100k, "FTE per 100,000 people",
                "clinical full-time equivalents the workforce gives the service at the end of the horizon");
    figures.add("treatment_effect_ratio_" + service, plan.treatment_effect_ratio[s], "ratio",
                "the service's effect on remission relative to its reference, averaged over the cadres "
                "delivering it (FTE-weighted, supervision included)");
  }
  figures.add("supervision_hours_needed_per_week_per_100k", plan.supervision_hours_needed_per_week * per_100k,
              "hours per week per 100,000 people", "supervision the supervised cadres need");
  figures.add("supervision_hours_given_per_week_per_100k", plan.supervision_hours_given_per_week * per_100k,
              "hours per week per 100,000 people", "supervision given, taken from supervisors' clinical time");
  figures.add("supervision_adequacy", plan.supervision_adequacy, "share",
              "supervision given over supervision needed, at most 1 (1 when none is needed)");
}

// A cadre's caseload time is as busy as the steps it works in (the run's
// utilisation_<step>, from summarise), weighted by its time there.
void add_cadre_utilisation(FigureList& figures, const StaffDeployment& plan, const Results& results) {
  for (std::size_t c = 0; c < kCadreCount; ++c) {
    double fte = 0, busy_fte = 0;
    for (std::size_t s = 0; s < kServiceCount; ++s) {
      const double step_fte = plan.clinical_fte_by_cadre[c][s];
      if (step_fte <= 0) continue;
      fte += step_fte;
      const double utilisation = results.summary_value("utilisation_" + std::string(kServiceLabels[s]));
      busy_fte += step_fte * (std::isnan(utilisation) ? 0.0 : utilisation);  // a step with no whole place: idle
    }
    figures.add("utilisation_" + std::string(kCadreLabels[c]), ratio(busy_fte, fte), "share",
                "share of the cadre's caseload time on the steps in use, weighted by its time on each "
                "(NaN for a cadre with no time on a step)");
  }
}

void add_collaborative_care_and_front_door(FigureList& figures, const StaffDeployment& plan, double per_100k) {
  figures.add("registry_places_per_100k", static_cast<double>(plan.registry_places) * per_100k,
              "places per 100,000 people", "collaborative care registry places held by care managers");
  figures.add("consult_coverage", plan.consult_coverage, "share",
              "consulting psychiatrist hours given over hours needed for collaborative care (1 when none needed)");
  figures.add("front_door_assessments_per_week_per_100k",
              static_cast<double>(plan.front_door_assessments_per_week) * per_100k,
              "assessments per week per 100,000 people", "front door navigators' weekly assessments");
}

// Staff over the horizon (workforce_stock.hpp): where each cadre ended, and how fast staff left.
void add_staff_over_horizon(FigureList& figures, const Results& results, double per_100k) {
  const WeeklyMatrix& in_post = results.table("staff_fte").doubles();
  const WeeklyMatrix& leavers = results.table("staff_leavers").doubles();
  const WeeklyMatrix& vacancies = results.table("staff_vacancies").doubles();
  if (in_post.rows() == 0) return;
  const Eigen::Index last = in_post.rows() - 1;
  for (std::size_t c = 0; c < kCadreCount; ++c) {
    const auto column = static_cast<Eigen::Index>(c);
    const std::string cadre(kCadreLabels[c]);
    figures.add("staff_fte_end_per_100k_" + cadre, in_post(last, column) * per_100k, "FTE per 100,000 people",
                "staff in post at the end of the horizon");
    figures.add("staff_vacancies_end_per_100k_" + cadre, vacancies(last, column) * per_100k, "FTE per 100,000 people",
                "posts open in the last week that no trainee under way will fill");
  }
  const double fte_years = in_post.sum() / kWeeksPerYear;
  figures.add("staff_attrition_rate_per_year", ratio(leavers.sum(), fte_years), "per FTE-year",
              "staff leaving per FTE-year in post, every cadre");
  figures.add("staff_fte_change_share", in_post.row(last).sum() / in_post.row(0).sum() - 1.0, "share",
              "change in staff in post, every cadre, from the first week to the last");
}

}  // namespace

std::vector<SummaryFigure> summarise_workforce(const StaffDeployment& plan, std::int64_t population_size,
                                               const Results& results) {
  const double per_100k = per_100k_people(population_size);
  FigureList figures;
  add_services_and_supervision(figures, plan, per_100k);
  add_cadre_utilisation(figures, plan, results);
  add_collaborative_care_and_front_door(figures, plan, per_100k);
  add_staff_over_horizon(figures, results, per_100k);
  return figures.take();
}

}  // namespace mhsim
