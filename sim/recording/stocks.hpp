#pragma once
// The stocks a person counts in (alive, ill, waiting, in a crisis place, housed,
// in a programme...), so a change of state moves every count at once.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <utility>

#include "recording/metrics.hpp"
#include "recording/recorder.hpp"

namespace mhsim {

struct StockSet {
  std::size_t cell = 0;
  std::size_t size = 0;
  std::array<std::pair<Metric, std::uint8_t>, 16> entries{};  // stocks_of fills at most 14

  void add(Metric metric, std::uint8_t axis_index) { entries[size++] = {metric, axis_index}; }
};

// Moves the recorder's stocks from the counts of `before` to those of `after` at `now_days`.
inline void move_stocks(Recorder& recorder, const StockSet& before, const StockSet& after, double now_days) {
  // Most events move no stock: the sets are built in one order, so equal sets match entry by entry.
  if (after.cell == before.cell && after.size == before.size &&
      std::equal(after.entries.begin(), after.entries.begin() + after.size, before.entries.begin())) {
    return;
  }
  const auto contains = [](const StockSet& set, std::pair<Metric, std::uint8_t> entry, std::size_t cell) {
    if (set.cell != cell) return false;
    for (std::size_t k = 0; k < set.size; ++k) {
      if (set.entries[k] == entry) return true;
    }
    return false;
  };
  for (std::size_t k = 0; k < before.size; ++k) {
    if (!contains(after, before.entries[k], before.cell)) {
      recorder.change_stock(before.entries[k].first, before.entries[k].second, before.cell, -1, now_days);
    }
  }
  for (std::size_t k = 0; k < after.size; ++k) {
    if (!contains(before, after.entries[k], after.cell)) {
      recorder.change_stock(after.entries[k].first, after.entries[k].second, after.cell, +1, now_days);
    }
  }
}

}  // namespace mhsim
