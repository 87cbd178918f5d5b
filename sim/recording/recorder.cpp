#include "recording/recorder.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

#include "community/programme.hpp"
#include "crisis/crisis_stage.hpp"
#include "equity/group_metrics.hpp"
#include "population/youth_age.hpp"

namespace mhsim {
namespace {

constexpr std::array<std::string_view, 4> kStratumDimensionNames{"region", "income", "sex", "age_band"};

// The result dimensions of an axis, outermost first.
std::vector<std::string_view> axis_dimension_names(Axis axis) {
  switch (axis) {
    case Axis::none: return {};
    case Axis::severity: return {"severity"};
    case Axis::smi_state: return {"smi_state"};
    case Axis::service: return {"service"};
    case Axis::route: return {"route"};
    case Axis::service_severity: return {"service", "severity"};
    case Axis::crisis_door: return {"crisis_door"};
    case Axis::crisis_site: return {"crisis_site"};
    case Axis::crisis_transfer: return {"crisis_transfer"};
    case Axis::crisis_outcome: return {"crisis_outcome"};
    case Axis::crisis_place: return {"crisis_place"};
    case Axis::housing: return {"housing"};
    case Axis::employment: return {"employment"};
    case Axis::programme: return {"programme"};
    case Axis::coverage: return {"coverage"};
    case Axis::youth_age: return {"youth_age"};
  }
  return {};
}

template <std::size_t N>
Dimension make_dimension(std::string_view name, const std::array<std::string_view, N>& labels) {
  Dimension d{std::string(name), {}};
  for (auto label : labels) d.labels.emplace_back(label);
  return d;
}

// Person-time metrics whose stock is `stock_metric`, if any.
std::optional<Metric> person_time_of(Metric stock_metric) {
  for (std::size_t m = 0; m < kMetricCount; ++m) {
    const auto metric = static_cast<Metric>(m);
    if (kMetricSpecs[m].kind == MetricKind::person_time && stock_of_person_time(metric) == stock_metric) {
      return metric;
    }
  }
  return std::nullopt;
}

// The part of a metric's axis its by-group table keeps: the axis index over the divisor is the table's.
std::size_t group_axis_divisor(const GroupMetric& g) {
  switch (g.keeps) {
    case GroupAxis::metric_axis: return 1;
    case GroupAxis::none: return axis_length(spec_of(g.metric).axis);
    case GroupAxis::service: return kSeverityLabels.size();
  }
  return 1;
}
std::size_t group_axis_length(const GroupMetric& g) {
  return axis_length(spec_of(g.metric).axis) / group_axis_divisor(g);
}
std::vector<std::string_view> group_axis_dimension_names(const GroupMetric& g) {
  switch (g.keeps) {
    case GroupAxis::metric_axis: return axis_dimension_names(spec_of(g.metric).axis);
    case GroupAxis::none: return {};
    case GroupAxis::service: return {"service"};
  }
  return {};
}

// A person-time metric recorded by group integrates its stock's group counts: the stock must be there too,
// column for column.
void check_group_person_time() {
  for (const GroupMetric& g : kGroupMetrics) {
    if (spec_of(g.metric).kind != MetricKind::person_time) continue;
    const auto stock = std::find_if(kGroupMetrics.begin(), kGroupMetrics.end(),
                                    [&](const GroupMetric& s) { return s.metric == stock_of_person_time(g.metric); });
    if (stock == kGroupMetrics.end() || stock->keeps != g.keeps) {
      throw std::logic_error("kGroupMetrics: " + std::string(spec_of(g.metric).name) +
                             " needs its stock recorded by group with the same axis");
    }
  }
}

}  // namespace

std::size_t axis_length(Axis axis) {
  switch (axis) {
    case Axis::none: return 1;
    case Axis::severity: return kSeverityLabels.size();
    case Axis::smi_state: return kSmiStateLabels.size();
    case Axis::service: return kServiceCount;
    case Axis::route: return kRouteLabels.size();
    case Axis::service_severity: return kServiceCount * kSeverityLabels.size();
    case Axis::crisis_door: return kCrisisDoorLabels.size();
    case Axis::crisis_site: return kCrisisSiteCount;
    case Axis::crisis_transfer: return kCrisisTransferCount;
    case Axis::crisis_outcome: return kCrisisOutcomeCount;
    case Axis::crisis_place: return kCrisisPlaceCount;
    case Axis::housing: return kHousingLabels.size();
    case Axis::employment: return kEmploymentLabels.size();
    case Axis::programme: return kProgrammeCount;
    case Axis::coverage: return kCoverageLabels.size();
    case Axis::youth_age: return kYouthAgeLabels.size();
  }
  return 1;
}

double percentile_90(std::vector<double>& values) {
  if (values.empty()) return std::numeric_limits<double>::quiet_NaN();
  const auto rank = static_cast<std::size_t>(std::ceil(0.9 * static_cast<double>(values.size()))) - 1;
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(rank), values.end());
  return values[rank];
}

