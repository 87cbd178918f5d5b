#include "youth/youth_summary.hpp"

#include <string_view>

#include "economics/costs.hpp"
#include "event/routes.hpp"
#include "population/youth_age.hpp"
#include "youth/youth_funding.hpp"

namespace mhsim {
namespace {

// The youth stages of each group the figures describe.
struct AgeGroup {
  std::string_view name;         // in the figure names
  std::string_view description;  // in the figure descriptions
  std::array<bool, kYouthAgeLabels.size()> stages;
};
constexpr AgeGroup kYoung{"young", "people aged 12-24", {false, true, true}};
constexpr AgeGroup kPupils{"pupil", "pupils (under 18)", {true, true, false}};

// A youth_age table's total over the horizon for the group's stages.
double group_total(const Results& r, const std::string& table, const AgeGroup& group) {
  double sum = 0;
  for (std::size_t stage = 0; stage < kYouthAgeLabels.size(); ++stage) {
    if (group.stages[stage]) sum += weekly_total_of(r.table(table), stage, kYouthAgeLabels.size()).sum();
  }
  return sum;
}

// Person-years in a stock, from its end-of-week counts.
double group_years(const Results& r, const std::string& stock, const AgeGroup& group) {
  return group_total(r, stock, group) / kWeeksPerYear;
}

void add_group_figures(const Results& r, const AgeGroup& group, FigureList& figures) {
  const std::string name(group.name);
  const std::string who(group.description);
  const double years = group_years(r, "young_people", group);
  const double ill_years = group_years(r, "young_cmd_people", group);
  const double first_starts = group_total(r, "young_first_treatment_starts", group);
  figures.add(name + "_help_seeking_per_1000_per_year",
              ratio(group_total(r, "young_help_seeking_contacts", group) * 1e3, years), "per 1,000 person-years",
              "help-seeking contacts about a disorder of " + who + ", per 1,000 person-years lived at those ages");
  figures.add(name + "_treated_share", ratio(group_years(r, "young_cmd_in_treatment", group), ill_years), "share",
              who + " with a common mental disorder who are in treatment (person-time from end-of-week counts)");
  figures.add(name + "_first_treatments_per_1000_per_year", ratio(first_starts * 1e3, years), "per 1,000 person-years",
              "care episodes of " + who + " that started a treatment");
  figures.add(name + "_weeks_ill_untreated_per_episode",
              ratio((ill_years - group_years(r, "young_cmd_in_treatment", group)) * kWeeksPerYear,
                    group_total(r, "young_cmd_onsets", group)),
              "weeks",
              "person-weeks ill and not in treatment per new episode of " + who +
                  " (Little's law: the mean time an episode spends untreated)");
  figures.add(name + "_wait_to_first_treatment_weeks",
              ratio(group_total(r, "young_first_treatment_wait_days_sum", group) / kDaysPerWeek, first_starts), "weeks",
              "mean time from entry into care to the first treatment start, for " + who);
}

}  // namespace

std::vector<SummaryFigure> summarise_youth(const Scenario& scenario, std::int64_t population_size, const Results& r) {
  FigureList figures;
  add_group_figures(r, kYoung, figures);
  add_group_figures(r, kPupils, figures);
  const double pupil_years = group_years(r, "young_people", kPupils);
  const double school_entries =
      weekly_total_of(r.table("care_entries"), index_of(Route::school_screening), kRouteLabels.size()).sum();
  figures.add("school_identifications_per_1000_pupil_years", ratio(school_entries * 1e3, pupil_years),
              "per 1,000 pupil-years",
              "pupils entering care after identification at school: a school screen or a "
              "trained teacher's referral");
  figures.add("teacher_identifications_per_1000_pupil_years",
              ratio(flow_total(r, "teacher_identifications") * 1e3, pupil_years), "per 1,000 pupil-years",
              "pupils with a disorder referred by a trained teacher");
  figures.add("school_counselling_starts_per_1000_pupil_years",
              ratio(flow_total(r, "school_counselling_starts") * 1e3, pupil_years), "per 1,000 pupil-years",
              "brief therapy started with a school counsellor, with no wait");
  const double hundreds_of_thousands = static_cast<double>(population_size) / 1e5;
  const SchoolSupportSettings& school = scenario.school_support;
  figures.add("school_counsellor_cost_per_year",
              school.counsellor_fte_per_100k * school.counsellor_cost_per_fte_year * hundreds_of_thousands,
              cost_unit(scenario.costs), "school counsellors as planned (a budget year may scale them)");
  figures.add("school_and_youth_pathway_cost_per_year", youth_cost_per_year(scenario, population_size),
              cost_unit(scenario.costs),
              "school counsellors, teachers' training and one-stop youth services, as planned");
  return figures.take();
}

}  // namespace mhsim
