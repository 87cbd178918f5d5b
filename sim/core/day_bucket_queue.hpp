#pragma once
// The event queue: one bucket per simulated day. Pushing into a future day is an append; a day is sorted once
// when the loop reaches it (latest first, so the earliest is popped from the back), and the few events pushed
// into the day under way wait in a small heap beside it. Sorting a day at once costs far fewer comparisons
// and mispredicted branches than a heap pop per event. Events at or after the end of the simulation are never
// stored, so people whose next event lies beyond the horizon cost nothing. Order is total - (time, subject,
// tag) - so runs are deterministic.
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
    if (day == current_day_ && day_sorted_) {
      today_late_.push_back(event);
      std::push_heap(today_late_.begin(), today_late_.end(), later);
    } else {
      buckets_[day].push_back(event);
    }
    ++size_;
    return true;
  }

  // Pops the earliest event if it happens before `limit_days`.
  bool pop_before(double limit_days, ScheduledEvent& out) {
    while (current_day_ < buckets_.size()) {
      auto& sorted = buckets_[current_day_];
      if (!day_sorted_) {
        std::sort(sorted.begin(), sorted.end(), later);
        day_sorted_ = true;
      }
      const ScheduledEvent* next = earliest_today();
      if (next != nullptr) {
        if (!(next->time_days < limit_days)) return false;
        out = *next;
        if (!today_late_.empty() && next == &today_late_.front()) {  // front() of an empty vector is undefined
          std::pop_heap(today_late_.begin(), today_late_.end(), later);
          today_late_.pop_back();
        } else {
          sorted.pop_back();
        }
        --size_;
        return true;
      }
      if (static_cast<double>(current_day_ + 1) > limit_days) return false;
      std::vector<ScheduledEvent>().swap(sorted);  // release the day's memory
      ++current_day_;
      day_sorted_ = false;
    }
    return false;
  }

  std::size_t size() const { return size_; }

  // The event that pop_before would return next from the current day, if it is
  // known yet: a hint for prefetching, not a promise (a push may come first).
  const ScheduledEvent* peek() const {
    if (!day_sorted_ || current_day_ >= buckets_.size()) return nullptr;
    return earliest_today();
  }

 private:
  // The earlier of the sorted day's last event and the top of the late heap; null when the day is done.
  const ScheduledEvent* earliest_today() const {
    const auto& sorted = buckets_[current_day_];
    if (today_late_.empty()) return sorted.empty() ? nullptr : &sorted.back();
    if (sorted.empty() || later(sorted.back(), today_late_.front())) return &today_late_.front();
    return &sorted.back();
  }

  double end_time_days_;
  std::vector<std::vector<ScheduledEvent>> buckets_;
  std::vector<ScheduledEvent> today_late_;  // pushed into the day under way after it was sorted (a heap)
  std::size_t current_day_ = 0;
  bool day_sorted_ = false;
  std::size_t size_ = 0;
};

}  // namespace mhsim
