#pragma once
// The kernel: one run of one scenario with one seed. It builds the population
// and the components, runs the event loop over the burn-in and the reported
// horizon, dispatches each person's event to the component that owns it, and
// is the one place that knows every component: it implements their hand-offs
// (event/hand_offs.hpp), serves every waiting list after each event, runs the
// one death protocol and the one capacity-change protocol (the policy switch
// and each change of its timeline, each budget year, each workforce week). Single-threaded by design;
// parallelism comes from running several Simulations at once, which share
// nothing. A copy is the complete state - people, their random-stream
// occasions, the queue, components, recorder and journeys - so a copy made
// after the burn-in is a checkpoint that several reforms can continue from.
#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "access/doors.hpp"
#include "access/trust_tables.hpp"
#include "care/care.hpp"
#include "community/community_services.hpp"
#include "core/day_bucket_queue.hpp"
#include "core/keyed_random.hpp"
#include "crisis/crisis_system.hpp"
#include "economics/budget.hpp"
#include "economics/funding_tables.hpp"
#include "economics/life_expectancy.hpp"
#include "event/hand_offs.hpp"
#include "event/step.hpp"
#include "justice/justice_system.hpp"
#include "perinatal/perinatal_team.hpp"
#include "population/population.hpp"
#include "prevention/prevention_rounds.hpp"
#include "recording/journeys.hpp"
#include "recording/recorder.hpp"
#include "recording/stocks.hpp"
#include "scenario/scenario.hpp"
#include "scenario/timeline.hpp"
#include "simulation/rule_reviews.hpp"
#include "workforce/staff_deployment.hpp"
#include "workforce/workforce_stock.hpp"

namespace mhsim {

class Simulation : private HandOffs {
 public:
  Simulation(const Scenario& scenario, std::uint64_t seed);
  Simulation(const Simulation&) = default;

  void run();  // the burn-in, then the reported horizon
  void run_burn_in();
  void run_horizon();
  // At the end of the burn-in (simulation/capacity_change.cpp): continue under the
  // reform's policy. Throws std::invalid_argument if the reform differs in any
  // other key (scenario/policy_change.hpp); a reform with the same policy changes nothing.
  void switch_policy(const Scenario& reform);
  // The reform's timeline (scenario/timeline.hpp): each change applies at the start of its
  // reported week through the same protocol as the switch.
  void follow_timeline(std::vector<TimelineChange> timeline) { timeline_ = std::move(timeline); }
  // Learning-system rules (scenario/rules.hpp), reviewed at the end of each complete reported
  // quarter; a rule that fires changes the plan through the same protocol (simulation/reviews.cpp).
  void follow_rules(std::vector<Rule> rules);

  const Population& population() const { return people_; }
  const Recorder& recorder() const { return recorder_; }
  const Service& service(ServiceId id) const { return care_.service(index_of(id)); }
  const StaffDeployment& staff_deployment() const { return staff_; }
  const CrisisCapacity& crisis_capacity() const { return crisis_.capacity(); }
  const LiaisonCapacity& liaison_capacity() const { return justice_.liaison(); }
  // Each reported week's cost of its staff and funded capacity, by cost line (economics/costs.hpp).
  const WeeklyMatrix& capacity_costs() const { return funding_tables_.capacity_costs(); }
  const std::array<ServerPool, kProgrammeCount>& programme_places() const { return community_.programme_places(); }
  const ServerPool& housing_first_units() const { return community_.housing_first_units(); }
  const ServerPool& perinatal_team_places() const { return perinatal_team_.places(); }
  std::size_t reported_weeks() const { return reported_weeks_; }
  double burn_in_days() const { return burn_in_days_; }
  std::int64_t initial_size() const { return initial_size_; }
  std::int64_t entered() const { return entered_; }
  std::uint64_t events_processed() const { return events_processed_; }

  // Moves the recorded tables and journeys out (call once, after run()); capacity_costs() stays.
  void export_to(Results& results);

 private:
  // The rates a person's pending times were drawn at, taken before their own event.
  struct RatesBefore {
    std::array<double, kProcessCount> rate_per_year;
    double mortality_rate_ratio;
    Process fired;
  };

  // Serving a shared waiting list follows the shared plan; a person's own event, their region's.
  Step step() { return {people_, scenario_, staff_, random_, recorder_, journeys_, *this}; }
  Step step_of(PersonId id) { return {people_, scenario_of(id), staff_, random_, recorder_, journeys_, *this}; }
  const Scenario& scenario_of(PersonId id) const {
    return by_region_ ? in_force_by_region_[people_.attributes(id).region] : scenario_;
  }
  using ScenariosByRegion = std::array<const Scenario*, kRegionLabels.size()>;
  ScenariosByRegion scenarios_by_region() const;

  // Set-up and entries (simulation/simulation.cpp).
  void create_initial_population();
  void sample_for_journeys(PersonId id);
  void schedule_next_entry();
  void enter_population(double now);
  void set_entry_rate();
  void check_population_can_last(double deaths_per_person_year) const;

