#pragma once
// Care (docs/model.md, "Care"): triage to a first step, hand-offs between
// steps (each referral may be lost), misroutes found at assessment, waiting
// lists, treatment and leaving it, measurement-based care on the collaborative
// care registry, and moves up and down the stepped-care ladder. Owns the
// services and the registry; a person's place in care is in their own state.
#include <array>
#include <cstdint>
#include <vector>

#include "care/service.hpp"
#include "event/draw_purpose.hpp"
#include "event/step.hpp"
#include "youth/school_counselling.hpp"

namespace mhsim {

class Care {
 public:
  Care() = default;
  Care(const Scenario& scenario, const StaffDeployment& staff);

  // The services' settings as practised under `scenario`, and their places from `staff`.
  void change_capacity(const Scenario& scenario, const StaffDeployment& staff);

  const Service& service(std::size_t s) const { return services_[s]; }
  std::array<std::int64_t, kServiceCount> capacity_places() const;

  // Triage to a first step, then the referral to it (care/triage.cpp).
  void enter(Step& step, PersonId id, Route route, double now);

  // Events of a person in care (care/treatment.cpp, care/stepped_care.cpp).
  void on_waiting_dropout(Step& step, PersonId id, PersonCells cell, double now);
  void on_treatment_dropout(Step& step, PersonId id, PersonCells cell, double now);
  void on_treatment_milestone(Step& step, PersonId id, double now);
  // After the person's score changed: a response, if this is one.
  void record_response_if_any(Step& step, PersonId id, PersonCells cell, double now);
  // After the person's disorder remitted: recovered on the list, or discharged from treatment.
  void after_remission(Step& step, PersonId id, PersonCells cell, double now);

  // A trial's assessment 12 months after entering care (care/episode_outcomes.cpp): counted once per follow-up,
  // with the state the person had at the mark. Call before each of the person's events.
  void assess_at_12_months_if_due(Step& step, PersonId id, double now);

  // At 18 (care/camhs.cpp): a person waiting or in treatment in CAMHS moves to adult care, or is lost.
  void move_to_adult_care(Step& step, PersonId id, double now);

  // Frees whatever place the person holds (on leaving care, and on death).
  void leave(Step& step, PersonId id, double now);
  // Free places go to the people waiting, service by service.
  void serve_waiting_lists(Step& step, double now);

 private:
  void refer(Step& step, PersonId id, ServiceId service, double loss_probability, DrawPurpose loss_draw, double now);
  void join_service(Step& step, PersonId id, ServiceId service, double now);
  void start_treatment(Step& step, PersonId id, ServiceId service, double now);
  void bounce(Step& step, PersonId id, double now);  // a misrouted person found at assessment
  bool accepted_by_camhs(Step& step, PersonId id, double now);  // counts the referral; false: turned away
  void record_sessions(Step& step, PersonId id, double now);
  void record_list_leaver(Step& step, PersonId id, std::size_t service, double now);
  void record_finished_course(Step& step, PersonId id, PersonCells cell, double now);
  // care/episode_outcomes.cpp
  void record_if_adequate(Step& step, PersonId id, double sessions);
  void start_follow_up_if_none(Step& step, PersonId id, double now);
  void leave_registry(PersonState& person);
  double sessions_so_far(const Step& step, PersonId id, double now) const;  // in the current course

  // Moving between steps (care/stepped_care.cpp).
  void step_up(Step& step, PersonId id, ServiceId to, double now);
  void step_down(Step& step, PersonId id, ServiceId to, double now);
  void hand_on(Step& step, PersonId id, ServiceId to, double loss_ratio, double now);
  void intensify_in_place(Step& step, PersonId id, double now);
  void record_step_up(Step& step, PersonId id, double now);

  std::vector<Service> services_;
  std::int64_t registry_in_use_ = 0;
  SchoolCounselling school_counselling_;  // youth/: brief therapy in school on counsellors' places
};

// When a person in treatment next reaches a milestone: a re-score on the
// registry, or the end of the course (care/stepped_care.cpp).
double next_treatment_milestone_day(const Population& people, const Scenario& scenario, PersonId id, double now);

// The step a triaged person goes to: under 18, CAMHS in place of the adult therapy and team steps
// (care/camhs.cpp). Any route into care (enter) applies it.
ServiceId young_persons_step(const Population& people, PersonId id, ServiceId triaged);

// The length of a course starting now at a step as practised: the planned length, or an exponential draw
// with that mean (services.<step>.course_length; care/course_length.cpp).
double course_days(Step& step, PersonId id, const ServiceSettings& practised);

// Whether the person's score is at most half the score their care episode began with.
bool is_responder(const PersonState& person);

// A course ends finished, as NHS Talking Therapies counts it, after at least this many sessions, however it ends.
inline constexpr double kFinishedCourseSessions = 2.0;

// Whether a course of `sessions` with step `service` is minimally adequate treatment (care/episode_outcomes.cpp).
bool is_minimally_adequate_course(std::size_t service, double sessions);

}  // namespace mhsim
