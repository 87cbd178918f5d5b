// Weekly tables in the type they need (issue 20): counts whole from the first week, in 16 bits until a count does
// not fit and in 32 bits from then on; amounts and person-time double while the figures are made and float32 after;
// the other tables double.
#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "recording/recorder.hpp"
#include "recording/table_storage.hpp"

using namespace mhsim;

namespace {

std::string logic_error_of(const auto& action) {
  try {
    action();
  } catch (const std::logic_error& error) {
    return error.what();
  }
  return "";
}

const std::array<std::int64_t, kServiceCount> kNoCapacity{};

}  // namespace

TEST_CASE("counts are whole uint16 from the first week and amounts stay double until stored as float32") {
  Recorder recorder(1);
  const PersonCells cell{stratum_cell(0, 1, 1, 2), 3};
  recorder.change_stock(Metric::population, 0, cell, +3, 0.0);
  recorder.count(Metric::deaths, 0, cell);
  recorder.count(Metric::wait_days_sum, 0, cell, 1.0 / 3.0);
  recorder.close_week(0, 7.0, kNoCapacity);
  CHECK(recorder.weekly_table(static_cast<std::size_t>(Metric::population)).storage() == StorageType::uint16);
  CHECK(recorder.weekly_table(static_cast<std::size_t>(Metric::deaths)).storage() == StorageType::uint16);
  CHECK(recorder.weekly_table(static_cast<std::size_t>(Metric::person_weeks_alive)).storage() == StorageType::float64);
  CHECK(recorder.weekly_table(static_cast<std::size_t>(Metric::wait_days_sum)).storage() == StorageType::float64);
  CHECK(recorder.values(Metric::population)(0, cell.stratum) == 3.0);

  Results results;
  recorder.export_to(results);
  results.weekly.push_back({"costs", "currency", "money", {}, WeeklyMatrix(WeeklyMatrix::Constant(1, 1, 0.1))});
  store_in_declared_types(results);
  CHECK(results.table("population").values.storage() == StorageType::uint16);  // 3 people fit in 16 bits
  CHECK(results.table("population_by_group").values.storage() == StorageType::uint16);
  CHECK(results.table("population").to_doubles()(0, cell.stratum) == 3.0);
  CHECK(results.table("person_weeks_alive").values.storage() == StorageType::float32);
  CHECK(results.table("person_weeks_alive_by_group").values.storage() == StorageType::float32);
  CHECK(results.table("wait_days_sum").values.storage() == StorageType::float32);
  CHECK(results.table("wait_mean_days").values.storage() == StorageType::float64);
  CHECK(results.table("costs").doubles()(0, 0) == 0.1);  // not a metric: left double
  // Rounded to the nearest float32: within half a unit in the last place of the double value.
  const double waited = results.table("wait_days_sum").to_doubles()(0, cell.stratum);
  CHECK(waited == static_cast<double>(static_cast<float>(1.0 / 3.0)));
  CHECK(std::abs(waited - 1.0 / 3.0) <= 1.0 / 3.0 * std::numeric_limits<float>::epsilon() / 2);
}

TEST_CASE("a count that is not whole stops the run and names its table") {
  Recorder recorder(1);
  const PersonCells cell{stratum_cell(2, 0, 0, 1), 0};
  recorder.count(Metric::crises, 0, cell, 0.5);  // a metric declared a flow that was given an amount
  const std::string message = logic_error_of([&] { recorder.close_week(0, 7.0, kNoCapacity); });
  CHECK(message.find("crises") != std::string::npos);
  CHECK(message.find("whole counts") != std::string::npos);
}

TEST_CASE("a table stored as uint32 refuses negative, fractional and too large values") {
  for (const double value : {-1.0, 2.5, 4294967296.0, std::numeric_limits<double>::quiet_NaN()}) {
    TableValues values = WeeklyMatrix(WeeklyMatrix::Constant(1, 2, 7.0));
    values.doubles("t")(0, 1) = value;
    CHECK(logic_error_of([&] { values.store_as(StorageType::uint32, "t"); }).find("weekly table t") == 0);
  }
  TableValues largest = WeeklyMatrix(WeeklyMatrix::Constant(1, 1, 4294967295.0));
  largest.store_as(StorageType::uint32, "t");
  CHECK(largest.to_doubles()(0, 0) == 4294967295.0);
  CHECK(largest.bytes() == 4);
  CHECK_THROWS_AS(largest.doubles("t"), std::logic_error);
}

TEST_CASE("a count table kept in 16 bits widens to 32 at the first count that does not fit, keeping every count") {
  for (const double largest : {65535.0, 65536.0}) {
    TableValues values = TableValues::zero(StorageType::uint16, 3, 2);
    const std::array<double, 2> first{7.0, 65535.0};
    const std::array<double, 2> second{5.0, largest};  // the row's first cell is stored before the widening
    values.set_row(0, first.data(), "t");
    values.set_row(2, second.data(), "t");
    CHECK(values.storage() == (largest == 65535.0 ? StorageType::uint16 : StorageType::uint32));
    WeeklyMatrix expected = WeeklyMatrix::Zero(3, 2);
    expected.row(0) << 7.0, 65535.0;
    expected.row(2) << 5.0, largest;
    CHECK(values.to_doubles() == expected);
  }
}

TEST_CASE("a stock of more than 65535 people in one cell is recorded whole and stored in 32 bits") {
  Recorder recorder(2);
  const PersonCells cell{stratum_cell(1, 0, 1, 0), 2};
  recorder.change_stock(Metric::population, 0, cell, +60000, 0.0);
  recorder.close_week(0, 7.0, kNoCapacity);
  recorder.change_stock(Metric::population, 0, cell, +10000, 8.0);
  recorder.close_week(1, 14.0, kNoCapacity);
  CHECK(recorder.weekly_table(static_cast<std::size_t>(Metric::population)).storage() == StorageType::uint32);
  CHECK(recorder.values(Metric::population)(0, cell.stratum) == 60000.0);
  CHECK(recorder.values(Metric::population)(1, cell.stratum) == 70000.0);
  Results results;
  recorder.export_to(results);
  store_in_declared_types(results);
  CHECK(results.table("population").values.storage() == StorageType::uint32);
  CHECK(results.table("population").to_doubles()(1, cell.stratum) == 70000.0);
}
