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
#include "community/programme.hpp"
#include "crisis/crisis_capacity.hpp"
#include "event/draw_purpose.hpp"
#include "economics/funding_tables.hpp"
#include "recording/journeys.hpp"
#include "economics/life_expectancy.hpp"
#include "population/population.hpp"
#include "recording/recorder.hpp"
#include "care/service.hpp"
#include "workforce/staff_deployment.hpp"
#include "workforce/workforce_stock.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

class Simulation {
 public:
  Simulation(const Scenario& scenario, std::uint64_t seed);

  void run();  // the burn-in, then the reported horizon
  void run_burn_in();
  void run_horizon();
  // At the end of the burn-in (simulation/capacity_change.cpp): continue under the
  // reform's policy (scenario/policy_change.hpp: care and crisis services). Throws std::invalid_argument if
  // the reform differs in any other key (scenario/policy_change.hpp); a reform
  // with the same policy changes nothing.
  void switch_policy(const Scenario& reform);

  const Population& population() const { return people_; }
  const Recorder& recorder() const { return recorder_; }
  const Service& service(ServiceId id) const { return services_[index_of(id)]; }
  const WorkforcePlan& workforce() const { return workforce_; }
  const CrisisCapacity& crisis_capacity() const { return crisis_capacity_; }
  // Each reported week's cost of its staff and funded capacity, by cost line (costs.hpp).
  const WeeklyMatrix& capacity_costs() const { return funding_tables_.capacity_costs(); }
  const std::array<ServerPool, kProgrammeCount>& programme_places() const { return programme_places_; }
  const ServerPool& housing_first_units() const { return housing_first_units_; }
  std::size_t reported_weeks() const { return reported_weeks_; }
  double burn_in_days() const { return burn_in_days_; }
  std::int64_t initial_size() const { return initial_size_; }
  std::int64_t entered() const { return entered_; }
  std::uint64_t events_processed() const { return events_processed_; }

  // Moves the recorded tables and journeys out (call once, after run()); capacity_costs() stays.
  void export_to(Results& results);

 private:
  // The stocks a person counts in, so a change of state moves every count at once.
  struct StockSet {
    std::size_t cell = 0;
    std::size_t size = 0;
    std::array<std::pair<Metric, std::uint8_t>, 16> entries{};  // stocks_of fills at most 14
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
  void record_sessions(PersonId id, double now);          // the course's sessions so far, and their copays
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

  // Crises (crisis_pathway.cpp): a timed stage at a time, each with its end in
  // the person's crisis_stage_end process.
  void on_crisis(PersonId id, double now);
  void on_crisis_stage_end(PersonId id, double now);
  void call_crisis_line(PersonId id, double now);
  void answer_call(PersonId id, double now);
  void request_mobile_team(PersonId id, double now);
  void send_mobile_team(PersonId id, double request_day, double now);
  void send_police(PersonId id, double now);
  void after_police_attendance(PersonId id, double now);
  bool take_to_care(PersonId id, bool may_use_receiving_centre, double now);
  void take_from_police_to_care(PersonId id, bool may_use_receiving_centre, double now);
  void arrive_at_ed(PersonId id, double now);
  void start_ed_assessment(PersonId id, double now);
  void request_bed(PersonId id, double now);
  void admit_to_bed(PersonId id, double now);
  void count_boarding_hours(PersonId id, double now);
  void end_crisis_episode(PersonId id, CrisisOutcome outcome, double now);
  void arrive_at(PersonId id, CrisisSite site, double now);
  void transfer(PersonId id, CrisisTransfer move);
  void set_crisis_stage(PersonId id, CrisisStage stage, double now, double end_day = kNever);
  void leave_crisis_place(PersonId id);  // frees whatever the person holds or waits for (on death)
  void serve_crisis_queues(double now);
  double draw_duration_days(PersonId id, double mean_days);

