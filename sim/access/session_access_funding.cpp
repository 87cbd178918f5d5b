#include "access/session_access_funding.hpp"

#include <string>

#include "economics/costs.hpp"
#include "recording/summary_figures.hpp"

namespace mhsim {
namespace {

// Region is the outermost stratum of a table's columns.
std::size_t region_of_column(Eigen::Index column) {
  return static_cast<std::size_t>(column) % kStratumCells / (kStratumCells / kRegionLabels.size());
}

}  // namespace

void add_session_access_cost(const Scenario& scenario, const Results& r, WeeklyMatrix& cost) {
  const CostSettings& unit = scenario.costs;
  const auto of_step = [&](const char* table, std::size_t s) {
    return weekly_total_of(r.table(table), s, kServiceCount);
  };
  for (std::size_t s = 0; s < kServiceCount; ++s) {
    if (!has_capacity_limit(s)) continue;  // digital self-help has no sessions with a clinician
    cost.col(static_cast<Eigen::Index>(index_of(cost_line_of(static_cast<ServiceId>(s))))) +=
        of_step("remote_sessions", s) * unit.telehealth_platform_per_remote_session +
        of_step("interpreter_hours", s) * unit.interpreter_hour +
        of_step("out_of_hours_sessions", s) * unit.out_of_hours_premium_per_session +
        of_step("transport_supported_sessions", s) * unit.transport_per_supported_session;
  }
}

std::vector<SummaryFigure> summarise_session_access(std::int64_t population_size, const Results& r) {
  FigureList figures;
  const double staffed_sessions = total(r, "sessions") - label_total(r.table("sessions"), 0, kServiceCount);
  figures.add("remote_session_share", ratio(total(r, "remote_sessions"), staffed_sessions), "share",
              "sessions with a clinician delivered by phone or video (telehealth.session_share_by_step)");
  const WeeklyTable& saved = r.table("travel_hours_saved");
  for (std::size_t region = 0; region < kRegionLabels.size(); ++region) {
    double hours = 0;
    for (Eigen::Index c = 0; c < saved.values.cols(); ++c) {
      if (region_of_column(c) == region) hours += saved.doubles().col(c).sum();
    }
    figures.add("travel_hours_saved_" + std::string(kRegionLabels[region]), hours, "hours",
                "travel hours saved by remote sessions of the region's residents over the horizon");
  }
  figures.add("interpreter_hours_per_100k_per_week",
              ratio(total(r, "interpreter_hours") * per_100k_people(population_size), reported_weeks(r)), "hours",
              "interpreter hours in treatment sessions per week per 100,000 people (initial population)");
  return figures.take();
}

}  // namespace mhsim
