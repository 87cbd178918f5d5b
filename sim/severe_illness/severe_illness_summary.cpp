#include "severe_illness/severe_illness_summary.hpp"

#include "community/programme.hpp"
#include "recording/summary_figures.hpp"

namespace mhsim {
namespace {

void add_first_episodes(FigureList& figures, const Results& r) {
  figures.add("smi_relapses_per_person_year",
              ratio(total(r, "smi_relapses"), years_from_weeks(total(r, "person_weeks_smi"))), "per person-year",
              "acute relapses of severe mental illness per person-year lived with it (every case, not only first "
              "episodes)");
  const double cohort_years = years_from_weeks(total(r, "person_weeks_first_episode_cohort"));
  figures.add("first_episode_cases_per_100k_per_year", per_100k_person_years(r, total(r, "smi_onsets")),
              "per 100,000 person-years", "first episodes of severe mental illness (onsets) in the reported horizon");
  figures.add("first_episode_relapses_per_person_year", ratio(total(r, "first_episode_relapses"), cohort_years),
              "per person-year", "acute relapses of first-episode cases per person-year lived since their onset");
  figures.add("first_episode_crises_per_person_year", ratio(total(r, "first_episode_crises"), cohort_years),
              "per person-year", "crises of first-episode cases per person-year lived since their onset");
  figures.add("first_episode_admissions_per_person_year", ratio(total(r, "first_episode_admissions"), cohort_years),
              "per person-year", "inpatient admissions of first-episode cases per person-year lived since their onset");
  const WeeklyTable& by_employment = r.table("first_episode_by_employment");
  const std::size_t labels = kEmploymentLabels.size();
  const double employed = weekly_total_of(by_employment, index_of(Employment::employed), labels).sum();
  const double unemployed = weekly_total_of(by_employment, index_of(Employment::unemployed), labels).sum();
  figures.add("first_episode_in_work_share", ratio(employed, total(by_employment)), "share",
              "share of first-episode cases in work (end-of-week counts over the horizon)");
  figures.add("first_episode_employment_rate", ratio(employed, employed + unemployed), "share",
              "share of first-episode cases in the labour force who are in work (end-of-week counts)");
}

void add_early_intervention(FigureList& figures, const Scenario& scenario, double per_100k, const Results& r) {
  const WeeklyTable& entries = r.table("programme_entries");
  const auto eip = index_of(Programme::early_intervention_psychosis);
  const double starts = weekly_total_of(entries, eip, kProgrammeCount).sum();
  const double onsets = total(r, "smi_onsets");
  figures.add("early_intervention_referred_share", ratio(total(r, "early_intervention_referrals"), onsets), "share",
              "first episodes referred to early intervention in psychosis at onset (NaN without onsets)");
  figures.add("early_intervention_starts_per_first_episode", ratio(starts, onsets), "share",
              "early intervention starts per first episode over the horizon (the share reached, once the list is "
              "steady)");
  figures.add("early_intervention_mean_wait_days", ratio(total(r, "early_intervention_wait_days_sum"), starts), "days",
              "mean days from referral to the start of early intervention");
  figures.add("early_intervention_within_2_weeks_share",
              ratio(total(r, "early_intervention_starts_within_2_weeks"), starts), "share",
              "early intervention starts within 14 days of referral (NICE access standard: 60%)");
  const WeeklyTable& person_weeks = r.table("person_weeks_in_programme");
  figures.add("early_intervention_contacts_per_100k_per_year",
              per_100k_person_years(r, weekly_total_of(person_weeks, eip, kProgrammeCount).sum() *
                                           scenario.early_intervention_psychosis.contacts_per_week),
              "per 100,000 person-years", "care coordinator contacts in early intervention");
  const auto cmht = index_of(Programme::community_mental_health_team);
  figures.add("community_team_contacts_per_100k_per_year",
              per_100k_person_years(r, weekly_total_of(person_weeks, cmht, kProgrammeCount).sum() *
                                           scenario.community_mental_health_team.contacts_per_week),
              "per 100,000 person-years", "care coordinator contacts in community mental health teams");
  figures.add("community_team_referrals_declined_per_100k_per_year",
              per_100k_person_years(r, total(r, "community_team_referrals_declined")), "per 100,000 person-years",
              "people with severe illness whom services met and a full community mental health team did not take on");
  figures.add("relapse_prevention_reached_per_100k",
              total(r, "person_weeks_smi") * scenario.relapse_prevention.reach_share / reported_weeks(r) * per_100k,
              "per 100,000 people", "mean people with severe mental illness reached by relapse prevention");
}

}  // namespace

std::vector<SummaryFigure> summarise_severe_illness(const Scenario& scenario, std::int64_t population_size,
                                                    const Results& r) {
  FigureList figures;
  add_first_episodes(figures, r);
  add_early_intervention(figures, scenario, per_100k_people(population_size), r);
  return figures.take();
}

}  // namespace mhsim
