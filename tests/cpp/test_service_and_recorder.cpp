// The service mechanism and the recorder, on their own.
#include <doctest/doctest.h>

#include <cmath>

#include "recording/recorder.hpp"
#include "recording/stocks.hpp"
#include "care/service.hpp"

using namespace mhsim;

namespace {

constexpr std::size_t kTherapy = index_of(ServiceId::high_intensity);

ServiceSettings one_place_per_fte() {
  ServiceSettings s;
  s.caseload_per_fte = 1.0;
  s.treatment_weeks = 10;
  return s;
}

}  // namespace

TEST_CASE("capacity is clinical FTE x caseload per FTE, in whole places") {
  ServiceSettings s = one_place_per_fte();
  s.caseload_per_fte = 25.0;
  CHECK(Service(s, 14.4, kTherapy).capacity_places() == 360);
  CHECK(Service(s, 14.39, kTherapy).capacity_places() == 359);
  CHECK(Service(s, 0.0, kTherapy).capacity_places() == 0);
}

TEST_CASE("with a large head start the list serves the most severe first, then by arrival, skipping stale entries") {
  ServiceSettings strict = one_place_per_fte();
  strict.severity_head_start_days = 1e6;
  Service service(strict, 0.0, kTherapy);
  service.join_waiting_list(1, Severity::mild, 1.0);
  service.join_waiting_list(2, Severity::severe, 2.0);
  service.join_waiting_list(3, Severity::moderate, 3.0);
  service.join_waiting_list(4, Severity::severe, 4.0);
  service.join_waiting_list(5, Severity::mild, 5.0);
  CHECK(service.waiting() == 5);
  // Person 4 leaves the list (drops out); the entry stays until it is reached.
  service.leave_waiting_list();
  const auto current = [](PersonId id, double) { return id != 4; };
  std::vector<PersonId> order;
  while (const auto next = service.places().take_next(current, strict.severity_head_start_days)) order.push_back(*next);
  CHECK(order == std::vector<PersonId>{2, 3, 1, 5});
  CHECK(service.waiting() == 0);
}

TEST_CASE("a head start moves each severity band that many days up the list, and none is first come, first served") {
  const auto order_with_head_start = [](double head_start_days) {
    ServiceSettings settings = one_place_per_fte();
    settings.severity_head_start_days = head_start_days;
    Service service(settings, 0.0, kTherapy);
    service.join_waiting_list(1, Severity::mild, 0.0);
    service.join_waiting_list(2, Severity::moderate, 5.0);   // ranks as day 5 - h
    service.join_waiting_list(3, Severity::severe, 12.0);    // ranks as day 12 - 2h
    service.join_waiting_list(4, Severity::mild, 3.0);
    std::vector<PersonId> order;
    const auto anyone = [](PersonId, double) { return true; };
    while (const auto next = service.places().take_next(anyone, head_start_days)) order.push_back(*next);
    return order;
  };
  CHECK(order_with_head_start(0.0) == std::vector<PersonId>{1, 4, 2, 3});
  CHECK(order_with_head_start(4.0) == std::vector<PersonId>{1, 2, 4, 3});  // 0, 1, 3, 4
  CHECK(order_with_head_start(7.0) == std::vector<PersonId>{3, 2, 1, 4});  // -2 and -2: a tie goes to the more severe
}

TEST_CASE("a service refuses to go below zero or above capacity") {
  Service service(one_place_per_fte(), 1.0, kTherapy);
  REQUIRE(service.capacity_places() == 1);
  service.start_treatment();
  CHECK_FALSE(service.has_free_place());
  CHECK_THROWS_AS(service.start_treatment(), std::logic_error);
  service.end_treatment();
  CHECK_THROWS_AS(service.end_treatment(), std::logic_error);
  CHECK_THROWS_AS(service.leave_waiting_list(), std::logic_error);
}

