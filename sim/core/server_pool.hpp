#pragma once
// The one queue mechanism: a pool of identical servers - caseload places,
// call handlers' seats, mobile teams, chairs, beds, ED assessors, Housing First
// units, programme places - with a waiting list in lanes. Each lane is first
// come, first served; a person in lane k counts as having joined k x
// `head_start_days` earlier (care serves the more severe first this way; one
// lane is plain first come, first served). People who leave the list early are
// removed lazily: their entry stays until it reaches the front and is found stale.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <deque>
#include <limits>
#include <optional>
#include <stdexcept>

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
  static constexpr std::size_t kMaxLanes = 3;

  explicit ServerPool(std::int64_t servers = 0, std::size_t lanes = 1) : servers_(servers), lanes_(lanes) {
    if (lanes < 1 || lanes > kMaxLanes) throw std::invalid_argument("server pool: 1 to 3 lanes");
  }

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

  void join_queue(std::uint32_t id, double join_day, std::size_t lane = 0) {
    queue_[lane].push_back({id, join_day});
    ++waiting_;
  }
  // Someone left the queue other than by being served (gave up, recovered, died).
  void leave_queue() {
    if (waiting_ == 0) throw std::logic_error("server pool: leave_queue on an empty queue");
    --waiting_;
  }
  // The next person still waiting, removed from the queue. `is_current(id, join_day)`
  // tells whether an entry is still the person's place.
  template <typename IsCurrent>
  std::optional<std::uint32_t> take_next(IsCurrent is_current, double head_start_days = 0);

 private:
  struct Entry {
    std::uint32_t id;
    double join_day;
  };
  std::int64_t servers_ = 0;
  std::int64_t busy_ = 0;
  std::int64_t waiting_ = 0;
  std::size_t lanes_ = 1;
  std::array<std::deque<Entry>, kMaxLanes> queue_;  // by lane; each in order of arrival
};

template <typename IsCurrent>
std::optional<std::uint32_t> ServerPool::take_next(IsCurrent is_current, double head_start_days) {
  // Each lane is in arrival order, so the next person is at the front of one of them.
  std::deque<Entry>* next_lane = nullptr;
  double next_priority_day = std::numeric_limits<double>::infinity();
  for (std::size_t lane = 0; lane < lanes_; ++lane) {
    auto& entries = queue_[lane];
    while (!entries.empty() && !is_current(entries.front().id, entries.front().join_day)) entries.pop_front();
    if (entries.empty()) continue;
    const double priority_day = entries.front().join_day - head_start_days * static_cast<double>(lane);
    if (next_lane == nullptr || priority_day <= next_priority_day) {  // ties: the later lane
      next_priority_day = priority_day;
      next_lane = &entries;
    }
  }
  if (next_lane == nullptr) return std::nullopt;
  const std::uint32_t id = next_lane->front().id;
  next_lane->pop_front();
  --waiting_;
  return id;
}

}  // namespace mhsim
