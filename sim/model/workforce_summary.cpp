#include "model/workforce_summary.hpp"

#include <cmath>
#include <limits>
#include <string>

namespace mhsim {

std::vector<SummaryFigure> summarise_workforce(const WorkforcePlan& plan, std::int64_t population_size,
                                              const Results& results) {
  const double per_100k = population_size > 0 ? 1e5 / static_cast<double>(population_size) : 0.0;
  std::vector<SummaryFigure> out;
  for (std::size_t s = 0; s < kServiceCount; ++s) {
    if (!has_capacity_limit(s)) continue;  // nobody staffs digital self-help
    const std::string service(kServiceLabels[s]);
    out.push_back({"clinical_fte_per_100k_" + service, plan.clinical_fte[s] * per_100k, "FTE per 100,000 people",
                   "clinical full-time equivalents the workforce gives the service"});
    out.push_back({"treatment_effect_ratio_" + service, plan.treatment_effect_ratio[s], "ratio",
                   "the service's effect on remission relative to its reference, averaged over the cadres "
                   "delivering it (FTE-weighted, supervision included)"});
  }
  out.push_back({"supervision_hours_needed_per_week_per_100k", plan.supervision_hours_needed_per_week * per_100k,
                 "hours per week per 100,000 people", "supervision the supervised cadres need"});
  out.push_back({"supervision_hours_given_per_week_per_100k", plan.supervision_hours_given_per_week * per_100k,
                 "hours per week per 100,000 people", "supervision given, taken from supervisors' clinical time"});
  out.push_back({"supervision_adequacy", plan.supervision_adequacy, "share",
                 "supervision given over supervision needed, at most 1 (1 when none is needed)"});
  // A cadre's caseload time is as busy as the steps it works in (the run's
  // utilisation_<step>, from summarise), weighted by its time there.
  for (std::size_t c = 0; c < kCadreCount; ++c) {
    double fte = 0, busy_fte = 0;
    for (std::size_t s = 0; s < kServiceCount; ++s) {
      const double step_fte = plan.clinical_fte_by_cadre[c][s];
      if (step_fte <= 0) continue;
      fte += step_fte;
      const double utilisation = results.summary_value("utilisation_" + std::string(kServiceLabels[s]));
      busy_fte += step_fte * (std::isnan(utilisation) ? 0.0 : utilisation);  // a step with no whole place: idle
    }
    out.push_back({"utilisation_" + std::string(kCadreLabels[c]),
                   fte > 0 ? busy_fte / fte : std::numeric_limits<double>::quiet_NaN(), "share",
                   "share of the cadre's caseload time on the steps in use, weighted by its time on each "
                   "(NaN for a cadre with no time on a step)"});
  }
  out.push_back({"registry_places_per_100k", static_cast<double>(plan.registry_places) * per_100k,
                 "places per 100,000 people", "collaborative care registry places held by care managers"});
  out.push_back({"consult_coverage", plan.consult_coverage, "share",
                 "consulting psychiatrist hours given over hours needed for collaborative care (1 when none needed)"});
  out.push_back({"front_door_assessments_per_week_per_100k",
                 static_cast<double>(plan.front_door_assessments_per_week) * per_100k,
                 "assessments per week per 100,000 people", "front door navigators' weekly assessments"});
  return out;
}

}  // namespace mhsim
