#pragma once
// One run of one scenario with one seed: builds the population and the
// services, runs the event loop over the burn-in and the reported horizon,
// and records weekly metrics. Single-threaded by design; parallelism comes
// from running several Simulations at once, which share nothing. A copy is
// the complete state - people, their random-stream occasions, the queue,
// services, recorder and journeys - so a copy made after the burn-in is a
// checkpoint that several reforms can continue from.
#include <array>
#include <cstdint>
#include <vector>

#include "core/day_bucket_queue.hpp"
#include "core/keyed_random.hpp"
#include "model/draw_purpose.hpp"
#include "model/journeys.hpp"
#include "model/population.hpp"
#include "model/recorder.hpp"
#include "model/service.hpp"
#include "model/workforce.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

class Simulation {
 public:
  Simulation(const Scenario& scenario, std::uint64_t seed);

  void run();  // the burn-in, then the reported horizon
  void run_burn_in();
  void run_horizon();
  // At the end of the burn-in (model/policy_switch.cpp): continue under the
  // reform's access, primary care, services, workforce and medicines. Throws std::invalid_argument if
  // the reform differs in any other key (scenario/policy_change.hpp); a reform
  // with the same policy changes nothing.
  void switch_policy(const Scenario& reform);

  const Population& population() const { return people_; }
  const Recorder& recorder() const { return recorder_; }
  const Service& service(ServiceId id) const { return services_[index_of(id)]; }
  const WorkforcePlan& workforce() const { return workforce_; }
  std::size_t reported_weeks() const { return reported_weeks_; }
  double burn_in_days() const { return burn_in_days_; }
  std::int64_t initial_size() const { return initial_size_; }
  std::int64_t entered() const { return entered_; }
  std::uint64_t events_processed() const { return events_processed_; }

  // Moves the recorded tables and journeys out (call once, after run()).
  void export_to(Results& results);

 private:
  // The stocks a person counts in, so a change of state moves every count at once.
  struct StockSet {
    std::size_t cell = 0;
    std::size_t size = 0;
    std::array<std::pair<Metric, std::uint8_t>, 5> entries{};
  };

  // Set-up (simulation.cpp).
  void create_initial_population();
  void draw_initial_state(PersonId id);
  void sample_for_journeys(PersonId id);
  void schedule_next_entry();
  void enter_population(double now);
  void set_entry_rate();

  // Events of one person (person_events.cpp).
  void handle_person_event(PersonId id, double now);
  void on_death(PersonId id, bool suicide, double now);
  void on_cmd_transition(PersonId id, double now);
  void on_cmd_severity_change(PersonId id, double now);
  void on_smi_transition(PersonId id, double now);
  void on_crisis(PersonId id, double now);
  void on_help_seeking(PersonId id, double now);
  void on_positive_screen(PersonId id, double now);
  void on_treatment_dropout(PersonId id, std::size_t cell, double now);
  // Sets the disorder's state and draws a score within its band.
  void set_cmd_state(PersonId id, CmdState state);

  // Care (care_pathway.cpp).
  void enter_care(PersonId id, Route route, double now);  // triage to a first step
  void refer(PersonId id, ServiceId service, double loss_probability, DrawPurpose loss_draw, double now);
  void join_service(PersonId id, ServiceId service, double now);
  void start_treatment(PersonId id, ServiceId service, double now);
  void bounce(PersonId id, double now);  // a misrouted person found at assessment
  void leave_care(PersonId id, double now);  // frees whatever place the person holds
  double sessions_so_far(PersonId id, double now) const;  // in the current course
  void record_finished_course(PersonId id, std::size_t cell, double now);
  void admit_from_waiting_list(ServiceId service, double now);
  void leave_registry(PersonId id);
  // Moving between steps (stepped_care.cpp).
  void on_treatment_milestone(PersonId id, double now);
  void step_up(PersonId id, ServiceId to, double now);
  void step_down(PersonId id, ServiceId to, double now);
  void hand_on(PersonId id, ServiceId to, double loss_ratio, double now);
  void intensify_in_place(PersonId id, double now);
  void record_step_up(PersonId id, double now);
  bool is_responder(PersonId id) const;
  void record_response_if_any(PersonId id, std::size_t cell, double now);
  double next_treatment_milestone_day(PersonId id, double now) const;

  // The event loop (simulation.cpp): closes weeks until `weeks` are closed.
  void run_until_week(std::size_t weeks);

  // Bookkeeping (schedule.cpp).
  StockSet stocks_of(PersonId id) const;
  std::size_t cell_of(PersonId id) const;  // the person's stratum
  void move_stocks(const StockSet& before, PersonId id, double now);
  void reschedule(PersonId id, double now);
  KeyedStream stream(PersonId id, std::uint32_t purpose) const;
  void log(PersonId id, JourneyEvent event, double now);

  Scenario scenario_;  // the burn-in's, then the reform's from switch_policy on
  WorkforcePlan workforce_;  // of scenario_
  KeyedRandom random_;
  std::size_t burn_in_weeks_;
  double burn_in_days_;
  double end_days_;
  std::size_t reported_weeks_;
  std::int64_t initial_size_;
  std::int64_t entered_ = 0;
  std::uint32_t entry_count_ = 0;
  double next_entry_day_ = kNever;
  double entries_per_year_ = 0;
  std::uint64_t events_processed_ = 0;
  std::size_t weeks_closed_ = 0;
  Population people_;
  std::vector<Service> services_;
  std::int64_t registry_in_use_ = 0;
  std::int64_t front_door_assessments_left_ = 0;  // this week's
  Recorder recorder_;
  DayBucketQueue queue_;
  JourneyRecorder journeys_;
};

}  // namespace mhsim
