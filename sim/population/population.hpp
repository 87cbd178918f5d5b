#pragma once
// The people, as structure of arrays indexed by person id: attributes fixed
// when a person is created, and the state the event loop moves.
#include <array>
#include <cstdint>
#include <limits>
#include <vector>

#include "core/huge_page_allocator.hpp"
#include "core/keyed_random.hpp"
#include "population/person.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

// Each group's trust in services, by marginalised_group (access/trust.hpp
// moves it each quarter): the smoothed rate of coercive contacts, and the ratio
// it sets on the group's trust factor (1 at the reference rate).
struct GroupTrust {
  std::array<double, 2> coercion_ratio{1.0, 1.0};
  std::array<double, 2> smoothed_contacts_per_100k_per_year{};
  std::array<double, 2> contacts_this_quarter{};
};

// Mostly structure of arrays: each column a contiguous vector indexed by person
// id, but the hot fields of a person share one record (one cache line).
struct Population {
  PersonColumn<PersonRecord> records;
  PersonColumn<double> treatment_end_day;
  // The next event of each process, in float: half the memory of double, and its
  // 42-second resolution over 13 years is far below anything the model resolves. 64 bytes: one cache line.
  PersonColumn<std::array<float, kProcessCount>> next_day;
  GroupTrust trust;
  // Kept as people enter and die, so the quarter's trust update need not walk everyone (simulation/trust_update.cpp).
  std::array<double, 2> alive_by_marginalised_group{};
  std::vector<PersonId> coercion_loaded;  // the people whose coercion load may be above 0 (access/trust.cpp)

  Population() = default;
  // A copy keeps the room reserved for entrants, so a run forked from a
  // checkpoint never reallocates its columns either.
  Population(const Population& other);
  Population(Population&&) = default;
  Population& operator=(Population&&) = default;

  std::size_t size() const { return records.size(); }
  PersonAttributes& attributes(PersonId id) { return records[id].attributes; }
  const PersonAttributes& attributes(PersonId id) const { return records[id].attributes; }
  PersonState& state(PersonId id) { return records[id].state; }
  const PersonState& state(PersonId id) const { return records[id].state; }
  std::uint32_t& occasion(PersonId id) { return records[id].occasion; }
  std::uint32_t occasion(PersonId id) const { return records[id].occasion; }
  double& care_since_day(PersonId id) { return records[id].care_since_day; }
  double care_since_day(PersonId id) const { return records[id].care_since_day; }
  float& episode_start_day(PersonId id) { return records[id].episode_start_day; }
  float episode_start_day(PersonId id) const { return records[id].episode_start_day; }
  float& crisis_since_day(PersonId id) { return records[id].crisis_since_day; }
  float crisis_since_day(PersonId id) const { return records[id].crisis_since_day; }
  FollowUp& follow_up(PersonId id) { return records[id].follow_up; }
  PersonSnapshot snapshot(PersonId id) const { return {records[id].attributes, records[id].state}; }
  double birth_day(PersonId id) const { return records[id].birth_day; }
  double age_years(PersonId id, double day) const { return (day - records[id].birth_day) / kDaysPerYear; }
  // Under 18: referred to child and adolescent services (CAMHS) rather than adult steps until the ageing event at 18.
  bool is_under_18(PersonId id) const { return records[id].attributes.youth_age <= kLastUnder18YouthStage; }

  // Appends a person with attributes drawn from the scenario's demographics.
  // `age_years` is the age at `day`. Draws use the person's own stream only.
  PersonId add_person(const PopulationSettings& demographics, const KeyedRandom& random, double day, double age_years);
  void reserve(std::size_t capacity);
  void mark_dead(PersonId id) {
    records[id].state.alive = 0;
    alive_by_marginalised_group[records[id].attributes.marginalised_group] -= 1;
  }
};

}  // namespace mhsim
