#pragma once
// The one service mechanism every care service uses: a multi-server queue
// whose servers are caseload places (the clinical FTE the workforce gives the
// service x caseload per FTE). The waiting list is served by severity then
// arrival: each band above mild counts as having joined the service's head
// start earlier, so a head start of 0 is first come, first served and a very
// large one strict priority. People who leave the list early are removed
// lazily: their entry stays until it reaches the front and is found stale.
#include <array>
#include <cstdint>
#include <deque>
#include <optional>

#include "population/population.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

class Service {
 public:
  static constexpr std::size_t kPriorityLevels = 3;  // one lane per Severity

  // `clinical_fte` comes from the workforce (workforce/staff_deployment.hpp); `index` says which step this is.
  Service(const ServiceSettings& settings, double clinical_fte, std::size_t index);

  // A reform's staff and rates from now on. People in treatment keep their
  // places: a caseload above the new capacity runs down as they leave.
  void change_settings(const ServiceSettings& settings, double clinical_fte);

  const ServiceSettings& settings() const { return settings_; }
  std::int64_t capacity_places() const { return capacity_places_; }
  std::int64_t in_treatment() const { return in_treatment_; }
  std::int64_t waiting() const { return waiting_; }
  bool has_free_place() const { return in_treatment_ < capacity_places_; }

  void join_waiting_list(PersonId id, Severity priority, double join_day);
  // Someone left the list other than by starting treatment (drop-out, recovery, death).
  void leave_waiting_list();
  // The next person on the list whose entry is still current, removed from the list.
  // `is_current(id, join_day)` tells whether the entry is still the person's place.
  template <typename IsCurrent>
  std::optional<PersonId> take_next_waiting(IsCurrent is_current);

  void start_treatment();  // occupies a place
  void end_treatment();    // frees a place

 private:
  struct Entry {
    PersonId id;
    double join_day;
  };
  ServiceSettings settings_;
  std::size_t index_;
  std::int64_t capacity_places_;
  std::int64_t in_treatment_ = 0;
  std::int64_t waiting_ = 0;
  std::array<std::deque<Entry>, kPriorityLevels> lanes_;  // by Severity; each in order of arrival
};

template <typename IsCurrent>
std::optional<PersonId> Service::take_next_waiting(IsCurrent is_current) {
  // Each lane is in arrival order, so the next person is at the front of one of them.
  std::deque<Entry>* next_lane = nullptr;
  double next_priority_day = kNever;
  for (std::size_t band = 0; band < kPriorityLevels; ++band) {
    auto& lane = lanes_[band];
    while (!lane.empty() && !is_current(lane.front().id, lane.front().join_day)) lane.pop_front();
    if (lane.empty()) continue;
    const double priority_day = lane.front().join_day - settings_.severity_head_start_days * static_cast<double>(band);
    if (next_lane == nullptr || priority_day <= next_priority_day) {  // ties: the more severe
      next_priority_day = priority_day;
      next_lane = &lane;
    }
  }
  if (next_lane == nullptr) return std::nullopt;
  const PersonId id = next_lane->front().id;
  next_lane->pop_front();
  --waiting_;
  return id;
}

}  // namespace mhsim
