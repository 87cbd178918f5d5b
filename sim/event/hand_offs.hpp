#pragma once
// What one component hands to another. A component never calls another's
// internals: a crisis that ends in a referral, or a service that offers
// community support, asks through this interface, which the kernel implements
// (simulation/simulation.hpp), so each hand-off is named in one place.
#include "event/routes.hpp"
#include "population/person.hpp"

namespace mhsim {

class HandOffs {
 public:
  // Recognised, referred or linked after a crisis: triage to a first step of care.
  virtual void enter_care(PersonId id, Route route, double now) = 0;
  // A service that meets the person offers every community service they are eligible for.
  virtual void offer_community_support(PersonId id, double now) = 0;
  // A person given a place off a waiting list: the move is an event of theirs,
  // with a fresh occasion for its draws, then their counts moved and times redrawn.
  virtual PersonSnapshot begin_event_of(PersonId id) = 0;
  virtual void end_event_of(PersonId id, const PersonSnapshot& before, double now) = 0;

  // Justice after an arrest at a crisis (justice/justice_system.hpp). Arrested: the days the person
  // is held, from the `held_days` drawn for them (a court may divert them sooner).
  virtual double arrest(PersonId id, double held_days, double now) = 0;
  // Released from jail: the days of the risk window that follows (0 for none).
  virtual double release_from_jail(PersonId id, double now) = 0;
  // On the police's arrest share at the person's crisis (lower under a mental health court's supervision).
  virtual double arrest_share_ratio(PersonId id, double now) = 0;

 protected:
  ~HandOffs() = default;
};

}  // namespace mhsim
