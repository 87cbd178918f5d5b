#pragma once
// Community services (docs/model.md, "Housing and work", "Community
// services"): housing and work as they move, Housing First units, and the
// programmes a person joins for a spell - peer support, employment support
// (IPS) and assertive community treatment. Services that meet a person offer
// every one of these the person is eligible for; with no free place they join
// its waiting list, served first come, first served. Owns the units and places.
#include <array>
#include <cstdint>

#include "community/programme.hpp"
#include "core/server_pool.hpp"
#include "event/step.hpp"

namespace mhsim {

class CommunityServices {
 public:
  CommunityServices() = default;
  CommunityServices(const Scenario& scenario, const StaffDeployment& staff, std::int64_t population) {
    change_capacity(scenario, staff, population);
  }

  const ServerPool& housing_first_units() const { return housing_first_units_; }
  const std::array<ServerPool, kProgrammeCount>& programme_places() const { return programme_places_; }
  // Units from the scenario; programme places from their staff (peer workers' time off the steps, IPS and ACT staff).
  void change_capacity(const Scenario& scenario, const StaffDeployment& staff, std::int64_t population);

  // A move of housing or of work (community/housing_first.cpp).
  void on_social_change(Step& step, PersonId id, double now);
  // What a service that meets the person offers: Housing First and every programme they are eligible for.
  void offer(Step& step, PersonId id, double now);
  // A first episode of severe mental illness began: a share is referred to early intervention.
  void refer_to_early_intervention(Step& step, PersonId id, double now);
  // One spell in a programme ends (community/programmes.cpp).
  void on_programme_exit(Step& step, PersonId id, double now);
  // Someone housed by other means, recovered, or in work leaves the lists at
  // once: the people counted as waiting are those who still need a place.
  void leave_lists_if_ineligible(Step& step, PersonId id);
  // Frees the person's unit, places and list entries (on death).
  void leave(Step& step, PersonId id);
  void serve_queues(Step& step, double now);

 private:
  void offer_housing_first(Step& step, PersonId id, double now);
  void start_tenancy(Step& step, PersonId id, double now);
  void end_tenancy(Step& step, PersonId id);
  void offer_programmes(Step& step, PersonId id, double now);
  void join_programme(Step& step, PersonId id, Programme programme, double now, double waited_days = 0);
  void end_spell(Step& step, PersonId id, Programme programme, double now);

  ServerPool housing_first_units_;
  std::array<ServerPool, kProgrammeCount> programme_places_;
};

// Homeless with severe illness and not yet a tenant: whom Housing First is for,
// and the cohort a Housing First reform is judged on.
bool eligible_for_housing_first(const PersonAttributes& a, const PersonState& state);

}  // namespace mhsim
