#pragma once
// Compile-time checks for the registries whose numbers reach results files or
// random streams (metrics, journey events, draw purposes): each is written in
// sections by owner, and these keep its numbers unique (and dense where they
// index a table), so moving an entry between sections can never renumber it.
#include <array>
#include <cstddef>

namespace mhsim {

template <typename Enum, std::size_t N>
constexpr bool numbers_are_unique(const std::array<Enum, N>& values) {
  for (std::size_t i = 0; i < N; ++i) {
    for (std::size_t j = i + 1; j < N; ++j) {
      if (values[i] == values[j]) return false;
    }
  }
  return true;
}

// True when the numbers are exactly 0, 1, ..., N - 1 in some order.
template <typename Enum, std::size_t N>
constexpr bool numbers_are_dense(const std::array<Enum, N>& values) {
  for (const Enum value : values) {
    if (static_cast<std::size_t>(value) >= N) return false;
  }
  return numbers_are_unique(values);
}

// The same for rows that carry their number as `id`.
template <typename Row, std::size_t N>
constexpr bool ids_are_dense(const std::array<Row, N>& rows) {
  std::array<decltype(Row{}.id), N> ids{};
  for (std::size_t k = 0; k < N; ++k) ids[k] = rows[k].id;
  return numbers_are_dense(ids);
}

// Rows written in sections by owner, placed at their numbers: row.id indexes the result.
template <typename Row, std::size_t N>
constexpr std::array<Row, N> by_number(const std::array<Row, N>& rows) {
  std::array<Row, N> placed{};
  for (const Row& row : rows) placed[static_cast<std::size_t>(row.id)] = row;
  return placed;
}

}  // namespace mhsim
