#pragma once
// The capacity-limited parts of the crisis system, sized from the scenario's
// per-100,000 figures for the run's population.
#include <array>
#include <cmath>
#include <cstdint>
#include <string_view>

#include "core/server_pool.hpp"
#include "core/units.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

// A full-time call handler covers 37.5 of the week's 168 hours on a round-the-clock line.
inline constexpr double kSeatsPerCallHandlerFte = 37.5 / 168.0;

struct CrisisCapacity {
  ServerPool line_seats, mobile_teams, stabilisation_chairs, short_term_beds, ed_assessors, inpatient_beds;

  CrisisCapacity() = default;
  CrisisCapacity(const Scenario& scenario, std::int64_t population) { resize(scenario, population); }

  void resize(const Scenario& scenario, std::int64_t population) {
    line_seats.set_servers(
        servers_for(scenario.crisis_line.call_handler_fte_per_100k * kSeatsPerCallHandlerFte, population));
    mobile_teams.set_servers(servers_for(scenario.mobile_team.teams_per_100k, population));
    stabilisation_chairs.set_servers(servers_for(scenario.stabilisation.chairs_per_100k, population));
    short_term_beds.set_servers(servers_for(scenario.short_term_beds.beds_per_100k, population));
    ed_assessors.set_servers(servers_for(scenario.emergency_department.liaison_assessors_per_100k, population));
    inpatient_beds.set_servers(servers_for(scenario.inpatient.beds_per_100k, population));
  }
};

enum class CrisisResource : std::uint8_t {
  call_handler_seats,
  mobile_teams,
  stabilisation_chairs,
  short_term_beds,
  ed_assessors,
  inpatient_beds
};
inline constexpr std::array<std::string_view, 6> kServerPoolLabels{
    "call_handler_seats", "mobile_teams", "stabilisation_chairs", "short_term_beds", "ed_assessors", "inpatient_beds"};

// Whether mobile teams are on shift at `day` (its fraction is the time of day).
inline bool mobile_teams_on_shift(const MobileTeamSettings& teams, double day) {
  if (teams.cover_hours_per_day >= kHoursPerDay) return true;
  const double hour = (day - std::floor(day)) * kHoursPerDay;
  const double since_start = std::fmod(hour - teams.cover_start_hour + kHoursPerDay, kHoursPerDay);
  return since_start < teams.cover_hours_per_day;
}

}  // namespace mhsim