Recorder::Recorder(std::size_t reported_weeks) : reported_weeks_(reported_weeks), quarterly_waits_(reported_weeks) {
  for (std::size_t m = 0; m < kMetricCount; ++m) {
    allocate(by_stratum_[m], axis_length(kMetricSpecs[m].axis) * kStratumCells, kMetricSpecs[m].kind);
    person_time_of_stock_[m] = person_time_of(static_cast<Metric>(m));
  }
  for (auto& indices : group_axis_index_) indices.fill(kNotByGroup);
  for (const GroupMetric& g : kGroupMetrics) {
    const auto m = static_cast<std::size_t>(g.metric);
    if (axis_length(kMetricSpecs[m].axis) > kLongestAxis) throw std::logic_error("Recorder: an axis is too long");
    for (std::size_t k = 0; k < axis_length(kMetricSpecs[m].axis); ++k) {
      group_axis_index_[m][k] = static_cast<std::uint8_t>(k / group_axis_divisor(g));
    }
    allocate(by_group_[m], group_axis_length(g) * kGroupCells, kMetricSpecs[m].kind);
  }
  check_group_person_time();
  const auto weeks = static_cast<Eigen::Index>(reported_weeks);
  constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
  capacity_places_ = WeeklyMatrix(WeeklyMatrix::Zero(weeks, kServiceCount));
  wait_mean_days_ = WeeklyMatrix(WeeklyMatrix::Constant(weeks, kServiceCount, kNone));
  wait_p90_days_ = wait_mean_days_;
  mobile_response_mean_hours_ = WeeklyMatrix(WeeklyMatrix::Constant(weeks, 1, kNone));
  mobile_response_p90_hours_ = mobile_response_mean_hours_;
}

// Counts are stored whole from the first week, in 16 bits until one does not fit (TableValues::set_row); amounts
// and person-time stay double until the figures are made from them (recording/table_storage.hpp), so that every
// figure is what it was when all tables were double.
void Recorder::allocate(Accumulators& tables, std::size_t columns, MetricKind kind) const {
  tables.current.assign(columns, 0.0);
  if (kind == MetricKind::stock) tables.last_update.assign(columns, 0.0);
  const StorageType storage = storage_of(kind) == StorageType::uint32 ? StorageType::uint16 : StorageType::float64;
  tables.reported =
      TableValues::zero(storage, static_cast<Eigen::Index>(reported_weeks_), static_cast<Eigen::Index>(columns));
}

void Recorder::stock_fell_below_zero(Metric metric) {
  throw std::logic_error("Recorder: stock " + std::string(spec_of(metric).name) + " fell below zero");
}

void Recorder::record_wait(std::size_t service, double wait_days) {
  week_waits_[service].push_back(wait_days);
  quarterly_waits_.record_start(service, wait_days);
}

void Recorder::record_mobile_response(double response_hours) {
  week_mobile_responses_.push_back(response_hours);
}

