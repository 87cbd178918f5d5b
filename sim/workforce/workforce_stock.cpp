#include "workforce/workforce_stock.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/attributes.hpp"

namespace mhsim {
namespace {

std::size_t training_course_weeks(const CadreSettings& cadre) {
  return cadre.training_weeks > 0
             ? std::max<std::size_t>(1, static_cast<std::size_t>(std::lround(cadre.training_weeks)))
             : 0;
}

double attrition_per_week(const CadreSettings& cadre) {
  return cadre.attrition_rate_per_year / kWeeksPerYear;
}

// Posts that keep `in_post` staff at steady state: vacancies of a week's leavers for each week of the recruitment
// lag, and for each week of the course the posts its trainees will fill.
double steady_state_posts(const CadreSettings& cadre, double in_post) {
  const double course = static_cast<double>(training_course_weeks(cadre));
  return in_post * (1.0 + attrition_per_week(cadre) * (cadre.recruitment_lag_weeks + course));
}

}  // namespace

WorkforceStock::WorkforceStock(const Scenario& scenario, std::int64_t population_size)
    : population_size_(population_size) {
  for (std::size_t c = 0; c < kCadreCount; ++c) {
    const CadreSettings& cadre = scenario.workforce[c];
    in_post_[c] = cadre.fte_per_100k * static_cast<double>(population_size) / 1e5;
    const std::size_t course = training_course_weeks(cadre);
    // At steady state each week's trainees replace the week's leavers once the course's losses are allowed for.
    if (course > 0)
      trainees_[c].assign(course, in_post_[c] * attrition_per_week(cadre) / cadre.training_completion_share);
  }
  set_establishment(scenario);
}

void WorkforceStock::set_establishment(const Scenario& scenario) {
  for (std::size_t c = 0; c < kCadreCount; ++c) {
    const CadreSettings& cadre = scenario.workforce[c];
    establishment_[c] = steady_state_posts(cadre, cadre.fte_per_100k * static_cast<double>(population_size_) / 1e5);
  }
}

StaffWeek WorkforceStock::step(const Scenario& scenario, const std::array<double, kCadreCount>& pressure,
                               double supervision_adequacy) {
  const WorkforceDynamicsSettings& dynamics = scenario.workforce_dynamics;
  StaffWeek week;
  for (std::size_t c = 0; c < kCadreCount; ++c) {
    const CadreSettings& cadre = scenario.workforce[c];
    const double burnout = 1.0 + dynamics.burnout_attrition_ratio_per_pressure *
                                     std::max(0.0, pressure[c] - dynamics.burnout_pressure_threshold);
    const double unsupervised = cadre.supervision_hours_needed_per_fte_week > 0
                                    ? dynamics.attrition_rate_ratio_unsupervised +
                                          (1.0 - dynamics.attrition_rate_ratio_unsupervised) * supervision_adequacy
                                    : 1.0;
    const std::size_t course = training_course_weeks(cadre);
    if (course > 0) {
      // A course changed by a reform: trainees under way keep their place in it.
      while (trainees_[c].size() < course) trainees_[c].push_front(0.0);
      while (trainees_[c].size() > course) {
        trainees_[c][1] += trainees_[c][0];
        trainees_[c].pop_front();
      }
    }
    // Posts open at the start of the week, less those the trainees under way will fill, fill at
    // 1 / recruitment lag a week (a first-order delay).
    double pipeline = 0;
    for (double trainees : trainees_[c]) pipeline += trainees * cadre.training_completion_share;
    week.vacancies[c] = std::max(0.0, establishment_[c] - in_post_[c] - pipeline);
    const double recruited =
        std::min(week.vacancies[c], week.vacancies[c] / cadre.recruitment_lag_weeks * dynamics.hiring_rate_ratio);

    week.leavers[c] = std::min(in_post_[c], in_post_[c] * attrition_per_week(cadre) * burnout * unsupervised);
    in_post_[c] -= week.leavers[c];
    if (course > 0) {
      week.hires[c] = trainees_[c].front() * cadre.training_completion_share;
      trainees_[c].pop_front();
      week.trainees_started[c] = recruited / cadre.training_completion_share;
      trainees_[c].push_back(week.trainees_started[c]);
    } else {
      week.hires[c] = recruited;
    }
    in_post_[c] += week.hires[c];
    week.in_post[c] = in_post_[c];
  }
  return week;
}

StaffTables::StaffTables(std::size_t reported_weeks) {
  for (WeeklyMatrix* table : {&in_post_, &leavers_, &hires_, &trainees_started_, &vacancies_}) {
    *table = WeeklyMatrix::Zero(static_cast<Eigen::Index>(reported_weeks), static_cast<Eigen::Index>(kCadreCount));
  }
}

void StaffTables::record(std::size_t week, const StaffWeek& staff) {
  const auto row = static_cast<Eigen::Index>(week);
  for (std::size_t c = 0; c < kCadreCount; ++c) {
    const auto column = static_cast<Eigen::Index>(c);
    in_post_(row, column) = staff.in_post[c];
    leavers_(row, column) = staff.leavers[c];
    hires_(row, column) = staff.hires[c];
    trainees_started_(row, column) = staff.trainees_started[c];
    vacancies_(row, column) = staff.vacancies[c];
  }
}

void StaffTables::export_to(Results& results) {
  Dimension cadres{"cadre", {}};
  for (auto label : kCadreLabels) cadres.labels.emplace_back(label);
  results.dimensions.push_back(std::move(cadres));
  const auto table = [](std::string name, std::string unit, std::string description, WeeklyMatrix& values) {
    return WeeklyTable{std::move(name), std::move(unit), std::move(description), {"cadre"}, std::move(values)};
  };
  results.weekly.push_back(table("staff_fte", "FTE", "staff in post at the end of the week", in_post_));
  results.weekly.push_back(table("staff_leavers", "FTE",
                                 "staff leaving during the week (attrition, with burnout and missing supervision)",
                                 leavers_));
  results.weekly.push_back(
      table("staff_hires", "FTE", "staff starting in post during the week (recruited, or finishing training)", hires_));
  results.weekly.push_back(
      table("trainees_started", "trainees", "trainees starting the cadre's course during the week", trainees_started_));
  results.weekly.push_back(table(
      "staff_vacancies", "FTE", "posts open at the start of the week that no trainee under way will fill", vacancies_));
}

std::array<double, kCadreCount> WorkforceStock::fte_per_100k() const {
  std::array<double, kCadreCount> fte{};
  for (std::size_t c = 0; c < kCadreCount; ++c) fte[c] = in_post_[c] * 1e5 / static_cast<double>(population_size_);
  return fte;
}

}  // namespace mhsim
