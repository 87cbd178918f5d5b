// School support and the confidential youth pathway (docs/model.md, "School and the youth pathway"): the
// youth stage follows age in years, the acceptability barrier and its lever act at ages 12-24 only, school
// identification only under 18, and counsellors treat the pupils school finds without a wait.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "access/access_factors.hpp"
#include "access/screening.hpp"
#include "core/keyed_random.hpp"
#include "engine.hpp"
#include "engine_fixture.hpp"
#include "event/routes.hpp"
#include "population/age_milestones.hpp"
#include "population/youth_age.hpp"
#include "recording/summary_figures.hpp"  // total()

using namespace mhsim;
using mhsim::testing::bitwise_equal;
using mhsim::testing::small_baseline;
using mhsim::testing::total_for_label;

namespace {

// People of the given ages (in years, at day 0) with a moderate disorder.
Population ill_people_aged(const Scenario& scenario, const std::vector<double>& ages) {
  Population people;
  for (const double age : ages) {
    const PersonId id = people.add_person(scenario.population, KeyedRandom(1), 0.0, age);
    people.state(id).cmd = static_cast<std::uint8_t>(CmdState::moderate);
  }
  return people;
}

}  // namespace

TEST_CASE("the youth stage follows age in years and the ageing process moves it at 12, 18 and 25") {
  CHECK(youth_age_at(11.9) == YouthAge::under_12);
  CHECK(youth_age_at(12.0) == YouthAge::age_12_17);
  CHECK(youth_age_at(17.99) == YouthAge::age_12_17);
  CHECK(youth_age_at(18.0) == YouthAge::age_18_24);
  CHECK(youth_age_at(25.0) == YouthAge::adult);
  const LoadedScenario loaded = small_baseline();
  Population child = ill_people_aged(loaded.scenario, {11.5});
  const AgeMilestones twelve = milestones_reached(child, 0, 0.5 * kDaysPerYear);
  CHECK((twelve.youth_stage && !twelve.adult));  // 12 moves the stage; only 18 is the move to adult care
  Population people = ill_people_aged(loaded.scenario, {17.5});
  PersonAttributes& attributes = people.attributes(0);
  CHECK(at_school_age(attributes));
  const double at_18 = 0.5 * kDaysPerYear;
  CHECK(next_ageing_day(people, 0, 0.0) == doctest::Approx(at_18));
  const AgeMilestones eighteen = milestones_reached(people, 0, at_18);
  CHECK((eighteen.youth_stage && eighteen.adult && !eighteen.next_band));  // the stage moves, the band (15-24) not
  ++attributes.youth_age;  // as the ageing event does
  CHECK(youth_age_of(attributes) == YouthAge::age_18_24);
  CHECK_FALSE(at_school_age(attributes));
  CHECK(in_youth_pathway_ages(attributes));
  const double at_25 = 7.5 * kDaysPerYear;
  CHECK(next_ageing_day(people, 0, at_18) == doctest::Approx(at_25));
  const AgeMilestones twenty_five = milestones_reached(people, 0, at_25);
  CHECK((twenty_five.youth_stage && twenty_five.next_band && !twenty_five.adult));  // 25: both move
  ++attributes.youth_age;
  ++people.state(0).age_band;
  CHECK(youth_age_of(attributes) == YouthAge::adult);
  CHECK(next_ageing_day(people, 0, at_25) == doctest::Approx(27.5 * kDaysPerYear));  // 45: the next band only
}

TEST_CASE("the acceptability barrier and the one-stop lever act at ages 12-24 only") {
  const LoadedScenario base = small_baseline({"youth_pathway.acceptability_factor=0.6"});
  const LoadedScenario one_stop =
      small_baseline({"youth_pathway.acceptability_factor=0.6", "youth_pathway.one_stop_gap_closed_share=0.5"});
  const Population people = ill_people_aged(base.scenario, {11.0, 16.0, 24.5, 30.0});
  const auto acceptability = [&](const Scenario& scenario, PersonId id) {
    return access_factors(scenario, people, id).acceptability;
  };
  CHECK(acceptability(base.scenario, 0) == 1.0);
  CHECK(acceptability(base.scenario, 1) == doctest::Approx(0.6));
  CHECK(acceptability(base.scenario, 2) == doctest::Approx(0.6));
  CHECK(acceptability(base.scenario, 3) == 1.0);
  CHECK(acceptability(one_stop.scenario, 1) == doctest::Approx(0.8));
  CHECK(acceptability(one_stop.scenario, 3) == 1.0);
  // Help-seeking follows, person by person.
  const LoadedScenario no_barrier = small_baseline({"youth_pathway.acceptability_factor=1.0"});
  const auto help_seeking_ratio = [&](PersonId id) {
    return help_seeking_rate_per_year(base.scenario, people, id) /
           help_seeking_rate_per_year(no_barrier.scenario, people, id);
  };
  CHECK(help_seeking_ratio(1) == doctest::Approx(0.6));
  CHECK(help_seeking_ratio(3) == 1.0);
}

