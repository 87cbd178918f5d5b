#pragma once
// The rate of each of a person's memoryless processes, from the component
// that owns it, in one place for the two readers that must agree: reschedule, which draws the times, and the
// policy switch, which finds the people whose rates a reform changes.
// They read the staff only through its treatment effects, and policy only in the
// sections simulation/rate_inputs.hpp lists: keep it true when a rate reads more.
#include <array>

#include "access/access_factors.hpp"
#include "access/screening.hpp"
#include "care/treatment_rates.hpp"
#include "community/social_moves.hpp"
#include "crisis/crisis_rates.hpp"
#include "illness/illness_rates.hpp"
#include "perinatal/perinatal_phase.hpp"
#include "population/population.hpp"
#include "scenario/scenario.hpp"
#include "workforce/staff_deployment.hpp"

namespace mhsim {

// Calls visit(process, rate_per_year) for each memoryless process, the rate
// 0 where it cannot fire now. Death, ageing and treatment milestones (course
// ends, re-scores) are timed otherwise, as are the ends of a pregnancy and a
// postnatal year. A visitor, so reschedule draws each time where its rate is
// computed (an array and a loop over it measured several per cent slower).
template <typename Visit>
void visit_process_rates(const Scenario& scenario, const StaffDeployment& staff, const Population& people, PersonId id,
                         Visit&& visit) {
  const PersonState& state = people.state(id);
  const bool ill = static_cast<CmdState>(state.cmd) != CmdState::none;
  const auto place = static_cast<CarePlace>(state.care_place);
  const bool treated = place == CarePlace::in_treatment;
  const auto& cmd = scenario.common_mental_disorder;
  const ServiceSettings* service = place == CarePlace::none ? nullptr : &scenario.services[state.care_service];
  const double effect_ratio = treated ? treatment_effect_ratio(scenario, staff, people.attributes(id), state) : 0.0;

  visit(Process::suicide, suicide_rate_per_year(scenario, people, id));
  double cmd_rate = 0;
  if (!ill) {
    // Peer support guards against a recurrence (a first onset is not theirs to prevent).
    cmd_rate = cmd_onset_rate_per_year(cmd, people, id) * scenario.demand.onset_rate_ratio *
               (state.cmd_episodes > 0 && in_programme(state, Programme::peer_support)
                    ? scenario.peer_support.relapse_rate_ratio
                    : 1.0);
  } else {
    cmd_rate = cmd_untreated_remission_rate_per_year(cmd, people, id);
    if (treated) cmd_rate += service->treatment_remission_rate_per_year * effect_ratio;
    if (people.attributes(id).in_perinatal_team) cmd_rate += scenario.perinatal_care.team_remission_rate_per_year;
  }
  visit(Process::cmd_transition, cmd_rate);
  // Untreated episodes may worsen; treated ones may improve a band short of remission.
  double severity_change_rate = 0;
  if (treated) {
    if (ill && static_cast<CmdState>(state.cmd) != CmdState::mild) {
      severity_change_rate = service->treatment_improvement_rate_per_year * effect_ratio;
    }
  } else if (ill && static_cast<CmdState>(state.cmd) != CmdState::severe) {
    severity_change_rate = cmd.worsening_rate_per_year;
  }
  visit(Process::cmd_severity_change, severity_change_rate);
  visit(Process::smi_transition, smi_transition_rate_per_year(scenario, people, id));
  visit(Process::crisis, crisis_rate_per_year(scenario, people, id));

  const bool outside_care = place == CarePlace::none;
  visit(Process::help_seeking, outside_care ? help_seeking_rate_per_year(scenario, people, id) : 0.0);
  visit(Process::positive_screen, outside_care ? positive_screen_rate_per_year(scenario, people, id) : 0.0);
  visit(Process::waiting_dropout, place == CarePlace::waiting ? service->waiting_dropout_rate_per_year : 0.0);
  visit(Process::treatment_dropout,
        treated ? treatment_dropout_rates(scenario, people.attributes(id), state).total_per_year() : 0.0);
  visit(Process::social_change, social_move_rates(scenario, people, id).total_per_year());
  double programme_exit_rate = 0;
  if (state.programmes != 0) {
    for (double rate : programme_exit_rates_per_year(scenario, state)) programme_exit_rate += rate;
  }
  visit(Process::programme_exit, programme_exit_rate);
  // Conception; while pregnant or postnatal the phase's end is timed (reschedule keeps it), so 0 here.
  visit(Process::perinatal_transition, is_perinatal(people.attributes(id))
                                           ? 0.0
                                           : conception_rate_per_year(scenario.perinatal, people, id));
}

// The same rates as an array by Process (0 for the processes not visited).
inline std::array<double, kProcessCount> process_rates_per_year(const Scenario& scenario, const StaffDeployment& staff,
                                                                const Population& people, PersonId id) {
  std::array<double, kProcessCount> rate{};
  visit_process_rates(scenario, staff, people, id,
                      [&](Process p, double rate_per_year) { rate[static_cast<std::size_t>(p)] = rate_per_year; });
  return rate;
}

}  // namespace mhsim
