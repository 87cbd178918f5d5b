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
  PersonCells cell;
  std::size_t size = 0;
  std::array<std::pair<Metric, std::uint8_t>, 24> entries{};  // stocks_of fills at most 22

  void add(Metric metric, std::uint8_t axis_index) { entries[size++] = {metric, axis_index}; }
};

namespace detail {

inline bool holds(const StockSet& set, std::pair<Metric, std::uint8_t> entry) {
  return std::find(set.entries.begin(), set.entries.begin() + set.size, entry) != set.entries.begin() + set.size;
}

// Moves the counts of one kind of cell (strata or groups): all of them if the cell changed, else only the
// entries that did. A count that stays in its cell is not touched, so its person-time integral is not split
// (a move of housing leaves the strata tables as they were, bit for bit).
template <typename Change>
void move_cell_stocks(const StockSet& before, const StockSet& after, bool same_cell, Change change) {
  for (std::size_t k = 0; k < before.size; ++k) {
    if (!same_cell || !holds(after, before.entries[k])) change(before.entries[k], before.cell, -1);
  }
  for (std::size_t k = 0; k < after.size; ++k) {
    if (!same_cell || !holds(before, after.entries[k])) change(after.entries[k], after.cell, +1);
  }
}

}  // namespace detail

// Moves the recorder's stocks from the counts of `before` to those of `after` at `now_days`.
inline void move_stocks(Recorder& recorder, const StockSet& before, const StockSet& after, double now_days) {
  // Most events move no stock: the sets are built in one order, so equal sets match entry by entry.
  if (after.cell == before.cell && after.size == before.size &&
      std::equal(after.entries.begin(), after.entries.begin() + after.size, before.entries.begin())) {
    return;
  }
  using Entry = std::pair<Metric, std::uint8_t>;
  if (after.cell == before.cell) {  // the usual change of state: one pass over both kinds of cell
    detail::move_cell_stocks(before, after, true, [&](Entry e, PersonCells cells, int delta) {
      recorder.change_stock(e.first, e.second, cells, delta, now_days);
    });
    return;
  }
  detail::move_cell_stocks(before, after, before.cell.stratum == after.cell.stratum,
                           [&](Entry e, PersonCells cells, int delta) {
                             recorder.change_stratum_stock(e.first, e.second, cells.stratum, delta, now_days);
                           });
  detail::move_cell_stocks(before, after, before.cell.group == after.cell.group,
                           [&](Entry e, PersonCells cells, int delta) {
                             recorder.change_group_stock(e.first, e.second, cells.group, delta, now_days);
                           });
}

}  // namespace mhsim
