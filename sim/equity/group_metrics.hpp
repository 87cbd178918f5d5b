#pragma once
// The headline metrics also recorded by group cell (equity/group_cell.hpp), each in a
// weekly table `<metric>_by_group`, and what each such table keeps of the metric's own
// breakdown. One line per metric: adding one is a one-line change (docs/outputs.md).
#include <array>

#include "recording/metrics.hpp"

namespace mhsim {

// What a by-group table keeps of its metric's breakdown (its axis).
enum class GroupAxis : std::uint8_t {
  metric_axis,  // the whole axis
  none,         // none: the axis is coverage or housing, which the group cell holds
  service,      // the service of a service x severity axis (severity is not needed for equity)
};

struct GroupMetric {
  Metric metric;
  GroupAxis keeps;
};

// A person-time metric needs its stock here too, with the same axis (the recorder checks).
inline constexpr std::array kGroupMetrics{
    GroupMetric{Metric::population, GroupAxis::metric_axis},
    GroupMetric{Metric::person_weeks_alive, GroupAxis::metric_axis},
    GroupMetric{Metric::cmd_prevalent, GroupAxis::metric_axis},
    GroupMetric{Metric::person_weeks_cmd, GroupAxis::metric_axis},
    GroupMetric{Metric::cmd_onsets, GroupAxis::metric_axis},
    GroupMetric{Metric::smi_prevalent, GroupAxis::metric_axis},
    GroupMetric{Metric::person_weeks_smi, GroupAxis::metric_axis},
    GroupMetric{Metric::help_seeking_contacts, GroupAxis::none},
    GroupMetric{Metric::first_treatment_starts, GroupAxis::metric_axis},
    GroupMetric{Metric::treatment_starts, GroupAxis::service},
    GroupMetric{Metric::wait_days_sum, GroupAxis::service},
    GroupMetric{Metric::responses, GroupAxis::metric_axis},
    GroupMetric{Metric::dropouts_waiting, GroupAxis::metric_axis},
    GroupMetric{Metric::dropouts_treatment, GroupAxis::metric_axis},
    GroupMetric{Metric::crises, GroupAxis::metric_axis},
    GroupMetric{Metric::crisis_site_arrivals, GroupAxis::metric_axis},  // police contacts, ED visits, admissions
    GroupMetric{Metric::arrests, GroupAxis::metric_axis},
    GroupMetric{Metric::involuntary_admissions, GroupAxis::metric_axis},
    GroupMetric{Metric::coercive_contacts, GroupAxis::metric_axis},
    GroupMetric{Metric::suicides, GroupAxis::metric_axis},
    GroupMetric{Metric::yll_years, GroupAxis::metric_axis},
    GroupMetric{Metric::out_of_pocket_paid, GroupAxis::none},
};

}  // namespace mhsim
