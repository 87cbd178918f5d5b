#include "simulation/run_results.hpp"

#include <utility>
#include <vector>

#include "access/access_summary.hpp"
#include "access/session_access_funding.hpp"
#include "care/care_summary.hpp"
#include "community/community_summary.hpp"
#include "perinatal/perinatal_summary.hpp"
#include "crisis/crisis_summary.hpp"
#include "economics/costs.hpp"
#include "economics/health_outcomes.hpp"
#include "equity/group_summary.hpp"
#include "illness/illness_summary.hpp"
#include "justice/justice_summary.hpp"
#include "severe_illness/severe_illness_summary.hpp"
#include "physical_health/physical_health_summary.hpp"
#include "prevention/prevention_summary.hpp"
#include "care/young_people_summary.hpp"
#include "youth/youth_summary.hpp"
#include "recording/table_storage.hpp"
#include "workforce/workforce_summary.hpp"

namespace mhsim {
namespace {

void append(std::vector<SummaryFigure>& summary, const std::vector<SummaryFigure>& figures) {
  summary.insert(summary.end(), figures.begin(), figures.end());
}

// Illness, access and care, in the order their figures have always been listed.
std::vector<SummaryFigure> summarise_population_and_care(const Results& results) {
  FigureList figures;
  add_prevalence_and_onsets(figures, results);
  add_help_seeking(figures, results);
  add_pathway_flows(figures, results);
  add_service_figures(figures, results);
  add_crises_and_deaths(figures, results);
  return figures.take();
}

}  // namespace

void export_run_results(Simulation& simulation, const Scenario& scenario, Results& results) {
  simulation.export_to(results);
  results.summary = summarise_population_and_care(results);
  append(results.summary, summarise_workforce(simulation.staff_deployment(), simulation.initial_size(), results));
  append(results.summary, summarise_crisis(scenario, simulation.initial_size(),
                                           simulation.recorder().reported_mobile_responses_hours(), results));
  results.weekly.push_back(peer_contacts_table(scenario, results));
  results.weekly.push_back(yld_table(scenario, results));
  append(results.summary, summarise_health_outcomes(scenario, results));
  Dimension cost_lines{"cost_line", {}};
  for (auto label : kCostLineLabels) cost_lines.labels.emplace_back(label);
  results.dimensions.push_back(std::move(cost_lines));
  results.weekly.push_back(cost_table(scenario, simulation.capacity_costs(), results));
  results.weekly.push_back(productivity_table(scenario, results));
  append(results.summary, summarise_costs(scenario, results));
  append(results.summary, summarise_community(simulation.programme_places(), simulation.initial_size(), results));
  append(results.summary, summarise_severe_illness(scenario, simulation.initial_size(), results));
  results.weekly.push_back(yld_by_group_table(scenario, results));
  results.group_summary = summarise_by_group(scenario, results);
  append(results.summary, summarise_session_access(simulation.initial_size(), results));
  append(results.summary, summarise_trust(results));
  append(results.summary, summarise_justice(results));
  append(results.summary, summarise_perinatal(simulation.initial_size(), results));
  append(results.summary, summarise_physical_health(results));
  append(results.summary, summarise_prevention(scenario, results));
  append(results.summary, summarise_young_people(results));
  append(results.summary, summarise_youth(scenario, simulation.initial_size(), results));  // issue 18
  store_in_declared_types(results);  // issue 20: after every figure, so that none moves
}

}  // namespace mhsim