double Recorder::stock(Metric metric, std::size_t axis_index, std::size_t stratum) const {
  return by_stratum_[static_cast<std::size_t>(metric)].current[slot(axis_index, stratum)];
}

// Integrates every stock to `now_days`, keeps the week's row if reported, and empties the flows for the next week.
void Recorder::close_metric_week(ByMetric& tables, int week, double now_days) {
  for (std::size_t m = 0; m < kMetricCount; ++m) {
    if (kMetricSpecs[m].kind != MetricKind::stock) continue;
    // An empty stock adds no person-time, now or at its next change (0 x any interval), so most cells skip.
    const std::vector<double>& stock = tables[m].current;
    for (std::size_t i = 0; i < stock.size(); ++i) {
      if (stock[i] != 0) integrate(tables, static_cast<Metric>(m), i, now_days);
    }
  }
  const bool reported = week >= 0 && static_cast<std::size_t>(week) < reported_weeks_;
  for (std::size_t m = 0; m < kMetricCount; ++m) {
    auto& accumulator = tables[m].current;
    if (reported && !accumulator.empty()) tables[m].reported.set_row(week, accumulator.data(), kMetricSpecs[m].name);
    if (kMetricSpecs[m].kind != MetricKind::stock) std::fill(accumulator.begin(), accumulator.end(), 0.0);
  }
}

void Recorder::close_week(int week, double now_days, const std::array<std::int64_t, kServiceCount>& capacity_places) {
  close_metric_week(by_stratum_, week, now_days);
  close_metric_week(by_group_, week, now_days);
  const bool reported = week >= 0 && static_cast<std::size_t>(week) < reported_weeks_;
  for (std::size_t s = 0; s < kServiceCount; ++s) {
    auto& waits = week_waits_[s];
    if (reported) {
      capacity_places_.doubles("capacity_places")(week, static_cast<Eigen::Index>(s)) = has_capacity_limit(s)
                                                                 ? static_cast<double>(capacity_places[s])
                                                                 : std::numeric_limits<double>::infinity();
      if (!waits.empty()) {
        wait_mean_days_.doubles("wait_mean_days")(week, static_cast<Eigen::Index>(s)) =
            std::accumulate(waits.begin(), waits.end(), 0.0) / static_cast<double>(waits.size());
        horizon_waits_[s].insert(horizon_waits_[s].end(), waits.begin(), waits.end());
        wait_p90_days_.doubles("wait_p90_days")(week, static_cast<Eigen::Index>(s)) = percentile_90(waits);
      }
    }
    waits.clear();
  }
  if (reported && !week_mobile_responses_.empty()) {
    mobile_response_mean_hours_.doubles("mobile_response_mean_hours")(week, 0) =
        std::accumulate(week_mobile_responses_.begin(), week_mobile_responses_.end(), 0.0) /
        static_cast<double>(week_mobile_responses_.size());
    horizon_mobile_responses_.insert(horizon_mobile_responses_.end(), week_mobile_responses_.begin(),
                                     week_mobile_responses_.end());
    mobile_response_p90_hours_.doubles("mobile_response_p90_hours")(week, 0) = percentile_90(week_mobile_responses_);
  }
  week_mobile_responses_.clear();
  if (reported) {
    quarterly_waits_.close_week(static_cast<std::size_t>(week));
  } else {
    quarterly_waits_.discard_week();
  }
}

const TableValues& Recorder::weekly_table(std::size_t index) const {
  if (index < kMetricCount) return by_stratum_[index].reported;
  // The tables export_to appends after the metrics, in its order.
  const std::array<const TableValues*, 5> appended{&capacity_places_, &wait_mean_days_, &mobile_response_mean_hours_,
                                                    &mobile_response_p90_hours_, &wait_p90_days_};
  index -= kMetricCount;
  if (index < appended.size()) return *appended[index];
  index -= appended.size();
  constexpr std::size_t kQuarterlyTables = kWaitCohorts.size() * kWaitPercents.size();
  if (index < kQuarterlyTables) {
    return quarterly_waits_.table(index / kWaitPercents.size(), index % kWaitPercents.size());
  }
  index -= kQuarterlyTables;
  return by_group_[static_cast<std::size_t>(kGroupMetrics.at(index).metric)].reported;
}

