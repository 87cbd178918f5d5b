// The engine's building blocks: keyed random streams and the event queue.
#include <doctest/doctest.h>

#include <boost/random/exponential_distribution.hpp>
#include <vector>

#include "core/day_bucket_queue.hpp"
#include "core/keyed_random.hpp"

using namespace mhsim;

TEST_CASE("a keyed stream depends only on its key, not on other draws") {
  const KeyedRandom random(42);
  KeyedStream a = random.stream(7, 3, 100);
  const double first = a.uniform_open();
  // Drawing from other streams in between changes nothing.
  KeyedStream noise = random.stream(8, 3, 100);
  for (int i = 0; i < 100; ++i) noise.uniform_open();
  KeyedStream again = random.stream(7, 3, 100);
  CHECK(again.uniform_open() == first);
  CHECK(random.stream(7, 4, 100).uniform_open() != first);
  CHECK(random.stream(7, 3, 101).uniform_open() != first);
  CHECK(KeyedRandom(43).stream(7, 3, 100).uniform_open() != first);
}

TEST_CASE("uniform draws lie strictly inside (0, 1) and have the right mean") {
  const KeyedRandom random(1);
  double sum = 0;
  constexpr int kDraws = 200000;
  for (int i = 0; i < kDraws; ++i) {
    const double u = random.stream(static_cast<std::uint32_t>(i), 0, 0).uniform_open();
    REQUIRE(u > 0.0);
    REQUIRE(u < 1.0);
    sum += u;
  }
  CHECK(sum / kDraws == doctest::Approx(0.5).epsilon(0.005));
}

TEST_CASE("Boost exponential draws over a keyed stream have the right mean") {
  const KeyedRandom random(5);
  double sum = 0;
  constexpr int kDraws = 200000;
  for (int i = 0; i < kDraws; ++i) {
    KeyedStream s = random.stream(static_cast<std::uint32_t>(i), 1, 2);
    sum += boost::random::exponential_distribution<double>(2.0)(s);
  }
  CHECK(sum / kDraws == doctest::Approx(0.5).epsilon(0.01));
}

TEST_CASE("categorical draws follow the shares") {
  const KeyedRandom random(9);
  const std::array<double, 3> shares{0.2, 0.5, 0.3};
  std::array<int, 3> counts{};
  constexpr int kDraws = 100000;
  for (int i = 0; i < kDraws; ++i) {
    KeyedStream s = random.stream(static_cast<std::uint32_t>(i), 0, 0);
    ++counts[draw_category(shares, s)];
  }
  for (std::size_t k = 0; k < 3; ++k) CHECK(counts[k] / double(kDraws) == doctest::Approx(shares[k]).epsilon(0.03));
}

TEST_CASE("the queue pops events in time order, then subject, then tag") {
  DayBucketQueue queue(100.0);
  CHECK(queue.push({5.5, 2, 0}));
  CHECK(queue.push({0.25, 9, 0}));
  CHECK(queue.push({5.5, 1, 3}));
  CHECK(queue.push({5.5, 1, 2}));
  CHECK(queue.push({42.0, 0, 0}));
  CHECK_FALSE(queue.push({100.0, 0, 0}));  // at the end: never stored
  CHECK(queue.size() == 5);
  std::vector<ScheduledEvent> popped;
  ScheduledEvent e{};
  while (queue.pop_before(50.0, e)) popped.push_back(e);
  REQUIRE(popped.size() == 5);
  CHECK(popped[0].time_days == 0.25);
  CHECK((popped[1].subject == 1 && popped[1].tag == 2));
  CHECK((popped[2].subject == 1 && popped[2].tag == 3));
  CHECK(popped[3].subject == 2);
  CHECK(popped[4].time_days == 42.0);
}

TEST_CASE("a day sorted at once and the events pushed into it afterwards pop in one total order") {
  // Events pushed into the day under way go beside its sorted bucket; pops must still interleave them exactly.
  DayBucketQueue queue(10.0);
  std::vector<ScheduledEvent> expected;
  KeyedRandom random(7);
  for (std::uint32_t i = 0; i < 200; ++i) {
    KeyedStream s = random.stream(i, 0, 0);
    const ScheduledEvent event{2.0 + s.uniform_open(), i % 17, i};
    queue.push(event);
    expected.push_back(event);
  }
  std::vector<ScheduledEvent> popped;
  ScheduledEvent e{};
  for (std::uint32_t i = 0; queue.pop_before(10.0, e); ++i) {
    popped.push_back(e);
    if (i % 3 == 0 && e.time_days < 2.9) {  // schedule a later event the same day, as a crisis stage would
      const ScheduledEvent same_day{e.time_days + 0.05, e.subject, e.tag + 1000};
      queue.push(same_day);
      expected.push_back(same_day);
    }
  }
  std::sort(expected.begin(), expected.end(), [](const auto& a, const auto& b) { return later(b, a); });
  REQUIRE(popped.size() == expected.size());
  for (std::size_t k = 0; k < popped.size(); ++k) {
    CHECK(popped[k].time_days == expected[k].time_days);
    CHECK(popped[k].tag == expected[k].tag);
  }
  CHECK(queue.size() == 0);
}

TEST_CASE("the queue stops at the limit and accepts same-day events while a day is processed") {
  DayBucketQueue queue(30.0);
  queue.push({3.5, 1, 0});
  queue.push({10.0, 1, 0});
  ScheduledEvent e{};
  REQUIRE(queue.pop_before(7.0, e));
  CHECK(e.time_days == 3.5);
  queue.push({3.75, 2, 0});  // scheduled during day 3 for later the same day
  queue.push({3.6, 3, 0});
  REQUIRE(queue.pop_before(7.0, e));
  CHECK(e.subject == 3);
  REQUIRE(queue.pop_before(7.0, e));
  CHECK(e.subject == 2);
  CHECK_FALSE(queue.pop_before(7.0, e));
  REQUIRE(queue.pop_before(14.0, e));
  CHECK(e.time_days == 10.0);
}
