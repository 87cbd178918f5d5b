#include "community/community_summary.hpp"

#include <string>

#include "recording/recorder.hpp"
#include "recording/summary_arithmetic.hpp"

namespace mhsim {
std::vector<SummaryFigure> summarise_community(const std::array<ServerPool, kProgrammeCount>& programme_places,
                                               std::int64_t population_size, const Results& r) {
  std::vector<SummaryFigure> out;
  const auto add = [&](std::string name, double value, std::string unit, std::string description) {
    out.push_back({std::move(name), value, std::move(unit), std::move(description)});
  };
  const Eigen::ArrayXd population = r.table("population").values.rowwise().sum().array();
  const WeeklyTable& housing = r.table("people_by_housing");
  for (std::size_t h = 0; h < kHousingLabels.size(); ++h) {
    add("housing_share_" + std::string(kHousingLabels[h]),
        (weekly_total_of(housing, h, kHousingLabels.size()).array() / population).mean(), "share",
        "mean share of the population in this housing (Housing First tenants: stable)");
  }
  const WeeklyTable& work = r.table("people_by_employment");
  const Eigen::ArrayXd employed = weekly_total_of(work, index_of(Employment::employed), kEmploymentLabels.size()).array();
  const Eigen::ArrayXd unemployed = weekly_total_of(work, index_of(Employment::unemployed), kEmploymentLabels.size()).array();
  add("employment_share", (employed / population).mean(), "share", "mean share of the population in work");
  add("unemployment_rate", (unemployed / (employed + unemployed)).mean(), "share",
      "mean share of the labour force out of work");

  const double weeks = static_cast<double>(r.week_start_day.size());
  const double per_100k_people = population_size > 0 ? 1e5 / static_cast<double>(population_size) : kUndefined;
  const auto total = [&](const std::string& name) { return r.table(name).values.sum(); };
  const double person_years = total("person_weeks_alive") * kDaysPerWeek / kDaysPerYear;
  add("housing_first_tenants_per_100k", total("housing_first_tenants") / weeks * per_100k_people, "per 100,000 people",
      "mean people housed in Housing First units (end-of-week counts)");
  add("awaiting_housing_first_per_100k", total("awaiting_housing_first") / weeks * per_100k_people,
      "per 100,000 people", "mean people offered Housing First and waiting for a unit");
  add("housing_first_entries_per_100k_per_year", ratio(total("housing_first_entries") * 1e5, person_years),
      "per 100,000 person-years", "Housing First tenancies starting");
  const double cohort_years = total("person_weeks_homeless_ill_cohort") * kDaysPerWeek / kDaysPerYear;
  const Eigen::VectorXd cohort = r.table("homeless_ill_cohort").values.rowwise().sum();
  add("homeless_ill_cohort_per_100k", cohort.size() > 0 ? (cohort(0) + 0.0) * per_100k_people : kUndefined,
      "per 100,000 people",
      "people homeless with severe illness (or Housing First tenants) when the horizon began, alive at the end of its "
      "first week");
  add("homeless_ill_cohort_crises_per_person_year", ratio(total("cohort_crises"), cohort_years), "per person-year",
      "crises of that cohort per person-year lived over the horizon");
  add("homeless_ill_cohort_admissions_per_person_year", ratio(total("cohort_admissions"), cohort_years),
      "per person-year", "inpatient admissions of that cohort per person-year lived over the horizon");

  const WeeklyTable& in_programme = r.table("in_programme");
  const WeeklyTable& awaiting = r.table("awaiting_programme");
  const WeeklyTable& entries = r.table("programme_entries");
  for (std::size_t p = 0; p < kProgrammeCount; ++p) {
    const std::string label(kProgrammeLabels[p]);
    const double places = static_cast<double>(programme_places[p].servers());
    const double mean_in = weekly_total_of(in_programme, p, kProgrammeCount).mean();
    add("programme_places_per_100k_" + label, places * per_100k_people, "per 100,000 people",
        "places of the programme the run had (from its staff)");
    add("programme_occupancy_" + label, ratio(mean_in, places), "share",
        "mean share of the programme's places taken (NaN without places)");
    add("awaiting_programme_per_100k_" + label, weekly_total_of(awaiting, p, kProgrammeCount).mean() * per_100k_people,
        "per 100,000 people", "mean people waiting for a place in the programme");
    add("programme_entries_per_100k_per_year_" + label,
        ratio(weekly_total_of(entries, p, kProgrammeCount).sum() * 1e5, person_years), "per 100,000 person-years",
        "spells in the programme starting");
  }
  add("peer_contacts_per_100k_per_year", ratio(total("peer_contacts") * 1e5, person_years), "per 100,000 person-years",
      "peer support contacts");
  const WeeklyTable& smi_work = r.table("smi_by_employment");
  const Eigen::ArrayXd smi_employed =
      weekly_total_of(smi_work, index_of(Employment::employed), kEmploymentLabels.size()).array();
  const Eigen::ArrayXd smi_unemployed =
      weekly_total_of(smi_work, index_of(Employment::unemployed), kEmploymentLabels.size()).array();
  add("jobs_found_per_1000_per_year", ratio(total("jobs_found") * 1e3, person_years), "per 1,000 person-years",
      "moves from unemployment into work");
  add("employment_support_jobs_per_participant_year",
      ratio(total("jobs_found_in_employment_support"),
            weekly_total_of(r.table("person_weeks_in_programme"), index_of(Programme::employment_support), kProgrammeCount)
                    .sum() *
                kDaysPerWeek / kDaysPerYear),
      "per person-year", "jobs found by people in employment support, per person-year of support");
  add("smi_employment_rate", (smi_employed / (smi_employed + smi_unemployed)).mean(), "share",
      "mean share of the labour force with a severe mental illness in work");
  return out;
}

WeeklyTable peer_contacts_table(const Scenario& scenario, const Results& r) {
  const WeeklyTable& person_weeks = r.table("person_weeks_in_programme");
  std::vector<std::string> strata(person_weeks.dimensions.begin() + 1, person_weeks.dimensions.end());
  return {"peer_contacts", "contacts",
          "peer support contacts during the week (person-weeks in peer support x peer_support.contacts_per_week)",
          std::move(strata),
          label_columns(person_weeks, index_of(Programme::peer_support), kProgrammeCount) *
              scenario.peer_support.contacts_per_week};
}

}  // namespace mhsim
