#include "care/young_people_summary.hpp"

#include "care/care_settings.hpp"
#include "population/youth_age.hpp"

namespace mhsim {
namespace {

// Person-years under 18 in a youth/ stock (its youth_age stages under 12 and 12-17).
double under_18_person_years(const Results& r, const std::string& stock) {
  const WeeklyTable& table = r.table(stock);
  double weeks = 0;
  for (const YouthAge stage : {YouthAge::under_12, YouthAge::age_12_17}) {
    weeks += weekly_total_of(table, index_of(stage), kYouthAgeLabels.size()).sum();
  }
  return weeks / kWeeksPerYear;
}

}  // namespace

std::vector<SummaryFigure> summarise_young_people(const Results& r) {
  FigureList figures;
  const double young_years = under_18_person_years(r, "young_people");
  const double ill_years = under_18_person_years(r, "young_cmd_people");
  const double years = reported_years(r);
  const std::size_t camhs = index_of(ServiceId::camhs);
  figures.add("young_people_share", ratio(young_years, stock_person_years(r, "population")), "share",
              "people aged 10-17, of people alive (person-time from end-of-week counts)");
  figures.add("young_people_cmd_prevalence", ratio(ill_years, young_years), "share",
              "people aged 10-17 with a common mental disorder, of people aged 10-17");
  figures.add(
      "adult_cmd_prevalence",
      ratio(stock_person_years(r, "cmd_prevalent") - ill_years, stock_person_years(r, "population") - young_years),
      "share",
      "people aged 18 and over with a common mental disorder, of people aged 18 and over (APMS's ages are 16+)");
  const double referrals = flow_total(r, "camhs_referrals");
  figures.add("camhs_referrals_per_year", referrals / years, "people per year",
              "referrals of people under 18 to CAMHS, before acceptance");
  figures.add("camhs_acceptance_share", ratio(referrals - flow_total(r, "camhs_referrals_declined"), referrals),
              "share", "referrals to CAMHS accepted (the rest are turned away)");
  figures.add("camhs_waiting_mean", weekly_total_of(r.table("waiting"), camhs, kServiceCount).mean(), "people",
              "mean length of the CAMHS waiting list");
  const WeeklyTable& starts = r.table("treatment_starts");
  const WeeklyTable& wait_days = r.table("wait_days_sum");
  const std::size_t cells = kServiceCount * kSeverityLabels.size();
  double camhs_starts = 0, camhs_wait_days = 0;
  for (std::size_t severity = 0; severity < kSeverityLabels.size(); ++severity) {
    camhs_starts += weekly_total_of(starts, camhs * kSeverityLabels.size() + severity, cells).sum();
    camhs_wait_days += weekly_total_of(wait_days, camhs * kSeverityLabels.size() + severity, cells).sum();
  }
  figures.add("camhs_starts_per_year", camhs_starts / years, "people per year", "people starting treatment in CAMHS");
  figures.add("camhs_wait_mean_weeks", ratio(camhs_wait_days, camhs_starts) / kDaysPerWeek, "weeks",
              "mean wait from referral to treatment in CAMHS, of people starting it");
  const double transitions = flow_total(r, "camhs_transitions");
  figures.add("camhs_transitions_per_year", transitions / years, "people per year",
              "people still ill waiting or in treatment in CAMHS when they turn 18");
  figures.add("camhs_transition_losses_per_year", flow_total(r, "camhs_transition_losses") / years, "people per year",
              "of them, lost at the move to adult care");
  figures.add("camhs_transition_loss_share", ratio(flow_total(r, "camhs_transition_losses"), transitions), "share",
              "people lost at the move from CAMHS to adult care, of those moving");
  return figures.take();
}

}  // namespace mhsim