  // Housing, work and Housing First (community_services.cpp).
  void on_social_change(PersonId id, double now);
  void offer_housing_first(PersonId id, double now);
  void start_tenancy(PersonId id, double now);
  void end_tenancy(PersonId id);
  void leave_community_services(PersonId id);  // on death
  void leave_housing_first_list_if_ineligible(PersonId id);
  void serve_housing_first_queue(double now);
  void mark_homeless_ill_cohort(double now);

  // Peer support, employment support and ACT (community_programmes.cpp).
  // Services that meet a person offer every programme they are eligible for.
  void offer_community_services(PersonId id, double now);
  void join_programme(PersonId id, Programme programme, double now);
  void on_programme_exit(PersonId id, double now);
  void leave_programmes(PersonId id);  // on death
  void leave_programme_lists_if_ineligible(PersonId id);
  void serve_programme_queues(double now);
  void size_programmes();

  // The event loop (simulation.cpp): closes weeks until `weeks` are closed.
  void run_until_week(std::size_t weeks);
  // Staff move at the end of each week, and every service's capacity follows them (workforce_dynamics.cpp).
  void advance_workforce(double now);
  // At the start of each budget year, the capacity the year's budgets buy (budget.hpp) replaces the last year's.
  void buy_capacity_for_year(std::size_t year, double now);
  // After scenario_ changes: posts, staff plan, places, beds and units follow it (policy_switch.cpp).
  void resize_capacity();
  // Places added go to the people waiting.
  void fill_new_capacity(double now);
  // New times for the people whose rates differ from those under `before` (policy_switch.cpp).
  void reschedule_changed_rates(const Scenario& before, const WorkforcePlan& workforce_before, double now);

  // Bookkeeping (schedule.cpp).
  StockSet stocks_of(PersonId id) const;
  std::size_t cell_of(PersonId id) const;  // the person's stratum
  void move_stocks(const StockSet& before, PersonId id, double now);
  // The rates a person's pending times were drawn at, taken before their own event.
  struct RatesBefore {
    std::array<double, kProcessCount> rate_per_year;
    double mortality_rate_ratio;
    Process fired;
  };
  void reschedule(PersonId id, double now, const RatesBefore* before = nullptr);
  KeyedStream stream(PersonId id, std::uint32_t purpose) const;
  void log(PersonId id, JourneyEvent event, double now);
  // Gives the free places of `pool` to whoever has waited longest and is
  // still waiting (`still_waiting(id, join_day)`; the dead never are). The move
  // is an event of theirs: `start(id)` with their own counts and redrawn times.
  template <typename StillWaiting, typename Start>
  void serve_from_pool(ServerPool& pool, StillWaiting still_waiting, Start start, double now) {
    const auto is_current = [&](PersonId id, float join_day) {
      return people_.state(id).alive && still_waiting(id, join_day);
    };
    while (pool.waiting() > 0 && pool.has_free_server()) {
      const auto next = pool.take_next(is_current);
      if (!next) return;
      const StockSet before = stocks_of(*next);
      ++people_.occasion(*next);
      start(*next);
      move_stocks(before, *next, now);
      reschedule(*next, now);
    }
  }

  Scenario plan_;            // the burn-in's, then the reform's from switch_policy on
  Scenario scenario_;        // plan_ with the capacity this budget year buys (budget.hpp)
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
  CrisisCapacity crisis_capacity_;
  ServerPool housing_first_units_;
  LifeExpectancy life_expectancy_;  // for the years of life lost at a death from mental illness
  WorkforceStock staff_;
  StaffTables staff_tables_;  // reported weeks x cadre
  FundingTables funding_tables_;
  std::array<ServerPool, kProgrammeCount> programme_places_;
  std::int64_t registry_in_use_ = 0;
  std::int64_t front_door_assessments_left_ = 0;  // this week's
  Recorder recorder_;
  DayBucketQueue queue_;
  JourneyRecorder journeys_;
};

}  // namespace mhsim
