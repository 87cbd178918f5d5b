#pragma once
// The event queue: one bucket per simulated day, the current day kept as a
// binary heap. Pushing into a future day is an append; only the day being
// processed pays for ordering. Events at or after the end of the simulation
// are never stored, so people whose next event lies beyond the horizon cost
// nothing. Order is total - (time, subject, tag) - so runs are deterministic.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace mhsim {

struct ScheduledEvent {
  double time_days;
  std::uint32_t subject;  // a person id, or a reserved id for population-level events
  std::uint32_t tag;      // lets the owner recognise an event that has been superseded
};

// Inverted so the heap algorithms keep the earliest event on top.
inline bool later(const ScheduledEvent& a, const ScheduledEvent& b) {
  if (a.time_days != b.time_days) return a.time_days > b.time_days;
  if (a.subject != b.subject) return a.subject > b.subject;
  return a.tag > b.tag;
}

class DayBucketQueue {
 public:
  explicit DayBucketQueue(double end_time_days)
      : end_time_days_(end_time_days), buckets_(static_cast<std::size_t>(std::ceil(end_time_days)) + 1) {}

  // Returns false (and stores nothing) for an event at or after the end.
  bool push(const ScheduledEvent& event) {
    if (!(event.time_days < end_time_days_)) return false;
    const std::size_t day = std::max(current_day_, static_cast<std::size_t>(event.time_days));
    auto& bucket = buckets_[day];
    bucket.push_back(event);
    if (day == current_day_ && heap_ready_) std::push_heap(bucket.begin(), bucket.end(), later);
    ++size_;
    return true;
  }

  // Pops the earliest event if it happens before `limit_days`.
  bool pop_before(double limit_days, ScheduledEvent& out) {
    while (current_day_ < buckets_.size()) {
      auto& bucket = buckets_[current_day_];
      if (!heap_ready_) {
        std::make_heap(bucket.begin(), bucket.end(), later);
        heap_ready_ = true;
      }
      if (!bucket.empty()) {
        if (!(bucket.front().time_days < limit_days)) return false;
        std::pop_heap(bucket.begin(), bucket.end(), later);
        out = bucket.back();
        bucket.pop_back();
        --size_;
        return true;
      }
      if (static_cast<double>(current_day_ + 1) > limit_days) return false;
      std::vector<ScheduledEvent>().swap(bucket);  // release the day's memory
      ++current_day_;
      heap_ready_ = false;
    }
    return false;
  }

  std::size_t size() const { return size_; }

  // The event that pop_before would return next from the current day, if it is
  // known yet: a hint for prefetching, not a promise (a push may come first).
  const ScheduledEvent* peek() const {
    if (!heap_ready_ || current_day_ >= buckets_.size() || buckets_[current_day_].empty()) return nullptr;
    return &buckets_[current_day_].front();
  }

 private:
  double end_time_days_;
  std::vector<std::vector<ScheduledEvent>> buckets_;
  std::size_t current_day_ = 0;
  bool heap_ready_ = false;
  std::size_t size_ = 0;
};

}  // namespace mhsim