  // The event loop (simulation/simulation.cpp): closes weeks until `weeks` are closed.
  void run_until_week(std::size_t weeks);
  // The recorder closes the week; at a quarter's end it first counts who is still waiting (simulation/reviews.cpp).
  void close_recorded_week(double week_end);
  // The review before reported week `week`, if it starts a quarter after a complete one.
  void review_rules(std::size_t week, double now);
  // A timeline change's plans, keeping what rules changed that the change does not set itself.
  TimelineChange with_rule_changes(const TimelineChange& change);
  // Each region's plan after `rule` acts on it, where the regions' plans differ.
  std::optional<RegionalPlans> regional_plans_after(const Rule& rule, std::size_t year) const;
  // One event of one person, dispatched to its owner (simulation/dispatch.cpp).
  void handle_person_event(PersonId id, double now);
  void die(Step& step, PersonId id, bool suicide, double now);
  // Free places, units, seats and beds go to the people waiting, component by component.
  void serve_every_queue(double now);

  // The hand-offs between components.
  void enter_care(PersonId id, Route route, double now) override;
  void offer_community_support(PersonId id, double now) override;
  PersonSnapshot begin_event_of(PersonId id) override;
  void end_event_of(PersonId id, const PersonSnapshot& before, double now) override;
  double arrest(PersonId id, double held_days, double now) override;
  double release_from_jail(PersonId id, double now) override;
  double arrest_share_ratio(PersonId id, double now) override;

  // Capacity (simulation/capacity_change.cpp): staff move at the end of each
  // week; each budget year buys its capacity; both, and the policy switch, go
  // through change_capacity.
  void advance_workforce(double now);
  // The plan in force from `now` on, with the capacity budget year `year` buys (the switch and the timeline),
  // and each region's where they differ (scenario/regional_plans.hpp).
  void change_plan(const Scenario& plan, const std::optional<RegionalPlans>& by_region, std::size_t year, double now);
  void apply_timeline(std::size_t week, double now);
  void buy_capacity_for_year(std::size_t year, double now);
  // The prevention programmes reach their target groups at the start of each reported year (prevention/).
  void run_prevention_round(std::size_t year, double now) {
    Step shared = step();
    prevention_.run_round(shared, year, now);
  }
  // The plan in force with the capacity `factor` buys, shared and by region; returns what was in force before.
  struct InForce {
    Scenario shared;
    RegionalPlans by_region;
    bool differs_by_region;
  };
  InForce buy_capacity(const LineAmounts& factor);
  // After the plan in force changed from `before`: posts follow it, every component's
  // capacity follows the staff, people whose rates changed get new times, and
  // places added go to the people waiting.
  void change_capacity(const InForce& before, double now);
  void resize_components();
  void reschedule_changed_rates(const ScenariosByRegion& before, const StaffDeployment& staff_before, double now);
  // Trust (simulation/trust_update.cpp): the groups' smoothed rates start at their reference;
  // each quarter (`days` long) they move and people's loads recover, and at a change of plan
  // (`days` 0) the groups' ratios follow the plan; the ill outside care whose trust changed get new times.
  void start_trust();
  void update_trust(double now, double days);
  void update_person_trust(PersonId id, const std::array<bool, 2>& factor_moved, double now, double days);
  void record_trust_week();  // the week's trust table row (reported weeks), then a new week's count
  // The people a Housing First reform is for, fixed when the reported horizon begins.
  void mark_homeless_ill_cohort(double now);
  void on_first_episode(Step& step, PersonId id, double now);
  void on_ageing(Step& step, PersonId id, double now);  // simulation/dispatch.cpp

  // Bookkeeping (simulation/schedule.cpp).
  static StockSet stocks_of(const PersonSnapshot& person);
  PersonCells cell_of(PersonId id) const;  // the person's stratum and group cell
  // The person's counts move from those of `before` to their own now (only if their attributes or state changed).
  void move_stocks(const PersonSnapshot& before, PersonId id, double now);
  void add_stocks(PersonId id, double now);  // a person new to the population
  void reschedule(PersonId id, double now, const RatesBefore* before = nullptr);

  Scenario planned_scenario_;  // the burn-in's, then the reform's from switch_policy on, then its timeline's
  std::optional<RegionalPlans> planned_by_region_;  // where a timeline change has made the regions' plans differ
  std::vector<TimelineChange> timeline_;
  std::size_t timeline_done_ = 0;  // changes applied so far
  RuleReviews reviews_;
  Scenario scenario_;  // in force: the plan with the capacity this budget year buys (economics/budget.hpp)
  RegionalPlans in_force_by_region_;  // each region's, while by_region_
  bool by_region_ = false;
  StaffDeployment staff_;  // the staff in post, deployed across services under scenario_
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
  Doors doors_;
  Care care_;
  CrisisSystem crisis_;
  CommunityServices community_;
  JusticeSystem justice_;
  PerinatalTeam perinatal_team_;
  PreventionRounds prevention_;  // prevention/ (issue 18): the yearly rounds so far
  WorkforceStock workforce_stock_;
  StaffTables staff_tables_;  // reported weeks x cadre
  TrustTables trust_tables_;  // reported weeks x marginalised group
  FundingTables funding_tables_;
  LifeExpectancy life_expectancy_;  // for the years of life lost at a death from mental illness
  Recorder recorder_;
  DayBucketQueue queue_;
  JourneyRecorder journeys_;
};

}  // namespace mhsim
