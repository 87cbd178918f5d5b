#include "recording/summary.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "recording/recorder.hpp"
#include "recording/summary_arithmetic.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {
namespace {

// Total of a table per week, over every column (all strata and breakdowns).
Eigen::VectorXd weekly_total(const WeeklyTable& table) { return table.values.rowwise().sum(); }

}  // namespace

std::vector<SummaryFigure> summarise(const Results& r) {
  std::vector<SummaryFigure> out;
  const auto add = [&](std::string name, double value, std::string unit, std::string description) {
    out.push_back({std::move(name), value, std::move(unit), std::move(description)});
  };
  const double weeks = static_cast<double>(r.week_start_day.size());
  const double years = weeks * kDaysPerWeek / kDaysPerYear;
  const Eigen::VectorXd population = weekly_total(r.table("population"));
  const double person_years = weekly_total(r.table("person_weeks_alive")).sum() * kDaysPerWeek / kDaysPerYear;
  const auto per_person_year = [&](const std::string& flow, double per) {
    return ratio(weekly_total(r.table(flow)).sum() * per, person_years);
  };

  add("population_mean", population.mean(), "people", "mean population over the reported weeks");
  const WeeklyTable& cmd = r.table("cmd_prevalent");
  const Eigen::VectorXd cmd_total = weekly_total(cmd);
  add("cmd_prevalence", (cmd_total.array() / population.array()).mean(), "share",
      "mean point prevalence of common mental disorder");
  const WeeklyTable& cmd_time = r.table("person_weeks_cmd");
  const double cmd_time_total = cmd_time.values.sum();
  for (std::size_t s = 0; s < kSeverityLabels.size(); ++s) {
    add("cmd_share_" + std::string(kSeverityLabels[s]),
        ratio(weekly_total_of(cmd_time, s, kSeverityLabels.size()).sum(), cmd_time_total), "share",
        "share of time with a common mental disorder spent at this severity");
  }
  add("smi_prevalence", (weekly_total(r.table("smi_prevalent")).array() / population.array()).mean(), "share",
      "mean point prevalence of severe mental illness");
  const Eigen::VectorXd treated = weekly_total(r.table("in_treatment"));
  add("cmd_in_treatment_share", (treated.array() / cmd_total.array()).mean(), "share",
      "mean share of people with a common mental disorder who are in treatment");
  add("cmd_onsets_per_1000_per_year", per_person_year("cmd_onsets", 1000), "per 1,000 person-years",
      "new episodes of common mental disorder");
  add("help_seeking_contacts_per_1000_per_year", per_person_year("help_seeking_contacts", 1000),
      "per 1,000 person-years", "help-seeking contacts with primary care");
  add("care_entries_per_1000_per_year", per_person_year("care_entries", 1000), "per 1,000 person-years",
      "people recognised and routed to a service");
  // Help-seeking where cost-sharing bites: by coverage, and by income.
  const WeeklyTable& contacts = r.table("help_seeking_contacts");
  const WeeklyTable& covered = r.table("people_by_coverage");
  for (std::size_t c = 0; c < kCoverageLabels.size(); ++c) {
    const double person_years = label_columns(covered, c, kCoverageLabels.size()).sum() / kWeeksPerYear;
    add("help_seeking_contacts_per_1000_per_year_" + std::string(kCoverageLabels[c]),
        ratio(label_columns(contacts, c, kCoverageLabels.size()).sum() * 1000, person_years), "per 1,000 person-years",
        "help-seeking contacts with primary care of people with this coverage (person-time from end-of-week counts)");
  }
  const std::array<double, 3> contacts_by_income = totals_by_income(contacts);
  const std::array<double, 3> weeks_by_income = totals_by_income(r.table("person_weeks_alive"));
  for (std::size_t i = 0; i < kIncomeLabels.size(); ++i) {
    add("help_seeking_contacts_per_1000_per_year_" + std::string(kIncomeLabels[i]) + "_income",
        ratio(contacts_by_income[i] * 1000, weeks_by_income[i] / kWeeksPerYear), "per 1,000 person-years",
        "help-seeking contacts with primary care of people in this income tertile");
  }

  add("first_treatment_starts_per_1000_per_year", per_person_year("first_treatment_starts", 1000),
      "per 1,000 person-years", "care episodes starting their first treatment");
  add("referral_losses_per_1000_per_year", per_person_year("referral_losses", 1000), "per 1,000 person-years",
      "referrals to a step never attended (hand-off losses)");
  add("misroutes_per_1000_per_year", per_person_year("misroutes", 1000), "per 1,000 person-years",
      "people sent to a step too high or too low and sent on at assessment");
  add("front_door_contacts_per_1000_per_year", per_person_year("front_door_contacts", 1000), "per 1,000 person-years",
      "help-seeking contacts assessed at the front door");

  const WeeklyTable& starts = r.table("treatment_starts");
  const WeeklyTable& waiting = r.table("waiting");
  const WeeklyTable& in_treatment = r.table("in_treatment");
  const WeeklyTable& wait_days_sum = r.table("wait_days_sum");
  const WeeklyTable& capacity = r.table("capacity_places");
  const WeeklyTable& wait_p90 = r.table("wait_p90_days");
  const std::size_t service_severity_cells = kServiceCount * kSeverityLabels.size();
  const auto service_total = [&](const std::string& table, std::size_t s) {
    return weekly_total_of(r.table(table), s, kServiceCount).sum();
  };
  for (std::size_t s = 0; s < kServiceCount; ++s) {
    const std::string service(kServiceLabels[s]);
    Eigen::VectorXd weekly_starts = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(weeks));
    double wait_days = 0;
    std::array<double, kSeverityLabels.size()> mean_wait_days{};
    for (std::size_t v = 0; v < kSeverityLabels.size(); ++v) {
      const std::size_t cell = s * kSeverityLabels.size() + v;
      const Eigen::VectorXd severity_starts = weekly_total_of(starts, cell, service_severity_cells);
      const double severity_wait_days = weekly_total_of(wait_days_sum, cell, service_severity_cells).sum();
      weekly_starts += severity_starts;
      wait_days += severity_wait_days;
      const std::string severity(kSeverityLabels[v]);
      mean_wait_days[v] = ratio(severity_wait_days, severity_starts.sum());
      add("wait_mean_days_" + service + "_" + severity, mean_wait_days[v], "days",
          "mean wait of people starting treatment with " + service + " with a " + severity + " disorder");
    }
    // Above 1, severe cases wait longer than mild ones: the mark of a preference for milder cases.
    add("wait_ratio_severe_to_mild_" + service,
        ratio(mean_wait_days[index_of(Severity::severe)], mean_wait_days[index_of(Severity::mild)]), "ratio",
        "mean wait of severe cases starting treatment with " + service + " over that of mild cases");
    const double service_starts = weekly_starts.sum();
    add("treatment_starts_per_year_" + service, service_starts / years, "people per year",
        "people starting treatment with " + service);
    add("wait_mean_days_" + service, ratio(wait_days, service_starts), "days",
        "mean wait of people starting treatment with " + service);
    // The horizon's 90th percentile, approximated by the starts-weighted mean of weekly ones.
    double weighted = 0, weight = 0;
    for (Eigen::Index w = 0; w < weekly_starts.size(); ++w) {
      const double p90 = wait_p90.values(w, static_cast<Eigen::Index>(s));
      if (!std::isnan(p90)) {
        weighted += p90 * weekly_starts(w);
        weight += weekly_starts(w);
      }
    }
    add("wait_p90_days_" + service, ratio(weighted, weight), "days",
        "90th percentile wait for " + service + " (starts-weighted mean of the weekly 90th percentiles)");
    add("waiting_mean_" + service, weekly_total_of(waiting, s, kServiceCount).mean(), "people",
        "mean length of the waiting list of " + service);
    if (has_capacity_limit(s)) {
      add("utilisation_" + service,
          ratio(weekly_total_of(in_treatment, s, kServiceCount).sum(), capacity.values.col(static_cast<Eigen::Index>(s)).sum()),
          "share", "mean share of the caseload places of " + service + " in use");
    }
    add("sessions_per_start_" + service, ratio(service_total("sessions", s), service_starts), "sessions",
        "sessions attended per treatment start with " + service);
    add("recoveries_in_treatment_per_year_" + service, service_total("recoveries_in_treatment", s) / years,
        "people per year", "people remitting while in treatment with " + service);
    add("recovery_rate_" + service,
        ratio(service_total("recovered_from_caseness", s), service_total("finished_from_caseness", s)), "share",
        "finished courses of " + service + " that began at caseness (score 10+) and ended below it "
        "(NHS Talking Therapies recovery rate)");
    add("sessions_per_finished_course_" + service,
        ratio(service_total("finished_course_sessions", s), service_total("finished_courses", s)), "sessions",
        "sessions attended per finished course of " + service);
    add("completion_share_" + service, ratio(service_total("completions", s), service_starts), "share",
        "courses run to their planned end (not discharged on recovery) per treatment start with " + service);
    add("dropout_share_" + service, ratio(service_total("dropouts_treatment", s), service_starts), "share",
        "people stopping treatment early per treatment start with " + service);
    add("response_share_" + service, ratio(service_total("responses", s), service_starts), "share",
        "responses (score at most half the episode's start) during treatment per treatment start with " + service);
    add("step_ups_per_year_" + service, service_total("step_ups", s) / years, "people per year",
        "non-responders stepped up from " + service);
    add("step_up_mean_weeks_" + service, ratio(service_total("step_up_weeks_sum", s), service_total("step_ups", s)),
        "weeks", "mean time from entering care to a step-up from " + service);
    add("referral_losses_per_year_" + service, service_total("referral_losses", s) / years, "referrals per year",
        "referrals to " + service + " never attended");
    add("response_within_12_months_share_" + service,
        ratio(service_total("responses_within_12_months", s), service_total("triaged", s)), "share",
        "people triaged to " + service + " on entering care who respond within 12 months, treated or not "
        "(responses and entries counted in the same weeks: a steady-state estimate)");
  }
  add("crises_per_100k_per_year", per_person_year("crises", 1e5), "per 100,000 person-years", "mental health crises");
  add("suicides_per_100k_per_year", per_person_year("suicides", 1e5), "per 100,000 person-years", "deaths by suicide");
  add("deaths_per_1000_per_year", per_person_year("deaths", 1000), "per 1,000 person-years", "deaths from all causes");
  add("excess_deaths_per_100k_per_year", per_person_year("excess_deaths", 1e5), "per 100,000 person-years",
      "deaths other than suicide attributable to illness");
  return out;
}

}  // namespace mhsim
