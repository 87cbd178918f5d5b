#include "results/table_values.hpp"

#include <bit>
#include <limits>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>

namespace mhsim {
namespace {

template <typename Count>
Count whole_count(double value, std::string_view name) {
  constexpr double kLargest = std::numeric_limits<Count>::max();
  // In range, then whole: the cast truncates, so a fraction does not survive the round trip (no libm floor call).
  if (!(value >= 0 && value <= kLargest) || static_cast<double>(static_cast<Count>(value)) != value) {
    throw std::logic_error("weekly table " + std::string(name) + " is stored as whole counts but holds " +
                           std::to_string(value) + ": declare it an amount (recording/metrics.cpp)");
  }
  return static_cast<Count>(value);
}

const char* storage_name(StorageType storage) {
  switch (storage) {
    case StorageType::float64: return "float64";
    case StorageType::uint32: return "uint32";
    case StorageType::float32: return "float32";
    case StorageType::uint16: return "uint16";
  }
  return "?";
}

}  // namespace

TableValues TableValues::zero(StorageType storage, Eigen::Index weeks, Eigen::Index columns) {
  switch (storage) {
    case StorageType::float64: return WeeklyMatrix(WeeklyMatrix::Zero(weeks, columns));
    case StorageType::uint32: return WeeklyCounts(WeeklyCounts::Zero(weeks, columns));
    case StorageType::float32: return WeeklyFloats(WeeklyFloats::Zero(weeks, columns));
    case StorageType::uint16: return WeeklySmallCounts(WeeklySmallCounts::Zero(weeks, columns));
  }
  return {};
}

const WeeklyMatrix& TableValues::doubles(std::string_view name) const {
  if (const auto* values = std::get_if<WeeklyMatrix>(&values_)) return *values;
  throw std::logic_error("weekly table " + std::string(name) + " is stored as " + storage_name(storage()) +
                         ", not float64");
}

WeeklyMatrix& TableValues::doubles(std::string_view name) {
  return const_cast<WeeklyMatrix&>(std::as_const(*this).doubles(name));
}

WeeklyMatrix TableValues::to_doubles() const {
  return visit([](const auto& m) -> WeeklyMatrix { return m.template cast<double>(); });
}

void TableValues::set_row(Eigen::Index week, const double* values, std::string_view name) {
  const bool stored = visit([&](auto& m) {
    using Number = typename std::decay_t<decltype(m)>::Scalar;
    for (Eigen::Index c = 0; c < m.cols(); ++c) {
      // Most cells of a week are +0, which the zero table already holds: a page never written is never touched,
      // so it costs neither a page fault nor memory.
      if (std::bit_cast<std::uint64_t>(values[c]) == 0) continue;
      if constexpr (std::is_same_v<Number, std::uint16_t>) {
        if (values[c] > std::numeric_limits<std::uint16_t>::max()) return false;  // widened below, then stored
      }
      if constexpr (std::is_integral_v<Number>) {
        m(week, c) = whole_count<Number>(values[c], name);
      } else {
        m(week, c) = static_cast<Number>(values[c]);
      }
    }
    return true;
  });
  if (stored) return;
  // A count past 16 bits widens the whole table to 32 (rare: a large stratum at millions), and the row is stored again.
  WeeklyCounts widened = std::get<WeeklySmallCounts>(values_).cast<std::uint32_t>();
  values_ = std::move(widened);
  set_row(week, values, name);
}

void TableValues::store_as(StorageType storage, std::string_view name) {
  if (storage == this->storage()) return;
  TableValues stored = zero(storage, rows(), cols());
  visit([&](const auto& m) {
    Eigen::RowVectorXd row;
    for (Eigen::Index w = 0; w < m.rows(); ++w) {
      row = m.row(w).template cast<double>();
      stored.set_row(w, row.data(), name);
    }
  });
  *this = std::move(stored);
}

}  // namespace mhsim
