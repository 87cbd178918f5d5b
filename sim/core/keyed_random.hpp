#pragma once
// Random numbers keyed by what they are for, not by when they are drawn.
//
// Every draw comes from a short stream identified by (seed, entity, occasion,
// purpose): a Philox4x32-10 counter-based generator (Random123) whose key is
// the seed and whose counter carries the identity. The same person at the same
// occasion drawing for the same purpose gets the same numbers in any scenario,
// on any thread, in any order of execution: that is what makes runs
// reproducible and comparisons between scenarios use common random numbers.
#include <Random123/philox.h>

#include <array>
#include <cstdint>
#include <limits>

namespace mhsim {

// A UniformRandomBitGenerator over one keyed stream, so Boost.Random
// distributions can consume it. A distribution may take any number of words
// from it without disturbing any other stream.
class KeyedStream {
 public:
  using result_type = std::uint32_t;
  static constexpr result_type min() { return 0; }
  static constexpr result_type max() { return std::numeric_limits<result_type>::max(); }

  KeyedStream(r123::Philox4x32::key_type key, std::uint32_t entity, std::uint32_t occasion,
              std::uint32_t purpose)
      : key_(key), counter_{{entity, occasion, purpose, 0}} {}

  result_type operator()() {
    if (next_word_ == 4) {
      block_ = r123::Philox4x32{}(counter_, key_);
      ++counter_[3];
      next_word_ = 0;
    }
    return block_[next_word_++];
  }

  // Uniform on the open interval (0, 1) with 53 random bits: never 0 or 1,
  // so inverse-CDF draws such as -log(u) stay finite.
  double uniform_open() {
    const std::uint64_t high = (*this)() >> 5;  // 27 bits
    const std::uint64_t low = (*this)() >> 6;   // 26 bits
    return (static_cast<double>((high << 26) | low) + 0.5) * 0x1.0p-53;
  }

 private:
  r123::Philox4x32::key_type key_;
  r123::Philox4x32::ctr_type counter_;
  r123::Philox4x32::ctr_type block_{};
  int next_word_ = 4;
};

class KeyedRandom {
 public:
  explicit KeyedRandom(std::uint64_t seed)
      : key_{{static_cast<std::uint32_t>(seed), static_cast<std::uint32_t>(seed >> 32)}} {}

  KeyedStream stream(std::uint32_t entity, std::uint32_t occasion, std::uint32_t purpose) const {
    return KeyedStream(key_, entity, occasion, purpose);
  }

 private:
  r123::Philox4x32::key_type key_;
};

// A Bernoulli trial with its own stream (one uniform, inverse CDF).
inline bool draw_bernoulli(KeyedStream stream, double probability) { return stream.uniform_open() < probability; }

// Inverse-CDF categorical draw from shares summing to 1: one uniform per draw.
template <std::size_t N>
std::uint8_t draw_category(const std::array<double, N>& shares, KeyedStream& stream) {
  const double u = stream.uniform_open();
  double cumulative = 0;
  for (std::size_t k = 0; k + 1 < N; ++k) {
    cumulative += shares[k];
    if (u < cumulative) return static_cast<std::uint8_t>(k);
  }
  return static_cast<std::uint8_t>(N - 1);
}

}  // namespace mhsim
