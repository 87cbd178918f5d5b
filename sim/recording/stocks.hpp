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

using StockEntry = std::pair<Metric, std::uint8_t>;

struct StockSet {
  static constexpr std::size_t kCapacity = 24;  // stocks_of fills at most 22

  PersonCells cell;
  std::size_t size = 0;
  std::array<StockEntry, kCapacity> entries{};

  void add(Metric metric, std::uint8_t axis_index) { entries[size++] = {metric, axis_index}; }
};

namespace detail {

// The entries of `before` that `after` lacks (left) and those of `after` that `before` lacks (joined), as
// positions. stocks_of adds entries in one fixed order of its lines, each line at most once, so both sets are
// subsequences of that order and one walk over both finds them: at a mismatch, an entry of `before` that
// `after` holds further on means `after`'s entry is new.
struct StockDiff {
  std::array<std::uint8_t, StockSet::kCapacity> left{}, joined{};
  std::size_t left_count = 0, joined_count = 0;
};

inline bool holds_from(const StockSet& set, std::size_t first, StockEntry entry) {
  return std::find(set.entries.begin() + first, set.entries.begin() + set.size, entry) !=
         set.entries.begin() + set.size;
}

inline StockDiff diff(const StockSet& before, const StockSet& after) {
  StockDiff d;
  std::size_t i = 0, j = 0;
  while (i < before.size && j < after.size) {
    if (before.entries[i] == after.entries[j]) {
      ++i, ++j;
    } else if (holds_from(after, j + 1, before.entries[i])) {
      d.joined[d.joined_count++] = static_cast<std::uint8_t>(j++);
    } else {
      d.left[d.left_count++] = static_cast<std::uint8_t>(i++);
    }
  }
  while (i < before.size) d.left[d.left_count++] = static_cast<std::uint8_t>(i++);
  while (j < after.size) d.joined[d.joined_count++] = static_cast<std::uint8_t>(j++);
  return d;
}

// Moves the counts of one kind of cell (strata or groups): all of them if the cell changed, else only the
// entries that did. A count that stays in its cell is not touched, so its person-time integral is not split
// (a move of housing leaves the strata tables as they were, bit for bit). Every count left goes down before
// any joined goes up.
template <typename Change>
void move_cell_stocks(const StockSet& before, const StockSet& after, bool same_cell, Change change) {
  if (!same_cell) {
    for (std::size_t k = 0; k < before.size; ++k) change(before.entries[k], before.cell, -1);
    for (std::size_t k = 0; k < after.size; ++k) change(after.entries[k], after.cell, +1);
    return;
  }
  const StockDiff d = diff(before, after);
  for (std::size_t k = 0; k < d.left_count; ++k) change(before.entries[d.left[k]], before.cell, -1);
  for (std::size_t k = 0; k < d.joined_count; ++k) change(after.entries[d.joined[k]], after.cell, +1);
}

}  // namespace detail

// Moves the recorder's stocks from the counts of `before` to those of `after` at `now_days`.
inline void move_stocks(Recorder& recorder, const StockSet& before, const StockSet& after, double now_days) {
  // Most events move no stock: the sets are built in one order, so equal sets match entry by entry.
  if (after.cell == before.cell && after.size == before.size &&
      std::equal(after.entries.begin(), after.entries.begin() + after.size, before.entries.begin())) {
    return;
  }
  if (after.cell == before.cell) {  // the usual change of state: one pass over both kinds of cell
    detail::move_cell_stocks(before, after, true, [&](StockEntry e, PersonCells cells, int delta) {
      recorder.change_stock(e.first, e.second, cells, delta, now_days);
    });
    return;
  }
  detail::move_cell_stocks(before, after, before.cell.stratum == after.cell.stratum,
                           [&](StockEntry e, PersonCells cells, int delta) {
                             recorder.change_stratum_stock(e.first, e.second, cells.stratum, delta, now_days);
                           });
  detail::move_cell_stocks(before, after, before.cell.group == after.cell.group,
                           [&](StockEntry e, PersonCells cells, int delta) {
                             recorder.change_group_stock(e.first, e.second, cells.group, delta, now_days);
                           });
}

}  // namespace mhsim