TEST_CASE("the recorder integrates person-time exactly and resets flows each week") {
  Recorder recorder(2);
  const std::array<std::int64_t, kServiceCount> capacity{0, 10, 20, 30, 40};
  const PersonCells cell{stratum_cell(1, 2, 0, 3), 5};
  // Burn-in week: one person from day 0, ignored in the tables.
  recorder.change_stock(Metric::population, 0, cell, +1, 0.0);
  recorder.count(Metric::deaths, 0, cell);
  recorder.close_week(-1, 7.0, capacity);
  // Reported week 0: a second person arrives on day 10.5, a mild episode from day 11 to day 12.
  recorder.change_stock(Metric::population, 0, cell, +1, 10.5);
  recorder.change_stock(Metric::cmd_prevalent, index_of(Severity::mild), cell, +1, 11.0);
  recorder.change_stock(Metric::cmd_prevalent, index_of(Severity::mild), cell, -1, 12.0);
  recorder.count(Metric::crises, 0, cell, 2.0);
  recorder.close_week(0, 14.0, capacity);
  recorder.close_week(1, 21.0, capacity);
  const auto column = static_cast<Eigen::Index>(cell.stratum);
  const auto& alive_time = recorder.values(Metric::person_weeks_alive);
  CHECK(alive_time(0, column) == doctest::Approx(1.0 + 3.5 / 7.0));
  CHECK(alive_time(1, column) == doctest::Approx(2.0));
  CHECK(recorder.values(Metric::person_weeks_cmd)(0, column) == doctest::Approx(1.0 / 7.0));
  CHECK(recorder.values(Metric::population)(0, column) == 2.0);
  CHECK(recorder.values(Metric::cmd_prevalent)(0, column) == 0.0);
  CHECK(recorder.values(Metric::crises)(0, column) == 2.0);
  CHECK(recorder.values(Metric::crises)(1, column) == 0.0);
  CHECK(recorder.values(Metric::deaths).sum() == 0.0);  // the burn-in death is not reported
  CHECK_THROWS_AS(recorder.change_stock(Metric::waiting, 0, cell, -1, 21.0), std::logic_error);
}

TEST_CASE("a stock empty for weeks integrates from its next change only") {
  Recorder recorder(3);
  const std::array<std::int64_t, kServiceCount> capacity{};
  const PersonCells cell{stratum_cell(0, 1, 1, 2), 3};
  recorder.close_week(0, 7.0, capacity);
  recorder.close_week(1, 14.0, capacity);
  recorder.change_stock(Metric::population, 0, cell, +1, 17.5);
  recorder.close_week(2, 21.0, capacity);
  const auto& alive_time = recorder.values(Metric::person_weeks_alive);
  const auto column = static_cast<Eigen::Index>(cell.stratum);
  CHECK(alive_time(0, column) == 0.0);
  CHECK(alive_time(1, column) == 0.0);
  CHECK(alive_time(2, column) == 0.5);
}

// stocks_of's sets are subsequences of one order; a change moves only the stocks that left or joined.
TEST_CASE("a change of state moves the stocks that left and joined, and no other") {
  Recorder recorder(1);
  const std::array<std::int64_t, kServiceCount> capacity{};
  const PersonCells cell{stratum_cell(2, 0, 1, 1), 4};
  StockSet waiting{.cell = cell};
  waiting.add(Metric::population, 0);
  waiting.add(Metric::cmd_prevalent, index_of(Severity::moderate));
  waiting.add(Metric::waiting, kTherapy);
  waiting.add(Metric::people_by_housing, 1);
  StockSet treated = waiting;
  treated.size = 2;
  treated.add(Metric::in_treatment, kTherapy);
  treated.add(Metric::people_by_housing, 1);
  treated.add(Metric::people_by_employment, 2);
  move_stocks(recorder, StockSet{}, waiting, 0.0);
  move_stocks(recorder, waiting, treated, 3.5);
  recorder.close_week(0, 7.0, capacity);
  const auto stratum = [&](Metric metric, std::size_t axis_index) {
    return recorder.values(metric)(0, static_cast<Eigen::Index>(axis_index * kStratumCells + cell.stratum));
  };
  CHECK(stratum(Metric::waiting, kTherapy) == 0.0);
  CHECK(stratum(Metric::in_treatment, kTherapy) == 1.0);
  CHECK(stratum(Metric::people_by_employment, 2) == 1.0);
  CHECK(stratum(Metric::population, 0) == 1.0);
  CHECK(stratum(Metric::person_weeks_waiting, kTherapy) == 0.5);
  // A kept stock is neither counted twice nor dropped.
  CHECK(stratum(Metric::person_weeks_alive, 0) == 1.0);
}

TEST_CASE("the 90th percentile uses the nearest rank") {
  std::vector<double> waits{5, 1, 9, 3, 7, 2, 8, 4, 6, 10};
  CHECK(percentile_90(waits) == 9.0);
  std::vector<double> none;
  CHECK(std::isnan(percentile_90(none)));
}
