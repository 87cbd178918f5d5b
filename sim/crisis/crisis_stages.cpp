// The stages of a crisis episode: their bookkeeping, where each ends onward,
// and the queues for the crisis system's seats, teams, assessors and beds.
#include <boost/random/exponential_distribution.hpp>
#include <cmath>
#include <limits>

#include "core/units.hpp"
#include "crisis/crisis_system.hpp"
#include "event/draw_purpose.hpp"

namespace mhsim {

double draw_duration_days(Step& step, PersonId id, double mean_days) {
  KeyedStream s = step.stream(id, purpose_of(DrawPurpose::crisis_duration));
  return boost::random::exponential_distribution<double>(1.0 / mean_days)(s);
}

void set_crisis_stage(Step& step, PersonId id, CrisisStage stage, double now, double end_day) {
  step.people.state(id).crisis_stage = static_cast<std::uint8_t>(stage);
  step.people.crisis_since_day(id) = static_cast<float>(now);
  // Stored in float, never before now (see reschedule).
  float stored = static_cast<float>(end_day);
  if (static_cast<double>(stored) < now) stored = std::nextafter(stored, std::numeric_limits<float>::infinity());
  step.people.next_day[id][static_cast<std::size_t>(Process::crisis_stage_end)] = stored;
}

void arrive_at(Step& step, PersonId id, CrisisSite site, double now) {
  const PersonCells cell = step.cell_of(id);
  step.recorder.count(Metric::crisis_site_arrivals, index_of(site), cell);
  step.log(id, static_cast<JourneyEvent>(index_of(JourneyEvent::call_answered) + index_of(site)), now);
  const bool in_person = site == CrisisSite::mobile_team || site == CrisisSite::police ||
                         site == CrisisSite::stabilisation || site == CrisisSite::emergency_department;
  PersonState& state = step.people.state(id);
  if (in_person && state.crisis_first_site == 0) {
    state.crisis_first_site = static_cast<std::uint8_t>(index_of(site) + 1);
    step.recorder.count(Metric::crisis_first_sites, index_of(site), cell);
  }
}

void count_transfer(Step& step, PersonId id, CrisisTransfer move) {
  step.recorder.count(Metric::crisis_transfers, index_of(move), step.cell_of(id));
}

void count_boarding_hours(Step& step, PersonId id, double now) {
  step.recorder.count(Metric::ed_boarding_hours_sum, 0, step.cell_of(id),
                      (now - static_cast<double>(step.people.crisis_since_day(id))) * kHoursPerDay);
}

void CrisisSystem::on_stage_end(Step& step, PersonId id, double now) {
  const PersonCells cell = step.cell_of(id);
  KeyedStream branch = step.stream(id, purpose_of(DrawPurpose::crisis_branch));
  switch (static_cast<CrisisStage>(step.people.state(id).crisis_stage)) {
    case CrisisStage::calling:  // hung up before an answer
      capacity_.line_seats.leave_queue();
      step.recorder.count(Metric::calls_abandoned, 0, cell);
      step.log(id, JourneyEvent::call_abandoned, now);
      if (branch.uniform_open() < step.scenario.crisis_line.abandoned_to_police_share) {
        send_police(step, id, now);
      } else {
        end_episode(step, id, CrisisOutcome::unresolved, now);
      }
      break;
    case CrisisStage::on_call:
      capacity_.line_seats.release();
      if (branch.uniform_open() < step.scenario.crisis_line.resolved_by_phone_share) {
        end_episode(step, id, CrisisOutcome::resolved_by_phone, now);
      } else {
        request_mobile_team(step, id, now);
      }
      break;
    case CrisisStage::awaiting_mobile_team:  // no team free in time
      capacity_.mobile_teams.leave_queue();
      step.recorder.count(Metric::mobile_fallbacks_to_police, 0, cell);
      send_police(step, id, now);
      break;
    case CrisisStage::mobile_team:
      capacity_.mobile_teams.release();
      if (branch.uniform_open() < step.scenario.mobile_team.resolved_on_site_share) {
        end_episode(step, id, CrisisOutcome::resolved_by_mobile_team, now);
      } else {
        count_transfer(step, id,
                       take_to_care(step, id, true, now) ? CrisisTransfer::mobile_team_to_stabilisation
                                                         : CrisisTransfer::mobile_team_to_emergency_department);
      }
      break;
    case CrisisStage::police: after_police_attendance(step, id, now); break;
    case CrisisStage::stabilisation:
      capacity_.stabilisation_chairs.release();
      after_stabilisation(step, id, branch, now);
      break;
    case CrisisStage::short_term_bed:
      if (branch.uniform_open() < step.scenario.short_term_beds.inpatient_share) {
        request_bed(step, id, now);  // keeps the short-term bed until admitted
      } else {
        capacity_.short_term_beds.release();
        end_episode(step, id, CrisisOutcome::short_term_bed_discharge, now);
      }
      break;
    case CrisisStage::ed_assessment:
      capacity_.ed_assessors.release();
      after_ed_assessment(step, id, branch, now);
      break;
    case CrisisStage::inpatient:
      capacity_.inpatient_beds.release();
      step.recorder.count(Metric::length_of_stay_days_sum, 0, cell,
                          now - static_cast<double>(step.people.crisis_since_day(id)));
      end_episode(step, id, CrisisOutcome::inpatient_discharge, now);
      break;
    case CrisisStage::ed_boarding:  // no bed within the limit
      capacity_.inpatient_beds.leave_queue();
      count_boarding_hours(step, id, now);
      step.recorder.count(Metric::boarding_discharges, 0, cell);
      end_episode(step, id, CrisisOutcome::ed_discharge, now);
      break;
    case CrisisStage::jail: end_episode(step, id, CrisisOutcome::jail_release, now); break;
    case CrisisStage::after_inpatient:
    case CrisisStage::after_crisis_care: set_crisis_stage(step, id, CrisisStage::none, now); break;
    case CrisisStage::none:
    case CrisisStage::awaiting_ed_assessment:
    case CrisisStage::awaiting_transfer: break;  // untimed: they end when a server frees
  }
}

// From a receiving centre: admission, a short-term bed if one is free, or home.
void CrisisSystem::after_stabilisation(Step& step, PersonId id, KeyedStream& branch, double now) {
  const double onward = branch.uniform_open();
  const auto& centre = step.scenario.stabilisation;
  if (onward < centre.inpatient_share) {
    request_bed(step, id, now);
  } else if (onward < centre.inpatient_share + centre.short_term_bed_share &&
             capacity_.short_term_beds.has_free_server()) {
    count_transfer(step, id, CrisisTransfer::stabilisation_to_short_term_bed);
    capacity_.short_term_beds.occupy();
    arrive_at(step, id, CrisisSite::short_term_bed, now);
    set_crisis_stage(step, id, CrisisStage::short_term_bed, now,
                     now + draw_duration_days(step, id, step.scenario.short_term_beds.stay_days));
  } else {
    end_episode(step, id, CrisisOutcome::stabilised, now);
  }
}

// Admitted - less often when no bed is free - or sent home.
void CrisisSystem::after_ed_assessment(Step& step, PersonId id, KeyedStream& branch, double now) {
  const auto& ed = step.scenario.emergency_department;
  const double ratio_when_full = capacity_.inpatient_beds.has_free_server() ? 1.0 : ed.admission_share_ratio_when_full;
  if (branch.uniform_open() < ed.admission_share * ratio_when_full) {
    request_bed(step, id, now);
  } else {
    end_episode(step, id, CrisisOutcome::ed_discharge, now);
  }
}

void CrisisSystem::leave(Step& step, PersonId id) {
  CrisisCapacity& c = capacity_;
  switch (static_cast<CrisisStage>(step.people.state(id).crisis_stage)) {
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
  step.people.state(id).crisis_stage = static_cast<std::uint8_t>(CrisisStage::none);
}

void CrisisSystem::serve_queues(Step& step, double now) {
  CrisisCapacity& c = capacity_;
  const auto waiting_in = [&](auto... stages) {
    return [&step, stages...](PersonId id, double join_day) {
      const auto stage = static_cast<CrisisStage>(step.people.state(id).crisis_stage);
      return ((stage == stages) || ...) && step.people.crisis_since_day(id) == join_day;
    };
  };
  step.serve(
      c.line_seats, waiting_in(CrisisStage::calling), [&](PersonId id) { answer_call(step, id, now); }, now);
  // Most events find nobody waiting anywhere: the shift is checked only when it matters.
  if (c.mobile_teams.waiting() > 0 && c.mobile_teams.has_free_server() &&
      mobile_teams_on_shift(step.scenario.mobile_team, now)) {
    step.serve(
        c.mobile_teams, waiting_in(CrisisStage::awaiting_mobile_team),
        [&](PersonId id) { send_mobile_team(step, id, static_cast<double>(step.people.crisis_since_day(id)), now); },
        now);
  }
  step.serve(
      c.ed_assessors, waiting_in(CrisisStage::awaiting_ed_assessment),
      [&](PersonId id) { start_ed_assessment(step, id, now); }, now);
  step.serve(
      c.inpatient_beds, waiting_in(CrisisStage::ed_boarding, CrisisStage::awaiting_transfer),
      [&](PersonId id) { admit_to_bed(step, id, now); }, now);
}

}  // namespace mhsim