TEST_CASE("school identifies pupils under 18 only: screens and trained teachers") {
  const LoadedScenario loaded =
      small_baseline({"screening.school_screens_per_year=1.0", "school_support.trained_teacher_share=0.5",
                      "school_support.teacher_identification_rate_per_year=0.4"});
  const Scenario& scenario = loaded.scenario;
  Population people = ill_people_aged(scenario, {16.0, 19.0});
  const auto pupil = screens_per_year_by_setting(scenario, people, 0);
  const auto adult = screens_per_year_by_setting(scenario, people, 1);
  CHECK(pupil[1] == 1.0);
  CHECK(adult[1] == 0.0);
  // The pupil's positive rate holds the school screen's true positives and the teachers' 0.5 x 0.4 referrals.
  const double difference =
      positive_screen_rate_per_year(scenario, people, 0) - positive_screen_rate_per_year(scenario, people, 1);
  CHECK(difference == doctest::Approx(1.0 * scenario.screening.sensitivity + 0.2));
  // Teachers refer pupils with a disorder, not the well.
  people.state(0).cmd = static_cast<std::uint8_t>(CmdState::none);
  const LoadedScenario teachers_only = small_baseline(
      {"school_support.trained_teacher_share=0.5", "school_support.teacher_identification_rate_per_year=0.4"});
  CHECK(positive_screen_rate_per_year(teachers_only.scenario, people, 0) ==
        positive_screen_rate_per_year(teachers_only.scenario, people, 1));
}

TEST_CASE("school counsellors treat pupils school identifies at once, within their places") {
  const std::vector<std::string> on{"school_support.counsellor_fte_per_100k=10.0",
                                    "school_support.trained_teacher_share=1.0"};
  const Results r = run_simulation(small_baseline(on), 1);
  const double teacher_referrals = total(r, "teacher_identifications");
  const double school_entries = total_for_label(r, "care_entries", index_of(Route::school_screening));
  CHECK(teacher_referrals > 20);
  CHECK(school_entries == teacher_referrals);  // no school screens in the baseline: every school entry is a teacher's
  const double starts = total(r, "school_counselling_starts");
  CHECK(starts > 0.3 * school_entries);
  CHECK(starts <= school_entries);
  // 10 FTE per 100,000 x 15 pupils each: at most 30 places among 20,000 people.
  CHECK(r.table("in_school_counselling").to_doubles().rowwise().sum().maxCoeff() <= 30.0);
  CHECK(r.summary_value("school_counselling_starts_per_1000_pupil_years") > 0);
  // The places start treatment with no wait: their first treatments bring the pupils' mean wait down.
  const Results base = run_simulation(small_baseline(), 1);
  CHECK(r.summary_value("pupil_wait_to_first_treatment_weeks") <
        base.summary_value("pupil_wait_to_first_treatment_weeks"));
  CHECK(r.summary_value("school_counsellor_cost_per_year") == doctest::Approx(10.0 * 45000.0 * 0.2));
}

TEST_CASE("with no counsellors and no teachers trained, school support's other keys change no result") {
  const Results base = run_simulation(small_baseline(), 2);
  const Results idle = run_simulation(small_baseline({"school_support.counsellor_caseload=40.0",
                                                      "school_support.teacher_identification_rate_per_year=3.0",
                                                      "school_support.teacher_help_seeking_rate_ratio=2.0",
                                                      "school_support.counsellor_cost_per_fte_year=90000.0"}),
                                      2);
  CHECK(bitwise_equal(base, idle));
  CHECK(total(base, "school_counselling_starts") == 0);
  CHECK(total(base, "young_people") > 0);
}
