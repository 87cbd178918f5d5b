#pragma once
// The values of a weekly table in the type they need (docs/outputs.md, "Storage types"): counts of people and
// events exactly as unsigned integers (16 bits when every count of the table fits, else 32), amounts and
// person-time in single precision, the rest (money, means, percentiles, places that may be infinite) in double.
// Figures read any of them as doubles.
#include <Eigen/Core>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace mhsim {

// In the order of TableValues' alternatives.
enum class StorageType : std::uint8_t { float64, uint32, float32, uint16 };

template <typename Number>
using WeeklyMatrixOf = Eigen::Matrix<Number, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// One row per reported week; columns run over the table's dimensions, the
// last varying fastest (row-major, as numpy and HDF5 lay them out).
using WeeklyMatrix = WeeklyMatrixOf<double>;
using WeeklyCounts = WeeklyMatrixOf<std::uint32_t>;
using WeeklyFloats = WeeklyMatrixOf<float>;
using WeeklySmallCounts = WeeklyMatrixOf<std::uint16_t>;

class TableValues {
 public:
  TableValues() = default;
  // Implicit: a table built as doubles is a float64 table.
  TableValues(WeeklyMatrix values) : values_(std::move(values)) {}  // NOLINT(google-explicit-constructor)
  TableValues(WeeklyCounts values) : values_(std::move(values)) {}  // NOLINT(google-explicit-constructor)
  TableValues(WeeklyFloats values) : values_(std::move(values)) {}  // NOLINT(google-explicit-constructor)
  TableValues(WeeklySmallCounts values) : values_(std::move(values)) {}  // NOLINT(google-explicit-constructor)

  // A zero table of `storage`.
  static TableValues zero(StorageType storage, Eigen::Index weeks, Eigen::Index columns);

  StorageType storage() const { return static_cast<StorageType>(values_.index()); }
  Eigen::Index rows() const {
    return std::visit([](const auto& m) { return m.rows(); }, values_);
  }
  Eigen::Index cols() const {
    return std::visit([](const auto& m) { return m.cols(); }, values_);
  }
  const void* data() const {
    return std::visit([](const auto& m) { return static_cast<const void*>(m.data()); }, values_);
  }
  std::size_t bytes() const {
    return std::visit([](const auto& m) { return static_cast<std::size_t>(m.size()) * sizeof(m(0, 0)); }, values_);
  }
  void* data() {
    return std::visit([](auto& m) { return static_cast<void*>(m.data()); }, values_);
  }

  // Calls `f` with the matrix in its own type. Read a table as doubles with `m.template cast<double>()`:
  // for a double table that is the table itself, and sums of whole counts are exact in double in any order,
  // so a figure is the same whichever way its table is stored.
  template <typename F>
  decltype(auto) visit(F&& f) const {
    return std::visit(std::forward<F>(f), values_);
  }
  template <typename F>
  decltype(auto) visit(F&& f) {
    return std::visit(std::forward<F>(f), values_);
  }

  // A float64 table in place; std::logic_error naming `name` for another type.
  const WeeklyMatrix& doubles(std::string_view name) const;
  WeeklyMatrix& doubles(std::string_view name);
  // A copy as doubles, whatever the type.
  WeeklyMatrix to_doubles() const;

  // Sets week `week`, still zero, from a week's double accumulators. Counts must be whole and in range: anything
  // else means the metric was declared a count but sums an amount, and is refused (std::logic_error naming `name`).
  // A uint16 table given a count above 65535 becomes uint32 first, so a run can keep its counts in 16 bits.
  void set_row(Eigen::Index week, const double* values, std::string_view name);
  // From here on stored as `storage` (doubles to float32 round to nearest; to counts as set_row checks).
  void store_as(StorageType storage, std::string_view name);

 private:
  std::variant<WeeklyMatrix, WeeklyCounts, WeeklyFloats, WeeklySmallCounts> values_;
};

}  // namespace mhsim
