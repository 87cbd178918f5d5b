#pragma once
// A pool of identical servers - call handlers' seats, mobile teams, chairs,
// beds, ED assessors, supported housing units - with a first-come,
// first-served queue timed to the minute. As in Service, people who leave the
// queue early are removed lazily: their entry stays until it reaches the
// front and is found stale.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <deque>
#include <optional>
#include <stdexcept>

#include "population/population.hpp"

namespace mhsim {

// Servers for a capacity per 100,000 people: at least one where the scenario
// funds any, so a small test population keeps every service it pays for.
inline std::int64_t servers_for(double per_100k, std::int64_t population) {
  const double servers = per_100k * static_cast<double>(population) / 100'000.0;
  if (!(servers > 0)) return 0;
  return std::max<std::int64_t>(1, std::llround(servers));
}

class ServerPool {
 public:
  ServerPool() = default;
  explicit ServerPool(std::int64_t servers) : servers_(servers) {}

  std::int64_t servers() const { return servers_; }
  // A reform's capacity from now on: people served keep their places, and
  // nobody new is served until fewer than the new number are busy.
  void set_servers(std::int64_t servers) { servers_ = servers; }
  std::int64_t busy() const { return busy_; }
  std::int64_t waiting() const { return waiting_; }
  bool has_free_server() const { return busy_ < servers_; }

  void occupy() {
    if (!has_free_server()) throw std::logic_error("server pool: no free server to occupy");
    ++busy_;
  }
  void release() {
    if (busy_ == 0) throw std::logic_error("server pool: release without an occupied server");
    --busy_;
  }

  void join_queue(PersonId id, float join_day) {
    queue_.push_back({id, join_day});
    ++waiting_;
  }
  // Someone left the queue other than by being served (gave up, died).
  void leave_queue() {
    if (waiting_ == 0) throw std::logic_error("server pool: leave_queue on an empty queue");
    --waiting_;
  }
  // The first person still waiting, removed from the queue. `is_current(id, join_day)`
  // tells whether an entry is still the person's place.
  template <typename IsCurrent>
  std::optional<PersonId> take_next(IsCurrent is_current) {
    while (!queue_.empty()) {
      const Entry front = queue_.front();
      queue_.pop_front();
      if (!is_current(front.id, front.join_day)) continue;
      --waiting_;
      return front.id;
    }
    return std::nullopt;
  }

 private:
  struct Entry {
    PersonId id;
    float join_day;
  };
  std::int64_t servers_ = 0;
  std::int64_t busy_ = 0;
  std::int64_t waiting_ = 0;
  std::deque<Entry> queue_;
};

}  // namespace mhsim
