// A crisis episode through its doors and responders (docs/model.md, "Crises"):
// the crisis line, mobile teams, the police, receiving centres, the ED and
// beds, and how an episode ends: follow-up, a link to care, a risk window.
#include <boost/random/exponential_distribution.hpp>

#include "access/trust.hpp"
#include "community/programme.hpp"
#include "core/units.hpp"
#include "crisis/crisis_system.hpp"
#include "event/draw_purpose.hpp"
#include "illness/illness_rates.hpp"
#include "justice/release_risk.hpp"

namespace mhsim {
namespace {

constexpr double kReadmissionWindowDays = 30.0;

bool met_by_health_care(CrisisOutcome outcome) {
  return outcome != CrisisOutcome::resolved_by_police && outcome != CrisisOutcome::jail_release &&
         outcome != CrisisOutcome::unresolved;
}

bool reached_hospital(CrisisOutcome outcome) {
  return outcome == CrisisOutcome::ed_discharge || outcome == CrisisOutcome::inpatient_discharge;
}

}  // namespace

// A new episode: the person, their family or a bystander turns to the crisis
// line, goes somewhere in person, or calls the police.
void CrisisSystem::on_crisis(Step& step, PersonId id, double now) {
  PersonState& state = step.people.state(id);
  const auto previous = static_cast<CrisisStage>(state.crisis_stage);
  if (in_release_window(state)) {
    step.recorder.count(Metric::crises_after_release, 0, step.cell_of(id));
  } else if (previous == CrisisStage::after_inpatient || previous == CrisisStage::after_crisis_care) {
    step.recorder.count(Metric::repeat_crises, 0, step.cell_of(id));
    state.had_repeat_crisis = 1;
  }
  state.released_from_jail = 0;
  state.crisis_soon_after_discharge =
      static_cast<CrisisStage>(state.crisis_stage) == CrisisStage::after_inpatient &&
      now - static_cast<double>(step.people.crisis_since_day(id)) <= kReadmissionWindowDays;
  state.follow_up_linked = 0;
  const auto& crisis = step.scenario.crisis;
  KeyedStream door = step.stream(id, purpose_of(DrawPurpose::crisis_door));
  const double line_share = std::min(
      1.0, crisis.line_awareness *
               (step.people.attributes(id).marginalised_group ? crisis.line_awareness_ratio_marginalised : 1.0));
  CrisisDoor chosen = CrisisDoor::police;
  if (door.uniform_open() < line_share) {
    chosen = CrisisDoor::crisis_line;
  } else if (door.uniform_open() < crisis.walk_in_share) {
    chosen = CrisisDoor::walk_in;
  }
  step.recorder.count(Metric::crises, index_of(chosen), step.cell_of(id));
  if (step.people.attributes(id).homeless_ill_cohort) step.recorder.count(Metric::cohort_crises, 0, step.cell_of(id));
  if (step.people.attributes(id).first_episode) step.recorder.count(Metric::first_episode_crises, 0, step.cell_of(id));
  step.log(id, JourneyEvent::crisis, now);
  switch (chosen) {
    case CrisisDoor::crisis_line: call_crisis_line(step, id, now); break;
    case CrisisDoor::walk_in:
      take_to_care(step, id, door.uniform_open() < crisis.walk_in_receiving_centre_share, now);
      break;
    case CrisisDoor::police:
      // The emergency dispatcher may pass the call to a mobile team (which falls back to the police itself).
      if (door.uniform_open() < step.scenario.police.dispatch_to_mobile_team_share) {
        step.recorder.count(Metric::dispatch_diversions, 0, step.cell_of(id));
        request_mobile_team(step, id, now);
      } else {
        send_police(step, id, now);
      }
      break;
  }
}

void CrisisSystem::call_crisis_line(Step& step, PersonId id, double now) {
  if (capacity_.line_seats.has_free_server()) {
    answer_call(step, id, now);
    return;
  }
  KeyedStream s = step.stream(id, purpose_of(DrawPurpose::crisis_patience));
  const double patience_days =
      boost::random::exponential_distribution<double>(kMinutesPerDay / step.scenario.crisis_line.patience_minutes)(s);
  set_crisis_stage(step, id, CrisisStage::calling, now, now + patience_days);
  capacity_.line_seats.join_queue(id, step.people.crisis_since_day(id));
}

void CrisisSystem::answer_call(Step& step, PersonId id, double now) {
  capacity_.line_seats.occupy();
  step.recorder.count(Metric::calls_answered, 0, step.cell_of(id));
  arrive_at(step, id, CrisisSite::crisis_line, now);
  set_crisis_stage(step, id, CrisisStage::on_call, now,
                   now + draw_duration_days(step, id, step.scenario.crisis_line.call_minutes / kMinutesPerDay));
}

// The line asks for a team; with none on shift, or none free within the
// dispatcher's limit, the police go instead.
void CrisisSystem::request_mobile_team(Step& step, PersonId id, double now) {
  step.recorder.count(Metric::mobile_dispatches, 0, step.cell_of(id));
  ServerPool& teams = capacity_.mobile_teams;
  if (teams.servers() == 0 || !mobile_teams_on_shift(step.scenario.mobile_team, now)) {
    step.recorder.count(Metric::mobile_fallbacks_to_police, 0, step.cell_of(id));
    send_police(step, id, now);
    return;
  }
  if (teams.has_free_server()) {
    send_mobile_team(step, id, now, now);
    return;
  }
  set_crisis_stage(step, id, CrisisStage::awaiting_mobile_team, now,
                   now + step.scenario.mobile_team.max_wait_minutes / kMinutesPerDay);
  teams.join_queue(id, step.people.crisis_since_day(id));
}

void CrisisSystem::send_mobile_team(Step& step, PersonId id, double request_day, double now) {
  capacity_.mobile_teams.occupy();
  const auto& team = step.scenario.mobile_team;
  const double travel_days = team.travel_minutes_by_region[step.people.attributes(id).region] / kMinutesPerDay;
  const double response_hours = (now - request_day + travel_days) * kHoursPerDay;
  step.recorder.count(Metric::mobile_response_hours_sum, 0, step.cell_of(id), response_hours);
  step.recorder.record_mobile_response(response_hours);
  arrive_at(step, id, CrisisSite::mobile_team, now);
  set_crisis_stage(step, id, CrisisStage::mobile_team, now,
                   now + travel_days + draw_duration_days(step, id, team.attendance_hours / kHoursPerDay));
}

void CrisisSystem::send_police(Step& step, PersonId id, double now) {
  arrive_at(step, id, CrisisSite::police, now);
  record_coercive_contact(step, id);
  set_crisis_stage(step, id, CrisisStage::police, now,
                   now + draw_duration_days(step, id, step.scenario.police.attendance_hours / kHoursPerDay));
}

// Police attendance ends in an arrest (a co-responder may divert it to care),
// transport to the receiving centre or the ED, or nothing further.
void CrisisSystem::after_police_attendance(Step& step, PersonId id, double now) {
  const auto& police = step.scenario.police;
  const PersonCells cell = step.cell_of(id);
  KeyedStream s = step.stream(id, purpose_of(DrawPurpose::crisis_branch));
  const bool co_responder = s.uniform_open() < police.co_responder_share;
  if (co_responder) step.recorder.count(Metric::co_responder_attendances, 0, cell);
  if (s.uniform_open() < police.arrest_share * step.hand_offs.arrest_share_ratio(id, now)) {
    if (co_responder && s.uniform_open() < police.diversion_share) {
      step.recorder.count(Metric::diversions, 0, cell);
      take_from_police_to_care(step, id, true, now);
      return;
    }
    step.recorder.count(Metric::arrests, 0, cell);
    record_coercive_contact(step, id);
    count_transfer(step, id, CrisisTransfer::police_to_jail);
    arrive_at(step, id, CrisisSite::jail, now);
    // Justice decides how long they are held (justice/justice_system.hpp).
    set_crisis_stage(step, id, CrisisStage::jail, now,
                     now + step.hand_offs.arrest(id, draw_duration_days(step, id, police.jail_days), now));
    return;
  }
  if (s.uniform_open() < police.transport_share) {
    take_from_police_to_care(step, id, s.uniform_open() < police.facility_drop_off_share, now);
    return;
  }
  end_episode(step, id, CrisisOutcome::resolved_by_police, now);
}

// In person to the receiving centre when there is a chair (no refusal), else
// the ED; true for the receiving centre.
bool CrisisSystem::take_to_care(Step& step, PersonId id, bool may_use_receiving_centre, double now) {
  ServerPool& chairs = capacity_.stabilisation_chairs;
  if (!may_use_receiving_centre || !chairs.has_free_server()) {
    arrive_at_ed(step, id, now);
    return false;
  }
  chairs.occupy();
  arrive_at(step, id, CrisisSite::stabilisation, now);
  set_crisis_stage(step, id, CrisisStage::stabilisation, now,
                   now + draw_duration_days(step, id, step.scenario.stabilisation.stay_hours / kHoursPerDay));
  return true;
}

void CrisisSystem::take_from_police_to_care(Step& step, PersonId id, bool may_use_receiving_centre, double now) {
  count_transfer(step, id,
                 take_to_care(step, id, may_use_receiving_centre, now)
                     ? CrisisTransfer::police_to_stabilisation
                     : CrisisTransfer::police_to_emergency_department);
}

void CrisisSystem::arrive_at_ed(Step& step, PersonId id, double now) {
  arrive_at(step, id, CrisisSite::emergency_department, now);
  if (capacity_.ed_assessors.has_free_server()) {
    start_ed_assessment(step, id, now);
    return;
  }
  set_crisis_stage(step, id, CrisisStage::awaiting_ed_assessment, now);
  capacity_.ed_assessors.join_queue(id, step.people.crisis_since_day(id));
}

void CrisisSystem::start_ed_assessment(Step& step, PersonId id, double now) {
  capacity_.ed_assessors.occupy();
  set_crisis_stage(
      step, id, CrisisStage::ed_assessment, now,
      now + draw_duration_days(step, id, step.scenario.emergency_department.assessment_hours / kHoursPerDay));
}

// From the ED, a receiving centre or a short-term bed: a bed now, or wait -
// in the short-term bed, or else boarding in the ED.
void CrisisSystem::request_bed(Step& step, PersonId id, double now) {
  const auto from = static_cast<CrisisStage>(step.people.state(id).crisis_stage);
  switch (from) {
    case CrisisStage::short_term_bed: count_transfer(step, id, CrisisTransfer::short_term_bed_to_inpatient); break;
    case CrisisStage::stabilisation: count_transfer(step, id, CrisisTransfer::stabilisation_to_inpatient); break;
    default: count_transfer(step, id, CrisisTransfer::emergency_department_to_inpatient); break;
  }
  if (capacity_.inpatient_beds.has_free_server()) {
    admit_to_bed(step, id, now);
    return;
  }
  if (from == CrisisStage::short_term_bed) {
    set_crisis_stage(step, id, CrisisStage::awaiting_transfer, now);
  } else {
    if (from == CrisisStage::stabilisation) arrive_at(step, id, CrisisSite::emergency_department, now);
    set_crisis_stage(step, id, CrisisStage::ed_boarding, now,
                     now + step.scenario.emergency_department.max_boarding_hours / kHoursPerDay);
    step.log(id, JourneyEvent::ed_boarding_started, now);
  }
  capacity_.inpatient_beds.join_queue(id, step.people.crisis_since_day(id));
}

void CrisisSystem::admit_to_bed(Step& step, PersonId id, double now) {
  const PersonCells cell = step.cell_of(id);
  switch (static_cast<CrisisStage>(step.people.state(id).crisis_stage)) {
    case CrisisStage::ed_boarding: count_boarding_hours(step, id, now); break;
    case CrisisStage::short_term_bed:
    case CrisisStage::awaiting_transfer: capacity_.short_term_beds.release(); break;
    default: break;
  }
  capacity_.inpatient_beds.occupy();
  if (step.people.state(id).crisis_soon_after_discharge)
    step.recorder.count(Metric::readmissions_within_30_days, 0, cell);
  if (step.people.attributes(id).homeless_ill_cohort) step.recorder.count(Metric::cohort_admissions, 0, cell);
  if (step.people.attributes(id).first_episode) step.recorder.count(Metric::first_episode_admissions, 0, cell);
  arrive_at(step, id, CrisisSite::inpatient, now);
  // Compulsion is far likelier when the police met the crisis first (docs/model.md, "Trust").
  const InpatientSettings& inpatient = step.scenario.inpatient;
  const bool after_police = step.people.state(id).crisis_first_site == index_of(CrisisSite::police) + 1;
  if (draw_bernoulli(
          step.stream(id, purpose_of(DrawPurpose::involuntary_admission)),
          after_police ? inpatient.involuntary_share_after_police : inpatient.involuntary_share_health_first)) {
    step.recorder.count(Metric::involuntary_admissions, 0, cell);
    record_coercive_contact(step, id);
  }
  set_crisis_stage(step, id, CrisisStage::inpatient, now,
                   now + draw_duration_days(step, id, step.scenario.inpatient.length_of_stay_days));
}

// One outcome per episode; people met by health care may be linked to
// community care, and a risk window follows care in person.
void CrisisSystem::end_episode(Step& step, PersonId id, CrisisOutcome outcome, double now) {
  const PersonCells cell = step.cell_of(id);
  PersonState& state = step.people.state(id);
  step.recorder.count(Metric::crisis_outcomes, index_of(outcome), cell);
  step.log(id, JourneyEvent::crisis_episode_ended, now);
  if (state.crisis_first_site != 0 && !reached_hospital(outcome)) {
    step.recorder.count(Metric::hospital_free_endings, state.crisis_first_site - 1U, cell);
  }
  state.crisis_first_site = 0;
  state.crisis_soon_after_discharge = 0;
  if (met_by_health_care(outcome)) {
    step.hand_offs.offer_community_support(id, now);
    const auto& follow_up = step.scenario.follow_up;
    step.recorder.count(Metric::follow_up_offers, 0, cell);
    KeyedStream s = step.stream(id, purpose_of(DrawPurpose::crisis_follow_up));
    const bool bridged = s.uniform_open() < follow_up.bridging_share;
    if (bridged) step.recorder.count(Metric::bridged_discharges, 0, cell);
    const bool linked =
        s.uniform_open() < (bridged ? follow_up.bridged_linkage_probability : follow_up.linkage_probability);
    // An ACT team is the person's link to care already.
    if (linked || in_programme(state, Programme::assertive_community_treatment)) {
      state.follow_up_linked = 1;
      step.recorder.count(Metric::follow_ups_within_7_days, 0, cell);
      step.log(id, JourneyEvent::follow_up_linked, now);
      if (has_cmd(state) && static_cast<CarePlace>(state.care_place) == CarePlace::none)
        step.hand_offs.enter_care(id, Route::crisis, now);
    }
  }
  const bool in_a_bed = outcome == CrisisOutcome::inpatient_discharge;
  if (in_a_bed || (met_by_health_care(outcome) && outcome != CrisisOutcome::resolved_by_phone)) {
    step.recorder.count(Metric::risk_windows_opened, 0, cell);
    set_crisis_stage(step, id, in_a_bed ? CrisisStage::after_inpatient : CrisisStage::after_crisis_care, now,
                     now + step.scenario.follow_up.risk_window_days);
  } else if (const double window_days =
                 outcome == CrisisOutcome::jail_release ? step.hand_offs.release_from_jail(id, now) : 0.0;
             window_days > 0) {
    // The window after a release is an after_crisis_care stage with the release's own ratios
    // (justice/release_risk.hpp).
    set_crisis_stage(step, id, CrisisStage::after_crisis_care, now, now + window_days);
  } else {
    set_crisis_stage(step, id, CrisisStage::none, now);
  }
}

}  // namespace mhsim
