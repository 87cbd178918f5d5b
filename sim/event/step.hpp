#pragma once
// The narrow interface a component works through while it handles an event of
// a person or serves its waiting lists: the people, the scenario and staff in
// force, each person's keyed random streams, the recorder and journeys, and the
// hand-offs to other components. The kernel builds one for each event; a
// component keeps none of it, so a copy of a simulation stays a checkpoint.
#include <cstddef>
#include <cstdint>

#include "core/keyed_random.hpp"
#include "core/server_pool.hpp"
#include "event/hand_offs.hpp"
#include "population/population.hpp"
#include "recording/journeys.hpp"
#include "recording/person_cells.hpp"
#include "recording/recorder.hpp"
#include "scenario/scenario.hpp"
#include "workforce/staff_deployment.hpp"

namespace mhsim {

struct Step {
  Population& people;
  const Scenario& scenario;      // in force: the plan with the capacity this budget year buys
  const StaffDeployment& staff;  // the staff in post, as deployed across services
  const KeyedRandom& random;
  Recorder& recorder;
  JourneyRecorder& journeys;
  HandOffs& hand_offs;

  // The person's stream for `purpose` (event/draw_purpose.hpp) at their current occasion.
  KeyedStream stream(PersonId id, std::uint32_t purpose) const {
    return random.stream(id, people.occasion(id), purpose);
  }
  // The person's cells in the weekly tables: stratum and group cell.
  PersonCells cell_of(PersonId id) const { return cells_of(people, id); }
  // The event happened at the care step the person holds a place at (waiting or in treatment), if any.
  void log(PersonId id, JourneyEvent event, double now) {
    if (!people.attributes(id).journey_sampled) return;
    const PersonState& person = people.state(id);
    const bool at_a_step = static_cast<CarePlace>(person.care_place) != CarePlace::none;
    journeys.log(id, event, now, at_a_step ? person.care_service : kNoJourneyStep);
  }
  // An event at a step the person holds no place at (a referral lost on the way to it, a step-down from it).
  void log(PersonId id, JourneyEvent event, double now, std::uint8_t at_step) {
    if (people.attributes(id).journey_sampled) journeys.log(id, event, now, at_step);
  }

  // Gives the free places of `pool` to whoever has waited longest and is still
  // waiting (`still_waiting(id, join_day)`; the dead never are). The move is an
  // event of theirs: `start(id)` with their own counts and redrawn times.
  template <typename StillWaiting, typename Start>
  void serve(ServerPool& pool, StillWaiting still_waiting, Start start, double now, double head_start_days = 0) {
    const auto is_current = [&](PersonId id, double join_day) {
      return people.state(id).alive && still_waiting(id, join_day);
    };
    while (pool.waiting() > 0 && pool.has_free_server()) {
      const auto next = pool.take_next(is_current, head_start_days);
      if (!next) return;
      const PersonSnapshot before = hand_offs.begin_event_of(*next);
      start(*next);
      hand_offs.end_event_of(*next, before, now);
    }
  }
};

}  // namespace mhsim
