#include "care/care_summary.hpp"

#include <array>
#include <cmath>
#include <string>

namespace mhsim {
namespace {

// The cell of treatment_starts and wait_days_sum, broken down by service then severity.
std::size_t service_severity_cell(std::size_t service, std::size_t severity) {
  return service * kSeverityLabels.size() + severity;
}
constexpr std::size_t kServiceSeverityCells = kServiceCount * kSeverityLabels.size();

// People starting treatment with a service, every severity: per week, and their days waited over the horizon.
struct ServiceStarts {
  Eigen::VectorXd weekly;
  double wait_days = 0;
};

ServiceStarts starts_with(const Results& r, std::size_t service) {
  const WeeklyTable& starts = r.table("treatment_starts");
  const WeeklyTable& wait_days_sum = r.table("wait_days_sum");
  ServiceStarts total{Eigen::VectorXd::Zero(static_cast<Eigen::Index>(r.week_start_day.size()))};
  for (std::size_t v = 0; v < kSeverityLabels.size(); ++v) {
    const std::size_t cell = service_severity_cell(service, v);
    total.weekly += weekly_total_of(starts, cell, kServiceSeverityCells);
    total.wait_days += weekly_total_of(wait_days_sum, cell, kServiceSeverityCells).sum();
  }
  return total;
}

void add_waits_by_severity(FigureList& figures, const Results& r, std::size_t s) {
  const std::string service(kServiceLabels[s]);
  std::array<double, kSeverityLabels.size()> mean_wait_days{};
  for (std::size_t v = 0; v < kSeverityLabels.size(); ++v) {
    const std::size_t cell = service_severity_cell(s, v);
    const std::string severity(kSeverityLabels[v]);
    mean_wait_days[v] = ratio(weekly_total_of(r.table("wait_days_sum"), cell, kServiceSeverityCells).sum(),
                              weekly_total_of(r.table("treatment_starts"), cell, kServiceSeverityCells).sum());
    figures.add(
        "wait_mean_days_" + service + "_" + severity, mean_wait_days[v], "days",
        "mean wait of people starting treatment with " + service + " with a " + severity + " disorder (starters only)");
  }
  // Above 1, severe cases wait longer than mild ones: the mark of a preference for milder cases.
  figures.add(
      "wait_ratio_severe_to_mild_" + service,
      ratio(mean_wait_days[index_of(Severity::severe)], mean_wait_days[index_of(Severity::mild)]), "ratio",
      "mean wait of severe cases starting treatment with " + service + " over that of mild cases (starters only)");
}

void add_starts_waits_and_places(FigureList& figures, const Results& r, std::size_t s) {
  const std::string service(kServiceLabels[s]);
  const ServiceStarts starts = starts_with(r, s);
  const double service_starts = starts.weekly.sum();
  figures.add("treatment_starts_per_year_" + service, service_starts / reported_years(r), "people per year",
              "people starting treatment with " + service);
  figures.add("wait_mean_days_" + service, ratio(starts.wait_days, service_starts), "days",
              "mean wait of people starting treatment with " + service +
                  " (starters only: list_time_mean_days_ counts everyone who left the list)");
  // The horizon's 90th percentile, approximated by the starts-weighted mean of weekly ones.
  const WeeklyTable& wait_p90 = r.table("wait_p90_days");
  double weighted = 0, weight = 0;
  for (Eigen::Index w = 0; w < starts.weekly.size(); ++w) {
    const double p90 = wait_p90.doubles()(w, static_cast<Eigen::Index>(s));
    if (!std::isnan(p90)) {
      weighted += p90 * starts.weekly(w);
      weight += starts.weekly(w);
    }
  }
  figures.add(
      "wait_p90_days_" + service, ratio(weighted, weight), "days",
      "90th percentile wait for " + service + " (starters only; starts-weighted mean of the weekly 90th percentiles)");
  figures.add("waiting_mean_" + service, weekly_total_of(r.table("waiting"), s, kServiceCount).mean(), "people",
              "mean length of the waiting list of " + service);
  if (has_capacity_limit(s)) {
    figures.add("utilisation_" + service,
                ratio(weekly_total_of(r.table("in_treatment"), s, kServiceCount).sum(),
                      r.table("capacity_places").doubles().col(static_cast<Eigen::Index>(s)).sum()),
                "share", "mean share of the caseload places of " + service + " in use");
  }
}

// Courses of treatment with the service: sessions, recoveries, completions, drop-outs, responses and step-ups.
void add_courses(FigureList& figures, const Results& r, std::size_t s) {
  const std::string service(kServiceLabels[s]);
  const double years = reported_years(r);
  const double service_starts = starts_with(r, s).weekly.sum();
  const auto service_total = [&](const std::string& table) {
    return weekly_total_of(r.table(table), s, kServiceCount).sum();
  };
  figures.add("sessions_per_start_" + service, ratio(service_total("sessions"), service_starts), "sessions",
              "sessions attended per treatment start with " + service);
  figures.add("recoveries_in_treatment_per_year_" + service, service_total("recoveries_in_treatment") / years,
              "people per year", "people remitting while in treatment with " + service);
  figures.add("recovery_rate_" + service,
              ratio(service_total("recovered_from_caseness"), service_total("finished_from_caseness")), "share",
              "finished courses of " + service +
                  " that began at caseness (score 10+) and ended below it "
                  "(NHS Talking Therapies recovery rate)");
  figures.add("sessions_per_finished_course_" + service,
              ratio(service_total("finished_course_sessions"), service_total("finished_courses")), "sessions",
              "sessions attended per finished course of " + service);
  figures.add("completion_share_" + service, ratio(service_total("completions"), service_starts), "share",
              "courses run to their planned end (not discharged on recovery) per treatment start with " + service);
  figures.add("dropout_share_" + service, ratio(service_total("dropouts_treatment"), service_starts), "share",
              "people stopping treatment early per treatment start with " + service);
  figures.add(
      "response_share_" + service, ratio(service_total("responses"), service_starts), "share",
      "responses (score at most half the episode's start) during treatment per treatment start with " + service);
  figures.add("step_ups_per_year_" + service, service_total("step_ups") / years, "people per year",
              "non-responders stepped up from " + service);
  figures.add("step_up_mean_weeks_" + service, ratio(service_total("step_up_weeks_sum"), service_total("step_ups")),
              "weeks", "mean time from entering care to a step-up from " + service);
  figures.add("referral_losses_per_year_" + service, service_total("referral_losses") / years, "referrals per year",
              "referrals to " + service + " never attended");
  figures.add("referrals_refused_no_places_per_year_" + service, service_total("referrals_refused_no_places") / years,
              "referrals per year", "referrals to " + service + " refused because it has no caseload places");
  figures.add("response_12_months_after_entry_share_" + service,
              ratio(service_total("responding_12_months_after_entry"), service_total("assessed_12_months_after_entry")),
              "share",
              "people triaged to " + service +
                  " who, alive 12 months after entering care, are then responding (score at most half the score at "
                  "entry), treated or not: response at 12 months as a trial measures it");
  figures.add("response_within_12_months_share_" + service,
              ratio(service_total("responses_within_12_months"), service_total("triaged")), "share",
              "people triaged to " + service +
                  " on entering care who respond within 12 months, treated or not "
                  "(responses and entries counted in the same weeks: a steady-state estimate)");
}

// The wait of everyone who left the list (issue 19), beside the starters-only wait_mean_days_.
void add_list_time(FigureList& figures, const Results& r, std::size_t s) {
  const std::string service(kServiceLabels[s]);
  figures.add("list_time_mean_days_" + service,
              ratio(weekly_total_of(r.table("list_days_sum"), s, kServiceCount).sum(),
                    weekly_total_of(r.table("list_leavers"), s, kServiceCount).sum()),
              "days",
              "mean time on the waiting list of " + service +
                  " of everyone who left it: started treatment (at once included), misrouted, dropped out, "
                  "recovered, died or moved to adult care");
}

}  // namespace

void add_pathway_flows(FigureList& figures, const Results& r) {
  // People helped: a course of treatment in which the person responded. Effective coverage sets them
  // against every episode of common mental disorder under way in the horizon (WHO's "treated and responded").
  const double responses = flow_total(r, "responses");
  figures.add("treatment_responses_per_1000_per_year", per_1000_person_years(r, responses), "per 1,000 person-years",
              "people helped: courses of treatment in which the person responded");
  const Eigen::VectorXd prevalent = weekly_total(r.table("cmd_prevalent"));
  const double episodes = (prevalent.size() > 0 ? prevalent(0) : 0.0) + flow_total(r, "cmd_onsets");
  figures.add("effective_coverage", ratio(responses, episodes), "share",
              "effective coverage: treatment responses per episode of common mental disorder under way in the "
              "horizon (present at its start or beginning in it)");
  // Thornicroft et al. 2017: the share of people with a disorder in a year treated minimally adequately; people ill
  // in a year approximated by the mean prevalent plus the onsets of a year.
  const double ill_in_a_year = prevalent.mean() + flow_total(r, "cmd_onsets") / reported_years(r);
  figures.add("minimally_adequate_treatment_share",
              ratio(flow_total(r, "adequately_treated_episodes") / reported_years(r), ill_in_a_year), "share",
              "care episodes with a minimally adequate course (8 therapy sessions, or 3 medication reviews after the "
              "prescribing visit) per year, over the people with a common mental disorder in a year");
  figures.add("first_treatment_starts_per_1000_per_year",
              per_1000_person_years(r, flow_total(r, "first_treatment_starts")), "per 1,000 person-years",
              "care episodes starting their first treatment");
  figures.add("referral_losses_per_1000_per_year", per_1000_person_years(r, flow_total(r, "referral_losses")),
              "per 1,000 person-years", "referrals to a step never attended (hand-off losses)");
  figures.add("misroutes_per_1000_per_year", per_1000_person_years(r, flow_total(r, "misroutes")),
              "per 1,000 person-years", "people sent to a step too high or too low and sent on at assessment");
  figures.add("front_door_contacts_per_1000_per_year", per_1000_person_years(r, flow_total(r, "front_door_contacts")),
              "per 1,000 person-years", "help-seeking contacts assessed at the front door");
}

void add_service_figures(FigureList& figures, const Results& r) {
  for (std::size_t s = 0; s < kServiceCount; ++s) {
    add_waits_by_severity(figures, r, s);
    add_starts_waits_and_places(figures, r, s);
    add_courses(figures, r, s);
    add_list_time(figures, r, s);
  }
}

}  // namespace mhsim
