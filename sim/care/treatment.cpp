// Treatment: starting it (or finding a misroute), its sessions and their
// copays, finished courses, drop-outs, discharge on recovery, and leaving care.
#include "access/cost_sharing.hpp"
#include "care/care.hpp"
#include "care/payment.hpp"
#include "care/treatment_rates.hpp"
#include "youth/youth_recording.hpp"

namespace mhsim {
namespace {

// The registry of collaborative care covers people treated in primary care.
bool is_primary_care_step(ServiceId s) {
  return s == ServiceId::low_intensity || s == ServiceId::medication_management;
}

}  // namespace

Care::Care(const Scenario& scenario, const StaffDeployment& staff) : school_counselling_(scenario) {
  for (std::size_t s = 0; s < kServiceCount; ++s)
    services_.emplace_back(provider_practice(scenario, s), staff.clinical_fte[s], s);
}

void Care::change_capacity(const Scenario& scenario, const StaffDeployment& staff) {
  for (std::size_t s = 0; s < kServiceCount; ++s) {
    services_[s].change_settings(provider_practice(scenario, s), staff.clinical_fte[s]);
  }
  school_counselling_.change_capacity(scenario);
}

std::array<std::int64_t, kServiceCount> Care::capacity_places() const {
  std::array<std::int64_t, kServiceCount> places{};
  for (std::size_t s = 0; s < kServiceCount; ++s) places[s] = services_[s].capacity_places();
  return places;
}

// Everyone referred to a step leaves its waiting stage once, whatever the route: the mean time of all of
// them, not of starters only, is the W of Little's law for the list (python/mhsim/validation/queueing.py).
void Care::record_list_leaver(Step& step, PersonId id, std::size_t service, double now) {
  const PersonCells cell = step.cell_of(id);
  step.recorder.count(Metric::list_leavers, service, cell);
  step.recorder.count(Metric::list_days_sum, service, cell, now - step.people.care_since_day(id));
}

void Care::start_treatment(Step& step, PersonId id, ServiceId service, double now) {
  PersonState& person = step.people.state(id);
  record_list_leaver(step, id, index_of(service), now);
  if (person.triaged_service != index_of(service)) {
    bounce(step, id, now);
    return;
  }
  Service& s = services_[index_of(service)];
  const PersonCells cell = step.cell_of(id);
  if (person.school_counselled) {
    school_counselling_.take_place();
    step.recorder.count(Metric::school_counselling_starts, 0, cell);
  } else {
    s.start_treatment();
  }
  const double wait_days = now - step.people.care_since_day(id);
  const std::size_t service_severity =
      index_of(service) * kSeverityLabels.size() + index_of(severity_of(static_cast<CmdState>(person.cmd)));
  step.recorder.count(Metric::treatment_starts, service_severity, cell);
  step.recorder.count(Metric::wait_days_sum, service_severity, cell, wait_days);
  step.recorder.record_wait(index_of(service), wait_days);
  person.care_place = static_cast<std::uint8_t>(CarePlace::in_treatment);
  step.people.care_since_day(id) = now;
  step.people.treatment_end_day[id] = now + course_days(step, id, s.settings());
  if (!person.episode_treated) {
    person.episode_treated = 1;
    step.recorder.count(Metric::first_treatment_starts, index_of(service), cell);
    if (person.clinic_episode) step.recorder.count(Metric::clinic_treatment_starts, index_of(service), cell);
    const PersonAttributes& attributes = step.people.attributes(id);
    count_if_young(step.recorder, Metric::young_first_treatment_starts, attributes, cell);
    count_if_young(step.recorder, Metric::young_first_treatment_wait_days_sum, attributes, cell,
                   now - step.people.episode_start_day(id));
  }
  if (is_primary_care_step(service) && registry_in_use_ < step.staff.registry_places) {
    person.on_registry = 1;
    ++registry_in_use_;
  }
  step.log(id, JourneyEvent::treatment_start, now);
}

// The sessions of the course so far, the copays paid for them, and how they were delivered.
void Care::record_sessions(Step& step, PersonId id, double now) {
  const PersonState& person = step.people.state(id);
  const PersonCells cell = step.cell_of(id);
  const double sessions = sessions_so_far(step, id, now);
  step.recorder.count(Metric::sessions, person.care_service, cell, sessions);
  const PersonAttributes& attributes = step.people.attributes(id);
  step.recorder.count(Metric::out_of_pocket_paid, attributes.coverage, cell,
                      sessions * session_copay(step.scenario.cost_sharing, attributes, person.care_service));
  const SessionAccessCounts delivered = session_access_counts(step.scenario, attributes, person.care_service, sessions);
  step.recorder.count(Metric::remote_sessions, person.care_service, cell, delivered.remote_sessions);
  step.recorder.count(Metric::interpreter_hours, person.care_service, cell, delivered.interpreter_hours);
  step.recorder.count(Metric::out_of_hours_sessions, person.care_service, cell, delivered.out_of_hours_sessions);
  step.recorder.count(Metric::transport_supported_sessions, person.care_service, cell,
                      delivered.transport_supported_sessions);
  step.recorder.count(Metric::travel_hours_saved, 0, cell, delivered.travel_hours_saved);
  record_if_adequate(step, id, sessions);
}

void Care::leave(Step& step, PersonId id, double now) {
  PersonState& person = step.people.state(id);
  Service& s = services_[person.care_service];
  switch (static_cast<CarePlace>(person.care_place)) {
    case CarePlace::none: return;
    case CarePlace::waiting:
      s.leave_waiting_list();
      record_list_leaver(step, id, person.care_service, now);
      break;
    case CarePlace::in_treatment:
      if (person.school_counselled) {
        school_counselling_.free_place();
        person.school_counselled = 0;
      } else {
        s.end_treatment();
      }
      record_sessions(step, id, now);
      break;
  }
  leave_registry(person);
  person.intensified = 0;
  person.care_place = static_cast<std::uint8_t>(CarePlace::none);
  step.people.treatment_end_day[id] = kNever;
}

double Care::sessions_so_far(const Step& step, PersonId id, double now) const {
  const double weeks_treated = (now - step.people.care_since_day(id)) / kDaysPerWeek;
  return weeks_treated * services_[step.people.state(id).care_service].settings().sessions_per_week;
}

// A course that ended, however it ended (its length run, remission, a drop-out or a step-up), after at least two
// sessions: NHS Talking Therapies' "finished a course of treatment". Recovery as it counts it: from caseness at the
// start to below it at the end.
void Care::record_finished_course(Step& step, PersonId id, PersonCells cell, double now) {
  const PersonState& person = step.people.state(id);
  const double sessions = sessions_so_far(step, id, now);
  if (sessions < kFinishedCourseSessions) return;
  step.recorder.count(Metric::finished_courses, person.care_service, cell);
  step.recorder.count(Metric::finished_course_sessions, person.care_service, cell, sessions);
  if (person.episode_start_score < kCasenessScore) return;
  step.recorder.count(Metric::finished_from_caseness, person.care_service, cell);
  if (person.score < kCasenessScore) step.recorder.count(Metric::recovered_from_caseness, person.care_service, cell);
}

void Care::leave_registry(PersonState& person) {
  if (!person.on_registry) return;
  person.on_registry = 0;
  --registry_in_use_;
}

void Care::on_waiting_dropout(Step& step, PersonId id, PersonCells cell, double now) {
  step.recorder.count(Metric::dropouts_waiting, step.people.state(id).care_service, cell);
  step.log(id, JourneyEvent::waiting_dropout, now);
  leave(step, id, now);
}

void Care::on_treatment_dropout(Step& step, PersonId id, PersonCells cell, double now) {
  const TreatmentDropoutRates rates =
      treatment_dropout_rates(step.scenario, step.people.attributes(id), step.people.state(id));
  if (rates.stock_out_per_year > 0 && draw_bernoulli(step.stream(id, purpose_of(DrawPurpose::dropout_reason)),
                                                     rates.stock_out_per_year / rates.total_per_year())) {
    step.recorder.count(Metric::stock_out_interruptions, 0, cell);
  } else {
    step.recorder.count(Metric::dropouts_treatment, step.people.state(id).care_service, cell);
  }
  record_finished_course(step, id, cell, now);
  step.log(id, JourneyEvent::treatment_dropout, now);
  leave(step, id, now);
}

void Care::after_remission(Step& step, PersonId id, PersonCells cell, double now) {
  record_response_if_any(step, id, cell, now);
  const PersonState& person = step.people.state(id);
  const auto place = static_cast<CarePlace>(person.care_place);
  if (place == CarePlace::waiting) step.recorder.count(Metric::recoveries_waiting, person.care_service, cell);
  if (place == CarePlace::in_treatment) {
    const std::size_t service = person.care_service;
    step.recorder.count(Metric::recoveries_in_treatment, service, cell);
    // Paid per session, some providers keep a recovered person on until the course ends (care/payment.hpp).
    const double discharged = discharge_on_recovery_share(step.scenario, service);
    if (discharged < 1.0 &&
        !draw_bernoulli(step.stream(id, purpose_of(DrawPurpose::discharge_on_recovery)), discharged)) {
      return;
    }
    record_finished_course(step, id, cell, now);
  }
  leave(step, id, now);  // discharged on recovery
}

void Care::serve_waiting_lists(Step& step, double now) {
  for (std::size_t s = 0; s < kServiceCount; ++s) {
    const auto service = static_cast<ServiceId>(s);
    const auto still_waiting = [&](PersonId id, double join_day) {
      const PersonState& person = step.people.state(id);
      return static_cast<CarePlace>(person.care_place) == CarePlace::waiting && person.care_service == s &&
             step.people.care_since_day(id) == join_day;
    };
    step.serve(
        services_[s].places(), still_waiting, [&](PersonId id) { start_treatment(step, id, service, now); }, now,
        services_[s].settings().severity_head_start_days);
  }
}

}  // namespace mhsim
