#pragma once
// Staff in post by cadre, moving week by week (docs/model.md, "Workforce over
// time"): leavers at the cadre's attrition rate, raised by burnout (demand per
// caseload place above a threshold) and by missing supervision; vacancies
// filled after a recruitment lag, through a training course for cadres
// trained on the job. Stocks are expected values (FTE need not be whole):
// the staff of a region move smoothly, and no random draw is spent on them.
#include <array>
#include <cstdint>
#include <deque>

#include "results/results.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

struct StaffWeek {
  std::array<double, kCadreCount> in_post{}, leavers{}, hires{}, trainees_started{}, vacancies{};
};

// The staff of each reported week, cadre by cadre, as weekly tables with the dimension cadre.
class StaffTables {
 public:
  explicit StaffTables(std::size_t reported_weeks = 0);
  void record(std::size_t week, const StaffWeek& staff);
  void export_to(Results& results);  // moves the tables out

 private:
  WeeklyMatrix in_post_, leavers_, hires_, trainees_started_, vacancies_;
};

class WorkforceStock {
 public:
  WorkforceStock() = default;
  // Staff in post as the scenario says, with the posts and the training
  // pipeline that keep them there at the cadre's attrition rate.
  WorkforceStock(const Scenario& scenario, std::int64_t population_size);

  // A reform's posts: the staff it funds at steady state. Staff in post stay.
  void set_establishment(const Scenario& scenario);
  // One week: `pressure` is each cadre's demand per caseload place.
  StaffWeek step(const Scenario& scenario, const std::array<double, kCadreCount>& pressure,
                 double supervision_adequacy);

  std::array<double, kCadreCount> fte_per_100k() const;

 private:
  std::int64_t population_size_ = 0;
  std::array<double, kCadreCount> in_post_{};
  std::array<double, kCadreCount> establishment_{};
  std::array<std::deque<double>, kCadreCount> trainees_{};  // trainees by week of starting, oldest first
};

}  // namespace mhsim
