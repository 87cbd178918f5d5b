#include "perinatal/perinatal_team.hpp"

#include "perinatal/perinatal_phase.hpp"

namespace mhsim {

bool eligible_for_perinatal_team(const PersonAttributes& a, const PersonState& state) {
  const auto cmd = static_cast<CmdState>(state.cmd);
  return is_perinatal(a) && (cmd == CmdState::moderate || cmd == CmdState::severe);
}

void PerinatalTeam::change_capacity(const Scenario& scenario, std::int64_t population) {
  const auto& perinatal = scenario.perinatal_care;
  places_.set_servers(servers_for(perinatal.team_fte_per_100k * perinatal.team_caseload_per_fte, population));
}

void PerinatalTeam::offer(Step& step, PersonId id, double now) {
  const PersonAttributes& a = step.people.attributes(id);
  if (places_.servers() == 0 || a.in_perinatal_team || a.awaiting_perinatal_team ||
      !eligible_for_perinatal_team(a, step.people.state(id))) {
    return;
  }
  if (places_.has_free_server()) {
    join(step, id, now);
  } else {
    step.people.attributes(id).awaiting_perinatal_team = 1;
    places_.join_queue(id, now);
  }
}

void PerinatalTeam::join(Step& step, PersonId id, double now) {
  places_.occupy();
  PersonAttributes& a = step.people.attributes(id);
  a.in_perinatal_team = 1;
  a.awaiting_perinatal_team = 0;
  step.recorder.count(Metric::perinatal_team_entries, 0, step.cell_of(id));
  step.log(id, JourneyEvent::perinatal_team_started, now);
}

void PerinatalTeam::discharge_if_done(Step& step, PersonId id, double now) {
  PersonAttributes& a = step.people.attributes(id);
  const PersonState& state = step.people.state(id);
  if (a.in_perinatal_team && (!is_perinatal(a) || static_cast<CmdState>(state.cmd) == CmdState::none)) {
    places_.release();
    a.in_perinatal_team = 0;
    step.log(id, JourneyEvent::perinatal_team_ended, now);
  }
  if (a.awaiting_perinatal_team && !eligible_for_perinatal_team(a, state)) {
    places_.leave_queue();
    a.awaiting_perinatal_team = 0;
  }
}

void PerinatalTeam::leave(Step& step, PersonId id) {
  PersonAttributes& a = step.people.attributes(id);
  if (a.in_perinatal_team) places_.release();
  if (a.awaiting_perinatal_team) places_.leave_queue();
  a.in_perinatal_team = 0;
  a.awaiting_perinatal_team = 0;
}

void PerinatalTeam::serve_queue(Step& step, double now) {
  step.serve(
      places_, [&](PersonId id, double) { return step.people.attributes(id).awaiting_perinatal_team != 0; },
      [&](PersonId id) { join(step, id, now); }, now);
}

}  // namespace mhsim
