#pragma once
// A care service: its settings as practised and its caseload places (the
// clinical FTE the staff give it x caseload per FTE) over the one queue
// mechanism (core/server_pool.hpp). The waiting list is served by severity
// then arrival: each band above mild counts as having joined the service's
// head start earlier, so a head start of 0 is first come, first served and a
// very large one strict priority.
#include <cstdint>

#include "core/server_pool.hpp"
#include "population/population.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

class Service {
 public:
  static constexpr std::size_t kPriorityLevels = 3;  // one lane per Severity

  // `clinical_fte` comes from the staff (workforce/staff_deployment.hpp); `index` says which step this is.
  Service(const ServiceSettings& settings, double clinical_fte, std::size_t index);

  // A reform's staff and rates from now on. People in treatment keep their
  // places: a caseload above the new capacity runs down as they leave.
  void change_settings(const ServiceSettings& settings, double clinical_fte);

  const ServiceSettings& settings() const { return settings_; }
  std::int64_t capacity_places() const { return places_.servers(); }
  std::int64_t in_treatment() const { return places_.busy(); }
  std::int64_t waiting() const { return places_.waiting(); }
  bool has_free_place() const { return places_.has_free_server(); }

  void join_waiting_list(PersonId id, Severity priority, double join_day) {
    places_.join_queue(id, join_day, index_of(priority));
  }
  // Someone left the list other than by starting treatment (drop-out, recovery, death).
  void leave_waiting_list() { places_.leave_queue(); }
  void start_treatment() { places_.occupy(); }
  void end_treatment() { places_.release(); }

  // The places and their waiting list, for serving it.
  ServerPool& places() { return places_; }

 private:
  ServiceSettings settings_;
  std::size_t index_;
  ServerPool places_;
};

}  // namespace mhsim
