// Moving between steps: treatment milestones (the end of a course, or a
// measurement-based re-score on the collaborative care registry), step-up,
// intensification in place, step-down, and responses.
#include <algorithm>
#include <cmath>
#include <optional>

#include "event/draw_purpose.hpp"
#include "care/payment.hpp"
#include "simulation/simulation.hpp"

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
    case ServiceId::community_team: return std::nullopt;  // beyond it, admission comes through a crisis
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
void Simulation::on_treatment_milestone(PersonId id, double now) {
  const PersonState& person = people_.state(id);
  const auto service = static_cast<ServiceId>(person.care_service);
  const std::size_t cell = cell_of(id);
  const bool course_over = now >= people_.treatment_end_day[id] - kMilestoneToleranceDays;
  // A person kept on after recovering (fee-for-service, payment.hpp) is well, and completes.
  const bool recovered = static_cast<CmdState>(person.cmd) == CmdState::none;
  const std::optional<ServiceId> higher = recovered || is_responder(id) ? std::nullopt : step_up_from(service);
  if (!course_over) {
    recorder_.count(Metric::rescores, index_of(service), cell);
    log(id, JourneyEvent::rescored, now);
    const double weeks_in_treatment = (now - people_.care_since_day[id]) / kDaysPerWeek;
    if (!person.intensified && higher &&
        weeks_in_treatment >= scenario_.collaborative_care.step_up_review_weeks - kMilestoneToleranceDays &&
        draw_bernoulli(stream(id, purpose_of(DrawPurpose::step_up)), workforce_.consult_coverage)) {
      intensify_in_place(id, now);
    }
    return;
  }
  const double step_up_probability =
      person.on_registry ? workforce_.consult_coverage : course_end_step_up_probability(scenario_, person.care_service);
  if (higher && draw_bernoulli(stream(id, purpose_of(DrawPurpose::step_up)), step_up_probability)) {
    step_up(id, *higher, now);
    return;
  }
  recorder_.count(Metric::completions, index_of(service), cell);
  record_finished_course(id, cell, now);
  log(id, JourneyEvent::treatment_completion, now);
  leave_care(id, now);
  if (const auto lower = step_down_from(service)) step_down(id, *lower, now);
}

// The discharging team arranges the next step: a warm handoff.
void Simulation::step_down(PersonId id, ServiceId to, double now) {
  recorder_.count(Metric::step_downs, people_.state(id).care_service, cell_of(id));
  log(id, JourneyEvent::stepped_down, now);
  hand_on(id, to, scenario_.primary_care.warm_handoff_loss_ratio, now);
}

// A referral to another step chosen by a clinician, not by triage.
void Simulation::hand_on(PersonId id, ServiceId to, double loss_ratio, double now) {
  people_.state(id).triaged_service = static_cast<std::uint8_t>(index_of(to));
  refer(id, to, scenario_.services[index_of(to)].referral_loss_probability * loss_ratio, DrawPurpose::referral_loss,
        now);
}

void Simulation::record_step_up(PersonId id, double now) {
  const std::size_t cell = cell_of(id);
  const std::size_t service = people_.state(id).care_service;
  recorder_.count(Metric::step_ups, service, cell);
  recorder_.count(Metric::step_up_weeks_sum, service, cell,
                  (now - static_cast<double>(people_.episode_start_day[id])) / kDaysPerWeek);
  log(id, JourneyEvent::stepped_up, now);
}

// A step-up on the registry before the course ends keeps the person in
// primary care with a stronger treatment and a new course.
void Simulation::intensify_in_place(PersonId id, double now) {
  PersonState& person = people_.state(id);
  record_step_up(id, now);
  // The first course's sessions are counted now; the new course counts its own.
  record_sessions(id, now);
  person.intensified = 1;
  people_.care_since_day[id] = now;
  people_.treatment_end_day[id] = now + services_[person.care_service].settings().treatment_weeks * kDaysPerWeek;
}

void Simulation::step_up(PersonId id, ServiceId to, double now) {
  record_step_up(id, now);
  // A care manager arranges the next step in person: a warm handoff.
  const bool arranged_by_care_manager = people_.state(id).on_registry;
  leave_care(id, now);
  hand_on(id, to, arranged_by_care_manager ? scenario_.primary_care.warm_handoff_loss_ratio : 1.0, now);
}

bool Simulation::is_responder(PersonId id) const {
  const PersonState& person = people_.state(id);
  return 2 * static_cast<int>(person.score) <= static_cast<int>(person.episode_start_score);
}

void Simulation::record_response_if_any(PersonId id, std::size_t cell, double now) {
  PersonState& person = people_.state(id);
  if (person.episode_responded || person.episode_first_service == kNoService || !is_responder(id)) return;
  person.episode_responded = 1;
  if (static_cast<CarePlace>(person.care_place) == CarePlace::in_treatment) {
    recorder_.count(Metric::responses, person.care_service, cell);
    leave_registry(id);  // a responder no longer needs the care manager's registry place
  }
  if (now - static_cast<double>(people_.episode_start_day[id]) <= kDaysPerYear) {
    recorder_.count(Metric::responses_within_12_months, person.episode_first_service, cell);
  }
  log(id, JourneyEvent::responded, now);
}

double Simulation::next_treatment_milestone_day(PersonId id, double now) const {
  const double course_end = people_.treatment_end_day[id];
  if (!people_.state(id).on_registry) return course_end;
  const double interval_days = scenario_.collaborative_care.rescore_interval_weeks * kDaysPerWeek;
  const double start = people_.care_since_day[id];
  const double next = start + (std::floor((now - start + kMilestoneToleranceDays) / interval_days) + 1.0) * interval_days;
  return std::min(next, course_end);
}

}  // namespace mhsim
