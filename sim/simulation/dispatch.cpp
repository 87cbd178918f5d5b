// One event of one person: the process that fired goes to the component that
// owns it, then the person's counts move, their times are redrawn, and every
// waiting list is served. The death protocol and the hand-offs between
// components live here too: the kernel is the one place that knows them all.
#include "illness/illness_rates.hpp"
#include "illness/natural_history.hpp"
#include "perinatal/perinatal_transition.hpp"
#include "prevention/prevention_onsets.hpp"
#include "population/age_milestones.hpp"
#include "simulation/process_rates.hpp"
#include "simulation/simulation.hpp"

namespace mhsim {

void Simulation::handle_person_event(PersonId id, double now) {
  std::size_t fired = 0;
  for (std::size_t p = 1; p < kProcessCount; ++p) {
    if (people_.next_day[id][p] < people_.next_day[id][fired]) fired = p;
  }
  const PersonSnapshot before = people_.snapshot(id);
  const PersonCells cell_before = cells_of(before.attributes, before.state);
  Step step = step_of(id);
  care_.assess_at_12_months_if_due(step, id, now);  // with the state the person had until this event
  const RatesBefore rates_before{process_rates_per_year(scenario_of(id), staff_, people_, id),
                                 mortality_rate_ratio(scenario_, people_, id), static_cast<Process>(fired)};
  ++people_.occasion(id);  // this event's draws get a fresh key
  switch (static_cast<Process>(fired)) {
    case Process::death: die(step, id, false, now); break;
    case Process::suicide: die(step, id, true, now); break;
    case Process::ageing: on_ageing(step, id, now); break;
    case Process::cmd_transition:
      // An onset drawn at the rate without prevention goes ahead with the programmes' ratio (prevention/).
      if (!has_cmd(people_, id) && prevention_.prevents_onset(step, id, now)) break;
      if (on_cmd_transition(step, id, now) == CmdChange::remission) {
        care_.after_remission(step, id, cell_before, now);
      } else {
        record_onset_by_target_group(step, id, now);
      }
      break;
    case Process::cmd_severity_change:
      on_cmd_severity_change(step, id, now);
      care_.record_response_if_any(step, id, cell_before, now);
      break;
    case Process::smi_transition:
      if (on_smi_transition(step, id, now) == SmiChange::onset) on_first_episode(step, id, now);
      break;
    case Process::crisis: crisis_.on_crisis(step, id, now); break;
    case Process::help_seeking: doors_.on_help_seeking(step, id, now); break;
    case Process::positive_screen: doors_.on_positive_screen(step, id, now); break;
    case Process::waiting_dropout: care_.on_waiting_dropout(step, id, cell_before, now); break;
    case Process::treatment_milestone: care_.on_treatment_milestone(step, id, now); break;
    case Process::treatment_dropout: care_.on_treatment_dropout(step, id, cell_before, now); break;
    case Process::crisis_stage_end: crisis_.on_stage_end(step, id, now); break;
    case Process::social_change: community_.on_social_change(step, id, now); break;
    case Process::programme_exit: community_.on_programme_exit(step, id, now); break;
    case Process::perinatal_transition: on_perinatal_transition(step, id, now); break;
  }
  if (people_.state(id).alive) {
    community_.leave_lists_if_ineligible(step, id);
    perinatal_team_.discharge_if_done(step, id, now);
  }
  move_stocks(before, id, now);
  if (people_.state(id).alive) reschedule(id, now, &rates_before);
  // A place freed by this person goes to the next person waiting, after the
  // person's own counts have moved.
  serve_every_queue(now);
}

// Counted, with the years of life lost to mental illness; every place the person held is freed.
void Simulation::die(Step& step, PersonId id, bool suicide, double now) {
  const double age = people_.age_years(id, now);
  if (record_death(step, id, suicide, now)) {
    const PersonCells cell = cell_of(id);
    recorder_.count(Metric::yll_years, 0, cell, life_expectancy_.remaining_years(age));
    recorder_.count(Metric::yll_years_discounted, 0, cell, life_expectancy_.discounted_remaining_years(age));
  }
  care_.leave(step, id, now);
  justice_.leave(step, id);  // before the crisis stage is cleared: a death in the window after a release
  crisis_.leave(step, id);
  community_.leave(step, id);
  perinatal_team_.leave(step, id);
  people_.mark_dead(id);
}

// A birthday milestone: the next age band, the labour force at 16, the next youth stage, and at 18 the move from
// CAMHS to adult care.
void Simulation::on_ageing(Step& step, PersonId id, double now) {
  const AgeMilestones reached = milestones_reached(people_, id, now);
  if (reached.next_band) {
    ++people_.state(id).age_band;
    step.log(id, JourneyEvent::aged_into_next_band, now);
  }
  if (reached.labour_force) enter_labour_force(people_, id, scenario_.population, random_);
  if (reached.youth_stage) ++people_.attributes(id).youth_age;
  if (reached.adult) care_.move_to_adult_care(step, id, now);
}

// A first episode of severe mental illness: counted among first-episode cases
// from the reported horizon on, and referred to early intervention where there is any.
void Simulation::on_first_episode(Step& step, PersonId id, double now) {
  if (now >= burn_in_days_) people_.attributes(id).first_episode = 1;
  community_.refer_to_early_intervention(step, id, now);
}

void Simulation::serve_every_queue(double now) {
  Step step = this->step();
  care_.serve_waiting_lists(step, now);
  crisis_.serve_queues(step, now);
  community_.serve_queues(step, now);
  perinatal_team_.serve_queue(step, now);
}

void Simulation::enter_care(PersonId id, Route route, double now) {
  Step step = step_of(id);
  care_.enter(step, id, route, now);
}

void Simulation::offer_community_support(PersonId id, double now) {
  Step step = step_of(id);
  community_.offer(step, id, now);
  perinatal_team_.offer(step, id, now);
}

double Simulation::arrest(PersonId id, double held_days, double now) {
  Step step = step_of(id);
  return justice_.on_arrest(step, id, held_days, now);
}

double Simulation::release_from_jail(PersonId id, double now) {
  Step step = step_of(id);
  return justice_.on_release(step, id, now);
}

double Simulation::arrest_share_ratio(PersonId id, double now) {
  return justice_.arrest_share_ratio(step_of(id), id, now);
}

PersonSnapshot Simulation::begin_event_of(PersonId id) {
  const PersonSnapshot before = people_.snapshot(id);
  ++people_.occasion(id);
  return before;
}

void Simulation::end_event_of(PersonId id, const PersonSnapshot& before, double now) {
  move_stocks(before, id, now);
  reschedule(id, now);
}

}  // namespace mhsim
