// A crisis episode, stage by stage (docs/model.md, "Crises"). A crisis comes
// through one door - the crisis line, in person, or the police - and moves
// through timed stages in hours: a call, a mobile team, police attendance, a
// receiving-centre chair, a short-term bed, the ED, an inpatient bed or jail.
// Each stage ends at the time held in the person's crisis_stage_end process;
// people waiting for a seat, a team, an assessor or a bed are served first come,
// first served whenever one frees. An episode ends with one CrisisOutcome,
// then possibly a follow-up link to community care and a risk window.
#include <boost/random/exponential_distribution.hpp>
#include <cmath>
#include <limits>

#include "event/draw_purpose.hpp"
#include "illness/hazards.hpp"
#include "simulation/simulation.hpp"

namespace mhsim {
namespace {

constexpr double kReadmissionWindowDays = 30.0;

bool has_cmd(const PersonState& state) {
  return static_cast<CmdState>(state.cmd) != CmdState::none;
}

bool met_by_health_care(CrisisOutcome outcome) {
  return outcome != CrisisOutcome::resolved_by_police && outcome != CrisisOutcome::jail_release &&
         outcome != CrisisOutcome::unresolved;
}

bool reached_hospital(CrisisOutcome outcome) {
  return outcome == CrisisOutcome::ed_discharge || outcome == CrisisOutcome::inpatient_discharge;
}

}  // namespace

double Simulation::draw_duration_days(PersonId id, double mean_days) {
  KeyedStream s = stream(id, purpose_of(DrawPurpose::crisis_duration));
  return boost::random::exponential_distribution<double>(1.0 / mean_days)(s);
}

void Simulation::set_crisis_stage(PersonId id, CrisisStage stage, double now, double end_day) {
  people_.state(id).crisis_stage = static_cast<std::uint8_t>(stage);
  people_.crisis_since_day[id] = static_cast<float>(now);
  // Stored in float, never before now (see reschedule).
  float stored = static_cast<float>(end_day);
  if (static_cast<double>(stored) < now) stored = std::nextafter(stored, std::numeric_limits<float>::infinity());
  people_.next_day[id][static_cast<std::size_t>(Process::crisis_stage_end)] = stored;
}

void Simulation::arrive_at(PersonId id, CrisisSite site, double now) {
  const std::size_t cell = cell_of(id);
  recorder_.count(Metric::crisis_site_arrivals, index_of(site), cell);
  log(id, static_cast<JourneyEvent>(index_of(JourneyEvent::call_answered) + index_of(site)), now);
  const bool in_person = site == CrisisSite::mobile_team || site == CrisisSite::police ||
                         site == CrisisSite::stabilisation || site == CrisisSite::emergency_department;
  PersonState& state = people_.state(id);
  if (in_person && state.crisis_first_site == 0) {
    state.crisis_first_site = static_cast<std::uint8_t>(index_of(site) + 1);
    recorder_.count(Metric::crisis_first_sites, index_of(site), cell);
  }
}

void Simulation::transfer(PersonId id, CrisisTransfer move) {
  recorder_.count(Metric::crisis_transfers, index_of(move), cell_of(id));
}

// A new episode: the person, their family or a bystander turns to the crisis
// line, goes somewhere in person, or calls the police.
void Simulation::on_crisis(PersonId id, double now) {
  PersonState& state = people_.state(id);
  const auto previous = static_cast<CrisisStage>(state.crisis_stage);
  if (previous == CrisisStage::after_inpatient || previous == CrisisStage::after_crisis_care) {
    recorder_.count(Metric::repeat_crises, 0, cell_of(id));
    state.had_repeat_crisis = 1;
  }
  state.crisis_soon_after_discharge = static_cast<CrisisStage>(state.crisis_stage) == CrisisStage::after_inpatient &&
                                      now - static_cast<double>(people_.crisis_since_day[id]) <= kReadmissionWindowDays;
  state.follow_up_linked = 0;
  const auto& crisis = scenario_.crisis;
  KeyedStream door = stream(id, purpose_of(DrawPurpose::crisis_door));
  const double line_share =
      std::min(1.0, crisis.line_awareness *
                        (people_.attributes(id).marginalised_group ? crisis.line_awareness_ratio_marginalised : 1.0));
  CrisisDoor chosen = CrisisDoor::police;
  if (door.uniform_open() < line_share) {
    chosen = CrisisDoor::crisis_line;
  } else if (door.uniform_open() < crisis.walk_in_share) {
    chosen = CrisisDoor::walk_in;
  }
  recorder_.count(Metric::crises, index_of(chosen), cell_of(id));
  if (people_.attributes(id).homeless_ill_cohort) recorder_.count(Metric::cohort_crises, 0, cell_of(id));
  log(id, JourneyEvent::crisis, now);
  switch (chosen) {
    case CrisisDoor::crisis_line: call_crisis_line(id, now); break;
    case CrisisDoor::walk_in: take_to_care(id, door.uniform_open() < crisis.walk_in_receiving_centre_share, now); break;
    case CrisisDoor::police:
      // The emergency dispatcher may pass the call to a mobile team (which falls back to the police itself).
      if (door.uniform_open() < scenario_.police.dispatch_to_mobile_team_share) {
        request_mobile_team(id, now);
      } else {
        send_police(id, now);
      }
      break;
  }
}

void Simulation::call_crisis_line(PersonId id, double now) {
  if (crisis_capacity_.line_seats.has_free_server()) {
    answer_call(id, now);
    return;
  }
  KeyedStream s = stream(id, purpose_of(DrawPurpose::crisis_patience));
  const double patience_days =
      boost::random::exponential_distribution<double>(kMinutesPerDay / scenario_.crisis_line.patience_minutes)(s);
  set_crisis_stage(id, CrisisStage::calling, now, now + patience_days);
  crisis_capacity_.line_seats.join_queue(id, people_.crisis_since_day[id]);
}

void Simulation::answer_call(PersonId id, double now) {
  crisis_capacity_.line_seats.occupy();
  recorder_.count(Metric::calls_answered, 0, cell_of(id));
  arrive_at(id, CrisisSite::crisis_line, now);
  set_crisis_stage(id, CrisisStage::on_call, now,
                   now + draw_duration_days(id, scenario_.crisis_line.call_minutes / kMinutesPerDay));
}

// The line asks for a team; with none on shift, or none free within the
// dispatcher's limit, the police go instead.
void Simulation::request_mobile_team(PersonId id, double now) {
  recorder_.count(Metric::mobile_dispatches, 0, cell_of(id));
  ServerPool& teams = crisis_capacity_.mobile_teams;
  if (teams.servers() == 0 || !mobile_teams_on_shift(scenario_.mobile_team, now)) {
    recorder_.count(Metric::mobile_fallbacks_to_police, 0, cell_of(id));
    send_police(id, now);
    return;
  }
  if (teams.has_free_server()) {
    send_mobile_team(id, now, now);
    return;
  }
  set_crisis_stage(id, CrisisStage::awaiting_mobile_team, now,
                   now + scenario_.mobile_team.max_wait_minutes / kMinutesPerDay);
  teams.join_queue(id, people_.crisis_since_day[id]);
}

void Simulation::send_mobile_team(PersonId id, double request_day, double now) {
  crisis_capacity_.mobile_teams.occupy();
  const auto& team = scenario_.mobile_team;
  const double travel_days = team.travel_minutes_by_region[people_.attributes(id).region] / kMinutesPerDay;
  const double response_hours = (now - request_day + travel_days) * kHoursPerDay;
  recorder_.count(Metric::mobile_response_hours_sum, 0, cell_of(id), response_hours);
  recorder_.record_mobile_response(response_hours);
  arrive_at(id, CrisisSite::mobile_team, now);
  set_crisis_stage(id, CrisisStage::mobile_team, now,
                   now + travel_days + draw_duration_days(id, team.attendance_hours / kHoursPerDay));
}

void Simulation::send_police(PersonId id, double now) {
  arrive_at(id, CrisisSite::police, now);
  set_crisis_stage(id, CrisisStage::police, now,
                   now + draw_duration_days(id, scenario_.police.attendance_hours / kHoursPerDay));
}

// Police attendance ends in an arrest (a co-responder may divert it to care),
// transport to the receiving centre or the ED, or nothing further.
void Simulation::after_police_attendance(PersonId id, double now) {
  const auto& police = scenario_.police;
  const std::size_t cell = cell_of(id);
  KeyedStream s = stream(id, purpose_of(DrawPurpose::crisis_branch));
  const bool co_responder = s.uniform_open() < police.co_responder_share;
  if (s.uniform_open() < police.arrest_share) {
    if (co_responder && s.uniform_open() < police.diversion_share) {
      recorder_.count(Metric::diversions, 0, cell);
      take_from_police_to_care(id, true, now);
      return;
    }
    recorder_.count(Metric::arrests, 0, cell);
    transfer(id, CrisisTransfer::police_to_jail);
    arrive_at(id, CrisisSite::jail, now);
    set_crisis_stage(id, CrisisStage::jail, now, now + draw_duration_days(id, police.jail_days));
    return;
  }
  if (s.uniform_open() < police.transport_share) {
    take_from_police_to_care(id, s.uniform_open() < police.facility_drop_off_share, now);
    return;
  }
  end_crisis_episode(id, CrisisOutcome::resolved_by_police, now);
}

// In person to the receiving centre when there is a chair (no refusal), else
// the ED; true for the receiving centre.
bool Simulation::take_to_care(PersonId id, bool may_use_receiving_centre, double now) {
  ServerPool& chairs = crisis_capacity_.stabilisation_chairs;
  if (!may_use_receiving_centre || !chairs.has_free_server()) {
    arrive_at_ed(id, now);
    return false;
  }
  chairs.occupy();
  arrive_at(id, CrisisSite::stabilisation, now);
  set_crisis_stage(id, CrisisStage::stabilisation, now,
                   now + draw_duration_days(id, scenario_.stabilisation.stay_hours / kHoursPerDay));
  return true;
}

void Simulation::take_from_police_to_care(PersonId id, bool may_use_receiving_centre, double now) {
  transfer(id, take_to_care(id, may_use_receiving_centre, now) ? CrisisTransfer::police_to_stabilisation
                                                               : CrisisTransfer::police_to_emergency_department);
}

void Simulation::arrive_at_ed(PersonId id, double now) {
  arrive_at(id, CrisisSite::emergency_department, now);
  if (crisis_capacity_.ed_assessors.has_free_server()) {
    start_ed_assessment(id, now);
    return;
  }
  set_crisis_stage(id, CrisisStage::awaiting_ed_assessment, now);
  crisis_capacity_.ed_assessors.join_queue(id, people_.crisis_since_day[id]);
}

void Simulation::start_ed_assessment(PersonId id, double now) {
  crisis_capacity_.ed_assessors.occupy();
  set_crisis_stage(id, CrisisStage::ed_assessment, now,
                   now + draw_duration_days(id, scenario_.emergency_department.assessment_hours / kHoursPerDay));
}

// From the ED, a receiving centre or a short-term bed: a bed now, or wait -
// in the short-term bed, or else boarding in the ED.
void Simulation::request_bed(PersonId id, double now) {
  const auto from = static_cast<CrisisStage>(people_.state(id).crisis_stage);
  switch (from) {
    case CrisisStage::short_term_bed: transfer(id, CrisisTransfer::short_term_bed_to_inpatient); break;
    case CrisisStage::stabilisation: transfer(id, CrisisTransfer::stabilisation_to_inpatient); break;
    default: transfer(id, CrisisTransfer::emergency_department_to_inpatient); break;
  }
  if (crisis_capacity_.inpatient_beds.has_free_server()) {
    admit_to_bed(id, now);
    return;
  }
  if (from == CrisisStage::short_term_bed) {
    set_crisis_stage(id, CrisisStage::awaiting_transfer, now);
  } else {
    if (from == CrisisStage::stabilisation) arrive_at(id, CrisisSite::emergency_department, now);
    set_crisis_stage(id, CrisisStage::ed_boarding, now,
                     now + scenario_.emergency_department.max_boarding_hours / kHoursPerDay);
    log(id, JourneyEvent::ed_boarding_started, now);
  }
  crisis_capacity_.inpatient_beds.join_queue(id, people_.crisis_since_day[id]);
}

void Simulation::count_boarding_hours(PersonId id, double now) {
  recorder_.count(Metric::ed_boarding_hours_sum, 0, cell_of(id),
                  (now - static_cast<double>(people_.crisis_since_day[id])) * kHoursPerDay);
}

void Simulation::admit_to_bed(PersonId id, double now) {
  const std::size_t cell = cell_of(id);
  switch (static_cast<CrisisStage>(people_.state(id).crisis_stage)) {
    case CrisisStage::ed_boarding: count_boarding_hours(id, now); break;
    case CrisisStage::short_term_bed:
    case CrisisStage::awaiting_transfer: crisis_capacity_.short_term_beds.release(); break;
    default: break;
  }
  crisis_capacity_.inpatient_beds.occupy();
  if (people_.state(id).crisis_soon_after_discharge) recorder_.count(Metric::readmissions_within_30_days, 0, cell);
  if (people_.attributes(id).homeless_ill_cohort) recorder_.count(Metric::cohort_admissions, 0, cell);
  arrive_at(id, CrisisSite::inpatient, now);
  set_crisis_stage(id, CrisisStage::inpatient, now,
                   now + draw_duration_days(id, scenario_.inpatient.length_of_stay_days));
}

void Simulation::on_crisis_stage_end(PersonId id, double now) {
  const std::size_t cell = cell_of(id);
  KeyedStream branch = stream(id, purpose_of(DrawPurpose::crisis_branch));
  switch (static_cast<CrisisStage>(people_.state(id).crisis_stage)) {
    case CrisisStage::calling:  // hung up before an answer
      crisis_capacity_.line_seats.leave_queue();
      recorder_.count(Metric::calls_abandoned, 0, cell);
      log(id, JourneyEvent::call_abandoned, now);
      if (branch.uniform_open() < scenario_.crisis_line.abandoned_to_police_share) {
        send_police(id, now);
      } else {
        end_crisis_episode(id, CrisisOutcome::unresolved, now);
      }
      break;
    case CrisisStage::on_call:
      crisis_capacity_.line_seats.release();
      if (branch.uniform_open() < scenario_.crisis_line.resolved_by_phone_share) {
        end_crisis_episode(id, CrisisOutcome::resolved_by_phone, now);
      } else {
        request_mobile_team(id, now);
      }
      break;
    case CrisisStage::awaiting_mobile_team:  // no team free in time
      crisis_capacity_.mobile_teams.leave_queue();
      recorder_.count(Metric::mobile_fallbacks_to_police, 0, cell);
      send_police(id, now);
      break;
    case CrisisStage::mobile_team:
      crisis_capacity_.mobile_teams.release();
      if (branch.uniform_open() < scenario_.mobile_team.resolved_on_site_share) {
        end_crisis_episode(id, CrisisOutcome::resolved_by_mobile_team, now);
      } else {
        transfer(id, take_to_care(id, true, now) ? CrisisTransfer::mobile_team_to_stabilisation
                                                 : CrisisTransfer::mobile_team_to_emergency_department);
      }
      break;
    case CrisisStage::police: after_police_attendance(id, now); break;
    case CrisisStage::stabilisation: {
      crisis_capacity_.stabilisation_chairs.release();
      const double onward = branch.uniform_open();
      const auto& centre = scenario_.stabilisation;
      if (onward < centre.inpatient_share) {
        request_bed(id, now);
      } else if (onward < centre.inpatient_share + centre.short_term_bed_share &&
                 crisis_capacity_.short_term_beds.has_free_server()) {
        transfer(id, CrisisTransfer::stabilisation_to_short_term_bed);
        crisis_capacity_.short_term_beds.occupy();
        arrive_at(id, CrisisSite::short_term_bed, now);
        set_crisis_stage(id, CrisisStage::short_term_bed, now,
                         now + draw_duration_days(id, scenario_.short_term_beds.stay_days));
      } else {
        end_crisis_episode(id, CrisisOutcome::stabilised, now);
      }
      break;
    }
    case CrisisStage::short_term_bed:
      if (branch.uniform_open() < scenario_.short_term_beds.inpatient_share) {
        request_bed(id, now);  // keeps the short-term bed until admitted
      } else {
        crisis_capacity_.short_term_beds.release();
        end_crisis_episode(id, CrisisOutcome::short_term_bed_discharge, now);
      }
      break;
    case CrisisStage::ed_assessment:
      crisis_capacity_.ed_assessors.release();
      if (branch.uniform_open() < scenario_.emergency_department.admission_share *
                                      (crisis_capacity_.inpatient_beds.has_free_server()
                                           ? 1.0
                                           : scenario_.emergency_department.admission_share_ratio_when_full)) {
        request_bed(id, now);
      } else {
        end_crisis_episode(id, CrisisOutcome::ed_discharge, now);
      }
      break;
    case CrisisStage::inpatient:
      crisis_capacity_.inpatient_beds.release();
      recorder_.count(Metric::length_of_stay_days_sum, 0, cell,
                      now - static_cast<double>(people_.crisis_since_day[id]));
      end_crisis_episode(id, CrisisOutcome::inpatient_discharge, now);
      break;
    case CrisisStage::ed_boarding:  // no bed within the limit
      crisis_capacity_.inpatient_beds.leave_queue();
      count_boarding_hours(id, now);
      recorder_.count(Metric::boarding_discharges, 0, cell);
      end_crisis_episode(id, CrisisOutcome::ed_discharge, now);
      break;
    case CrisisStage::jail: end_crisis_episode(id, CrisisOutcome::jail_release, now); break;
    case CrisisStage::after_inpatient:
    case CrisisStage::after_crisis_care: set_crisis_stage(id, CrisisStage::none, now); break;
    case CrisisStage::none:
    case CrisisStage::awaiting_ed_assessment:
    case CrisisStage::awaiting_transfer: break;  // untimed: they end when a server frees
  }
}

// One outcome per episode; people met by health care may be linked to
// community care, and a risk window follows care in person.
void Simulation::end_crisis_episode(PersonId id, CrisisOutcome outcome, double now) {
  const std::size_t cell = cell_of(id);
  PersonState& state = people_.state(id);
  recorder_.count(Metric::crisis_outcomes, index_of(outcome), cell);
  log(id, JourneyEvent::crisis_episode_ended, now);
  if (state.crisis_first_site != 0 && !reached_hospital(outcome)) {
    recorder_.count(Metric::hospital_free_endings, state.crisis_first_site - 1U, cell);
  }
  state.crisis_first_site = 0;
  state.crisis_soon_after_discharge = 0;
  if (met_by_health_care(outcome)) {
    offer_community_services(id, now);
    const auto& follow_up = scenario_.follow_up;
    recorder_.count(Metric::follow_up_offers, 0, cell);
    KeyedStream s = stream(id, purpose_of(DrawPurpose::crisis_follow_up));
    const bool bridged = s.uniform_open() < follow_up.bridging_share;
    const bool linked =
        s.uniform_open() < (bridged ? follow_up.bridged_linkage_probability : follow_up.linkage_probability);
    // An ACT team is the person's link to care already.
    if (linked || in_programme(state, Programme::assertive_community_treatment)) {
      state.follow_up_linked = 1;
      recorder_.count(Metric::follow_ups_within_7_days, 0, cell);
      log(id, JourneyEvent::follow_up_linked, now);
      if (has_cmd(state) && static_cast<CarePlace>(state.care_place) == CarePlace::none)
        enter_care(id, Route::crisis, now);
    }
  }
  const bool in_a_bed = outcome == CrisisOutcome::inpatient_discharge;
  if (in_a_bed || (met_by_health_care(outcome) && outcome != CrisisOutcome::resolved_by_phone)) {
    recorder_.count(Metric::risk_windows_opened, 0, cell);
    set_crisis_stage(id, in_a_bed ? CrisisStage::after_inpatient : CrisisStage::after_crisis_care, now,
                     now + scenario_.follow_up.risk_window_days);
  } else {
    set_crisis_stage(id, CrisisStage::none, now);
  }
}

void Simulation::leave_crisis_place(PersonId id) {
  CrisisCapacity& c = crisis_capacity_;
  switch (static_cast<CrisisStage>(people_.state(id).crisis_stage)) {
    case CrisisStage::calling: c.line_seats.leave_queue(); break;
    case CrisisStage::on_call: c.line_seats.release(); break;
    case CrisisStage::awaiting_mobile_team: c.mobile_teams.leave_queue(); break;
    case CrisisStage::mobile_team: c.mobile_teams.release(); break;
    case CrisisStage::stabilisation: c.stabilisation_chairs.release(); break;
    case CrisisStage::short_term_bed: c.short_term_beds.release(); break;
    case CrisisStage::awaiting_ed_assessment: c.ed_assessors.leave_queue(); break;
    case CrisisStage::ed_assessment: c.ed_assessors.release(); break;
    case CrisisStage::ed_boarding: c.inpatient_beds.leave_queue(); break;
    case CrisisStage::awaiting_transfer:
      c.inpatient_beds.leave_queue();
      c.short_term_beds.release();
      break;
    case CrisisStage::inpatient: c.inpatient_beds.release(); break;
    case CrisisStage::none:
    case CrisisStage::police:
    case CrisisStage::jail:
    case CrisisStage::after_inpatient:
    case CrisisStage::after_crisis_care: break;
  }
  people_.state(id).crisis_stage = static_cast<std::uint8_t>(CrisisStage::none);
}

// Whoever waits longest for a freed seat, team, assessor or bed gets it.
void Simulation::serve_crisis_queues(double now) {
  CrisisCapacity& c = crisis_capacity_;
  const auto waiting_in = [&](auto... stages) {
    return [this, stages...](PersonId id, float join_day) {
      const auto stage = static_cast<CrisisStage>(people_.state(id).crisis_stage);
      return ((stage == stages) || ...) && people_.crisis_since_day[id] == join_day;
    };
  };
  serve_from_pool(
      c.line_seats, waiting_in(CrisisStage::calling), [&](PersonId id) { answer_call(id, now); }, now);
  // Most events find nobody waiting anywhere: the shift is checked only when it matters.
  if (c.mobile_teams.waiting() > 0 && c.mobile_teams.has_free_server() &&
      mobile_teams_on_shift(scenario_.mobile_team, now)) {
    serve_from_pool(
        c.mobile_teams, waiting_in(CrisisStage::awaiting_mobile_team),
        [&](PersonId id) { send_mobile_team(id, static_cast<double>(people_.crisis_since_day[id]), now); }, now);
  }
  serve_from_pool(
      c.ed_assessors, waiting_in(CrisisStage::awaiting_ed_assessment),
      [&](PersonId id) { start_ed_assessment(id, now); }, now);
  serve_from_pool(
      c.inpatient_beds, waiting_in(CrisisStage::ed_boarding, CrisisStage::awaiting_transfer),
      [&](PersonId id) { admit_to_bed(id, now); }, now);
}

}  // namespace mhsim
