#pragma once
// The one service mechanism every care service uses: a multi-server queue
// whose servers are caseload places (the clinical FTE the workforce gives the
// service x caseload per FTE). The waiting list is served by priority (severity, most
// severe first) then arrival. People who leave the list early are removed
// lazily: their entry stays until it reaches the front and is found stale.
#include <array>
#include <cstdint>
#include <deque>
#include <optional>

#include "model/population.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

class Service {
 public:
  static constexpr std::size_t kPriorityLevels = 3;  // by Severity, most severe served first

  // `clinical_fte` comes from the workforce (model/workforce.hpp).
  Service(const ServiceSettings& settings, double clinical_fte);

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
  std::int64_t capacity_places_;
  std::int64_t in_treatment_ = 0;
  std::int64_t waiting_ = 0;
  std::array<std::deque<Entry>, kPriorityLevels> lanes_;  // index 0 = severe
};

template <typename IsCurrent>
std::optional<PersonId> Service::take_next_waiting(IsCurrent is_current) {
  for (auto& lane : lanes_) {
    while (!lane.empty()) {
      const Entry entry = lane.front();
      lane.pop_front();
      if (is_current(entry.id, entry.join_day)) {
        --waiting_;
        return entry.id;
      }
    }
  }
  return std::nullopt;
}

}  // namespace mhsim
