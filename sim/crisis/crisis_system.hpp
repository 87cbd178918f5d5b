#pragma once
// The crisis system (docs/model.md, "Crises"): a crisis comes through one door
// - the crisis line, in person, or the police - and moves through timed stages
// in hours: a call, a mobile team, police attendance, a receiving-centre chair,
// a short-term bed, the ED, an inpatient bed or jail. Each stage ends at the
// time held in the person's crisis_stage_end process; people waiting for a
// seat, a team, an assessor or a bed are served first come, first served
// whenever one frees. An episode ends with one CrisisOutcome, then possibly a
// follow-up link to care and a risk window. Owns the crisis system's capacity.
#include <cstdint>

#include "crisis/crisis_capacity.hpp"
#include "crisis/crisis_stage.hpp"
#include "event/step.hpp"

namespace mhsim {

class CrisisSystem {
 public:
  CrisisSystem() = default;
  CrisisSystem(const Scenario& scenario, std::int64_t population) : capacity_(scenario, population) {}

  const CrisisCapacity& capacity() const { return capacity_; }
  // Stages under way keep the ends already drawn; beds closed empty as their patients leave.
  void change_capacity(const Scenario& scenario, std::int64_t population) { capacity_.resize(scenario, population); }

  void on_crisis(Step& step, PersonId id, double now);
  void on_stage_end(Step& step, PersonId id, double now);
  // Frees whatever the person holds or waits for (on death).
  void leave(Step& step, PersonId id);
  // Whoever waits longest for a freed seat, team, assessor or bed gets it.
  void serve_queues(Step& step, double now);

 private:
  // The doors and the responders (crisis/crisis_episode.cpp).
  void call_crisis_line(Step& step, PersonId id, double now);
  void answer_call(Step& step, PersonId id, double now);
  void request_mobile_team(Step& step, PersonId id, double now);
  void send_mobile_team(Step& step, PersonId id, double request_day, double now);
  void send_police(Step& step, PersonId id, double now);
  void after_police_attendance(Step& step, PersonId id, double now);
  bool take_to_care(Step& step, PersonId id, bool may_use_receiving_centre, double now);
  void take_from_police_to_care(Step& step, PersonId id, bool may_use_receiving_centre, double now);
  void arrive_at_ed(Step& step, PersonId id, double now);
  void start_ed_assessment(Step& step, PersonId id, double now);
  void request_bed(Step& step, PersonId id, double now);
  void admit_to_bed(Step& step, PersonId id, double now);
  void end_episode(Step& step, PersonId id, CrisisOutcome outcome, double now);
  // Where a stage ends onward (crisis/crisis_stages.cpp).
  void after_stabilisation(Step& step, PersonId id, KeyedStream& branch, double now);
  void after_ed_assessment(Step& step, PersonId id, KeyedStream& branch, double now);

  CrisisCapacity capacity_;
};

// Bookkeeping of stages (crisis/crisis_stages.cpp).
void set_crisis_stage(Step& step, PersonId id, CrisisStage stage, double now, double end_day = kNever);
void arrive_at(Step& step, PersonId id, CrisisSite site, double now);
void count_transfer(Step& step, PersonId id, CrisisTransfer move);
void count_boarding_hours(Step& step, PersonId id, double now);
double draw_duration_days(Step& step, PersonId id, double mean_days);

}  // namespace mhsim
