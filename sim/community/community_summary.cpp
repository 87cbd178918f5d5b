#include "community/community_summary.hpp"

#include <string>

#include "recording/recorder.hpp"
#include "recording/summary_figures.hpp"

namespace mhsim {
namespace {

// People in work, and out of work, at the end of each week, from a table by employment.
Eigen::ArrayXd employed_in(const WeeklyTable& table) {
  return weekly_total_of(table, index_of(Employment::employed), kEmploymentLabels.size()).array();
}
Eigen::ArrayXd unemployed_in(const WeeklyTable& table) {
  return weekly_total_of(table, index_of(Employment::unemployed), kEmploymentLabels.size()).array();
}

void add_housing_and_work(FigureList& figures, const Results& r) {
  const Eigen::ArrayXd population = weekly_total(r.table("population")).array();
  const WeeklyTable& housing = r.table("people_by_housing");
  for (std::size_t h = 0; h < kHousingLabels.size(); ++h) {
    figures.add("housing_share_" + std::string(kHousingLabels[h]),
                (weekly_total_of(housing, h, kHousingLabels.size()).array() / population).mean(), "share",
                "mean share of the population in this housing (Housing First tenants: stable)");
  }
  const Eigen::ArrayXd employed = employed_in(r.table("people_by_employment"));
  const Eigen::ArrayXd unemployed = unemployed_in(r.table("people_by_employment"));
  figures.add("employment_share", (employed / population).mean(), "share", "mean share of the population in work");
  figures.add("unemployment_rate", (unemployed / (employed + unemployed)).mean(), "share",
              "mean share of the labour force out of work");
}

// Housing First, and the crises and admissions of the homeless, severely ill cohort it is for.
void add_housing_first(FigureList& figures, const Results& r, std::int64_t population_size) {
  const double weeks = reported_weeks(r);
  const double per_100k = per_100k_people(population_size);
  figures.add("housing_first_tenants_per_100k", total(r, "housing_first_tenants") / weeks * per_100k,
              "per 100,000 people", "mean people housed in Housing First units (end-of-week counts)");
  figures.add("awaiting_housing_first_per_100k", total(r, "awaiting_housing_first") / weeks * per_100k,
              "per 100,000 people", "mean people offered Housing First and waiting for a unit");
  figures.add("housing_first_entries_per_100k_per_year", per_100k_person_years(r, total(r, "housing_first_entries")),
              "per 100,000 person-years", "Housing First tenancies starting");
  const double cohort_years = years_from_weeks(total(r, "person_weeks_homeless_ill_cohort"));
  const Eigen::VectorXd cohort = weekly_total(r.table("homeless_ill_cohort"));
  figures.add("homeless_ill_cohort_per_100k", cohort.size() > 0 ? (cohort(0) + 0.0) * per_100k : kUndefined,
              "per 100,000 people",
              "people homeless with severe illness (or Housing First tenants) when the horizon began, alive at the end "
              "of its first week");
  figures.add("homeless_ill_cohort_crises_per_person_year", ratio(total(r, "cohort_crises"), cohort_years),
              "per person-year", "crises of that cohort per person-year lived over the horizon");
  figures.add("homeless_ill_cohort_admissions_per_person_year", ratio(total(r, "cohort_admissions"), cohort_years),
              "per person-year", "inpatient admissions of that cohort per person-year lived over the horizon");
}

void add_programmes(FigureList& figures, const std::array<ServerPool, kProgrammeCount>& programme_places,
                    std::int64_t population_size, const Results& r) {
  const double per_100k = per_100k_people(population_size);
  const WeeklyTable& in_programme = r.table("in_programme");
  const WeeklyTable& awaiting = r.table("awaiting_programme");
  const WeeklyTable& entries = r.table("programme_entries");
  for (std::size_t p = 0; p < kProgrammeCount; ++p) {
    const std::string label(kProgrammeLabels[p]);
    const double places = static_cast<double>(programme_places[p].servers());
    const double mean_in = weekly_total_of(in_programme, p, kProgrammeCount).mean();
    figures.add("programme_places_per_100k_" + label, places * per_100k, "per 100,000 people",
                "places of the programme the run had (from its staff)");
    figures.add("programme_occupancy_" + label, ratio(mean_in, places), "share",
                "mean share of the programme's places taken (NaN without places)");
    figures.add("awaiting_programme_per_100k_" + label, weekly_total_of(awaiting, p, kProgrammeCount).mean() * per_100k,
                "per 100,000 people", "mean people waiting for a place in the programme");
    figures.add("programme_entries_per_100k_per_year_" + label,
                per_100k_person_years(r, weekly_total_of(entries, p, kProgrammeCount).sum()),
                "per 100,000 person-years", "spells in the programme starting");
  }
}

void add_peer_support_and_jobs(FigureList& figures, const Results& r) {
  figures.add("peer_contacts_per_100k_per_year", per_100k_person_years(r, total(r, "peer_contacts")),
              "per 100,000 person-years", "peer support contacts");
  figures.add("jobs_found_per_1000_per_year", per_1000_person_years(r, total(r, "jobs_found")),
              "per 1,000 person-years", "moves from unemployment into work");
  const double support_years = years_from_weeks(
      weekly_total_of(r.table("person_weeks_in_programme"), index_of(Programme::employment_support), kProgrammeCount)
          .sum());
  figures.add("employment_support_jobs_per_participant_year",
              ratio(total(r, "jobs_found_in_employment_support"), support_years), "per person-year",
              "jobs found by people in employment support, per person-year of support");
  const Eigen::ArrayXd smi_employed = employed_in(r.table("smi_by_employment"));
  const Eigen::ArrayXd smi_unemployed = unemployed_in(r.table("smi_by_employment"));
  figures.add("smi_employment_rate", (smi_employed / (smi_employed + smi_unemployed)).mean(), "share",
              "mean share of the labour force with a severe mental illness in work");
}

}  // namespace

std::vector<SummaryFigure> summarise_community(const std::array<ServerPool, kProgrammeCount>& programme_places,
                                               std::int64_t population_size, const Results& r) {
  FigureList figures;
  add_housing_and_work(figures, r);
  add_housing_first(figures, r, population_size);
  add_programmes(figures, programme_places, population_size, r);
  add_peer_support_and_jobs(figures, r);
  return figures.take();
}

WeeklyTable peer_contacts_table(const Scenario& scenario, const Results& r) {
  const WeeklyTable& person_weeks = r.table("person_weeks_in_programme");
  std::vector<std::string> strata(person_weeks.dimensions.begin() + 1, person_weeks.dimensions.end());
  return {"peer_contacts", "contacts",
          "peer support contacts during the week (person-weeks in peer support x peer_support.contacts_per_week)",
          std::move(strata),
          WeeklyMatrix(label_columns(person_weeks, index_of(Programme::peer_support), kProgrammeCount) *
                       scenario.peer_support.contacts_per_week)};
}

}  // namespace mhsim