void Recorder::export_to(Results& results) {
  results.dimensions = {make_dimension("severity", kSeverityLabels),
                        make_dimension("smi_state", kSmiStateLabels),
                        make_dimension("service", kServiceLabels),
                        make_dimension("route", kRouteLabels),
                        make_dimension("region", kRegionLabels),
                        make_dimension("income", kIncomeLabels),
                        make_dimension("sex", kSexLabels),
                        make_dimension("age_band", kAgeBandLabels),
                        make_dimension("crisis_door", kCrisisDoorLabels),
                        make_dimension("crisis_site", kCrisisSiteLabels),
                        make_dimension("crisis_transfer", kCrisisTransferLabels),
                        make_dimension("crisis_outcome", kCrisisOutcomeLabels),
                        make_dimension("crisis_place", kCrisisPlaceLabels),
                        make_dimension("housing", kHousingLabels),
                        make_dimension("employment", kEmploymentLabels),
                        make_dimension("programme", kProgrammeLabels),
                        make_dimension("coverage", kCoverageLabels),
                        make_dimension("marginalised_group", kMarginalisedGroupLabels),
                        make_dimension("language", kLanguageLabels),
                        make_dimension("youth_age", kYouthAgeLabels)};
  for (std::size_t m = 0; m < kMetricCount; ++m) {
    const MetricSpec& spec = kMetricSpecs[m];
    WeeklyTable table{std::string(spec.name), std::string(spec.unit), std::string(spec.description), {}, {}};
    for (auto name : axis_dimension_names(spec.axis)) table.dimensions.emplace_back(name);
    for (auto name : kStratumDimensionNames) table.dimensions.emplace_back(name);
    table.values = std::move(by_stratum_[m].reported);
    results.weekly.push_back(std::move(table));
  }
  const auto service_table = [](std::string name, std::string unit, std::string description, TableValues& values) {
    return WeeklyTable{std::move(name), std::move(unit), std::move(description), {"service"}, std::move(values)};
  };
  results.weekly.push_back(service_table("capacity_places", "places", "concurrent caseload places of the service (infinite: no limit)", capacity_places_));
  results.weekly.push_back(service_table("wait_mean_days", "days", "mean wait of people starting treatment in the week (NaN if none started)", wait_mean_days_));
  results.weekly.push_back(
      {"mobile_response_mean_hours",
       "hours",
       "mean mobile team response time (request to arrival) of teams arriving in the week (NaN if none)",
       {},
       std::move(mobile_response_mean_hours_)});
  results.weekly.push_back({"mobile_response_p90_hours",
                            "hours",
                            "90th percentile mobile team response time of teams arriving in the week (NaN if none)",
                            {},
                            std::move(mobile_response_p90_hours_)});
  results.weekly.push_back(service_table("wait_p90_days", "days", "90th percentile wait of people starting treatment in the week (NaN if none started)", wait_p90_days_));
  quarterly_waits_.export_to(results);
  export_by_group(results);
}

void Recorder::export_by_group(Results& results) {
  for (const GroupMetric& g : kGroupMetrics) {
    const MetricSpec& spec = spec_of(g.metric);
    WeeklyTable table{std::string(spec.name) + "_by_group", std::string(spec.unit),
                      std::string(spec.description) + " (by group cell)", {}, {}};
    for (auto name : group_axis_dimension_names(g)) table.dimensions.emplace_back(name);
    for (auto name : kGroupDimensionNames) table.dimensions.emplace_back(name);
    table.values = std::move(by_group_[static_cast<std::size_t>(g.metric)].reported);
    results.weekly.push_back(std::move(table));
  }
}

}  // namespace mhsim
