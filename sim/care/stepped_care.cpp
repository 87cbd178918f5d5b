// Moving between steps: treatment milestones (the end of a course, or a
// measurement-based re-score on the collaborative care registry), step-up,
// intensification in place, step-down, and responses.
#include <algorithm>
#include <cmath>
#include <optional>

#include "care/care.hpp"
#include "care/payment.hpp"

namespace mhsim {
namespace {

constexpr double kMilestoneToleranceDays = 0.01;

// The stepped-care ladder (NICE CG90): self-help, then guided low-intensity
// work, then high-intensity therapy, then the community team.
// Medication that does not work gains psychological therapy alongside.
std::optional<ServiceId> step_up_from(ServiceId from) {
  switch (from) {
    case ServiceId::digital_self_help: return ServiceId::low_intensity;
    case ServiceId::low_intensity: return ServiceId::high_intensity;
    case ServiceId::high_intensity: return ServiceId::community_team;
    case ServiceId::medication_management: return ServiceId::high_intensity;
    case ServiceId::community_team:
    case ServiceId::camhs: return std::nullopt;  // beyond it, admission comes through a crisis
  }
  return std::nullopt;
}

// Specialist care that ends with the person still ill hands them back down:
// from the community team to the GP.
std::optional<ServiceId> step_down_from(ServiceId from) {
  if (from == ServiceId::community_team) return ServiceId::medication_management;
  return std::nullopt;
}

}  // namespace

// A re-score on the registry, or the end of the planned course. Measurement-
// based care intensifies the treatment of non-responders in place from the
// review week on, when the consulting psychiatrist has time to review them, and
// steps up those still not responding when the course ends. Without it a
// non-response is noticed, if at all, when the course ends. A step-up up the
// ladder leaves the current treatment, so it waits for the course to end.
void Care::on_treatment_milestone(Step& step, PersonId id, double now) {
  const PersonState& person = step.people.state(id);
  const auto service = static_cast<ServiceId>(person.care_service);
  const PersonCells cell = step.cell_of(id);
  const bool course_over = now >= step.people.treatment_end_day[id] - kMilestoneToleranceDays;
  // A person kept on after recovering (fee-for-service, payment.hpp) is well, and completes.
  const bool recovered = static_cast<CmdState>(person.cmd) == CmdState::none;
  const std::optional<ServiceId> higher = recovered || is_responder(person) ? std::nullopt : step_up_from(service);
  if (!course_over) {
    step.recorder.count(Metric::rescores, index_of(service), cell);
    step.log(id, JourneyEvent::rescored, now);
    const double weeks_in_treatment = (now - step.people.care_since_day(id)) / kDaysPerWeek;
    if (!person.intensified && higher &&
        weeks_in_treatment >= step.scenario.collaborative_care.step_up_review_weeks - kMilestoneToleranceDays &&
        draw_bernoulli(step.stream(id, purpose_of(DrawPurpose::step_up)), step.staff.consult_coverage)) {
      intensify_in_place(step, id, now);
    }
    return;
  }
  const double step_up_probability = person.on_registry
                                         ? step.staff.consult_coverage
                                         : course_end_step_up_probability(step.scenario, person.care_service);
  if (higher && draw_bernoulli(step.stream(id, purpose_of(DrawPurpose::step_up)), step_up_probability)) {
    step_up(step, id, *higher, now);
    return;
  }
  step.recorder.count(Metric::completions, index_of(service), cell);
  record_finished_course(step, id, cell, now);
  step.log(id, JourneyEvent::treatment_completion, now);
  leave(step, id, now);
  if (recovered) return;  // well: discharged, not handed down a step (a referral needs a severity)
  if (const auto lower = step_down_from(service)) step_down(step, id, *lower, now);
}

// The discharging team arranges the next step: a warm handoff.
void Care::step_down(Step& step, PersonId id, ServiceId to, double now) {
  step.recorder.count(Metric::step_downs, step.people.state(id).care_service, step.cell_of(id));
  step.log(id, JourneyEvent::stepped_down, now, step.people.state(id).care_service);  // the step left
  hand_on(step, id, to, step.scenario.primary_care.warm_handoff_loss_ratio, now);
}

// A referral to another step chosen by a clinician, not by triage (to CAMHS in place of an adult step, under 18).
void Care::hand_on(Step& step, PersonId id, ServiceId to_step, double loss_ratio, double now) {
  const ServiceId to = young_persons_step(step.people, id, to_step);
  if (to == ServiceId::camhs && !accepted_by_camhs(step, id, now)) return;
  step.people.state(id).triaged_service = static_cast<std::uint8_t>(index_of(to));
  refer(step, id, to, step.scenario.services[index_of(to)].referral_loss_probability * loss_ratio,
        DrawPurpose::referral_loss, now);
}

void Care::record_step_up(Step& step, PersonId id, double now) {
  const PersonCells cell = step.cell_of(id);
  const std::size_t service = step.people.state(id).care_service;
  step.recorder.count(Metric::step_ups, service, cell);
  step.recorder.count(Metric::step_up_weeks_sum, service, cell,
                      (now - static_cast<double>(step.people.episode_start_day(id))) / kDaysPerWeek);
  step.log(id, JourneyEvent::stepped_up, now);
}

// A step-up on the registry before the course ends keeps the person in
// primary care with a stronger treatment and a new course.
void Care::intensify_in_place(Step& step, PersonId id, double now) {
  PersonState& person = step.people.state(id);
  record_step_up(step, id, now);
  // The first course's sessions are counted now; the new course counts its own.
  record_sessions(step, id, now);
  person.intensified = 1;
  step.people.care_since_day(id) = now;
  step.people.treatment_end_day[id] = now + course_days(step, id, services_[person.care_service].settings());
}

void Care::step_up(Step& step, PersonId id, ServiceId to, double now) {
  record_step_up(step, id, now);
  record_finished_course(step, id, step.cell_of(id), now);
  // A care manager arranges the next step in person: a warm handoff.
  const bool arranged_by_care_manager = step.people.state(id).on_registry;
  leave(step, id, now);
  hand_on(step, id, to, arranged_by_care_manager ? step.scenario.primary_care.warm_handoff_loss_ratio : 1.0, now);
}

bool is_responder(const PersonState& person) {
  return 2 * static_cast<int>(person.score) <= static_cast<int>(person.episode_start_score);
}

void Care::record_response_if_any(Step& step, PersonId id, PersonCells cell, double now) {
  PersonState& person = step.people.state(id);
  if (person.episode_responded || person.episode_first_service == kNoService || !is_responder(person)) return;
  person.episode_responded = 1;
  if (static_cast<CarePlace>(person.care_place) == CarePlace::in_treatment) {
    step.recorder.count(Metric::responses, person.care_service, cell);
    leave_registry(person);  // a responder no longer needs the care manager's registry place
  }
  if (now - static_cast<double>(step.people.episode_start_day(id)) <= kDaysPerYear) {
    step.recorder.count(Metric::responses_within_12_months, person.episode_first_service, cell);
  }
  step.log(id, JourneyEvent::responded, now);
}

double next_treatment_milestone_day(const Population& people, const Scenario& scenario, PersonId id, double now) {
  const double course_end = people.treatment_end_day[id];
  if (!people.state(id).on_registry) return course_end;
  const double interval_days = scenario.collaborative_care.rescore_interval_weeks * kDaysPerWeek;
  const double start = people.care_since_day(id);
  const double next =
      start + (std::floor((now - start + kMilestoneToleranceDays) / interval_days) + 1.0) * interval_days;
  return std::min(next, course_end);
}

}  // namespace mhsim
