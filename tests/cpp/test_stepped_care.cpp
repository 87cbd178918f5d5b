// The route through care: triage to a first step, misroutes and bounces, the
// front door, screening settings, measurement-based care and step-up.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "engine.hpp"
#include "engine_fixture.hpp"
#include "recording/metrics.hpp"

using namespace mhsim;
using mhsim::testing::small_baseline;
using mhsim::testing::total_for_label;

namespace {

double service_total(const Results& r, const std::string& table, ServiceId s) {
  return total_for_label(r, table, index_of(s));
}

double route_total(const Results& r, Route route) {
  return total_for_label(r, "care_entries", index_of(route));
}

// Every severity sent to one first step.
std::vector<std::string> everyone_to(std::string_view step) {
  std::vector<std::string> overrides;
  for (auto severity : kSeverityLabels) {
    for (auto service : kServiceLabels) {
      overrides.push_back("stepped_care.first_step_share." + std::string(severity) + "." + std::string(service) +
                          (service == step ? "=1.0" : "=0.0"));
    }
  }
  return overrides;
}

}  // namespace

TEST_CASE("triage sends people to the first step the scenario names, and step-ups climb the ladder from there") {
  std::vector<std::string> overrides = everyone_to("low_intensity");
  overrides.push_back("stepped_care.misroute_share=0.0");
  overrides.push_back(
      "workforce_dynamics.burnout_attrition_ratio_per_pressure=0.0");  // the overloaded step keeps its staff
  overrides.push_back("camhs.transition_loss_share=1.0");  // under-18s go to CAMHS; none move on to adult steps at 18
  const Results r = run_simulation(small_baseline(overrides), 3);
  CHECK(service_total(r, "first_treatment_starts", ServiceId::low_intensity) > 100);
  for (ServiceId other : {ServiceId::digital_self_help, ServiceId::high_intensity, ServiceId::medication_management,
                          ServiceId::community_team}) {
    CAPTURE(kServiceLabels[index_of(other)]);
    CHECK(service_total(r, "first_treatment_starts", other) == 0.0);
  }
  CHECK(r.table("misroutes").to_doubles().sum() == 0.0);
  // Non-responders at the end of low-intensity therapy step up to high-intensity therapy, which nobody else enters.
  CHECK(service_total(r, "step_ups", ServiceId::low_intensity) > 10);
  CHECK(service_total(r, "referrals", ServiceId::high_intensity) >
        0.5 * service_total(r, "step_ups", ServiceId::low_intensity));
  // Digital self-help has no limit: nobody waits for it.
  const Results digital = run_simulation(small_baseline(everyone_to("digital_self_help")), 3);
  CHECK(service_total(digital, "treatment_starts", ServiceId::digital_self_help) > 100);
  CHECK(service_total(digital, "wait_days_sum", ServiceId::digital_self_help) == 0.0);
  CHECK(digital.summary_value("waiting_mean_digital_self_help") == 0.0);
}

TEST_CASE("specialist care that ends with the person still ill hands them down to the step below") {
  std::vector<std::string> overrides = everyone_to("community_team");
  overrides.push_back("stepped_care.misroute_share=0.0");
  overrides.push_back("stepped_care.late_step_up_probability=0.0");
  overrides.push_back("workforce.mental_health_nurse.time_share_by_service.community_team=0.5");  // room for many
  const Results r = run_simulation(small_baseline(overrides), 15);
  const double down = service_total(r, "step_downs", ServiceId::community_team);
  CHECK(down > 20);
  CHECK(down <= service_total(r, "completions", ServiceId::community_team));
  // Nobody is triaged to medication, so every referral there is a step-down.
  CHECK(service_total(r, "triaged", ServiceId::medication_management) == 0.0);
  CHECK(service_total(r, "referrals", ServiceId::medication_management) > 0.5 * down);
  CHECK(service_total(r, "step_downs", ServiceId::high_intensity) == 0.0);  // therapy discharges
}

TEST_CASE("misrouted people are found at assessment and sent on to the step triage meant") {
  const Results none = run_simulation(small_baseline({"stepped_care.misroute_share=0.0"}), 5);
  const Results many = run_simulation(small_baseline({"stepped_care.misroute_share=0.5"}), 5);
  CHECK(none.table("misroutes").to_doubles().sum() == 0.0);
  CHECK(many.table("misroutes").to_doubles().sum() > 200);
  // The bounce is a second referral, and a second chance to be lost.
  CHECK(many.table("referrals").to_doubles().sum() > none.table("referrals").to_doubles().sum() + 100);
  CHECK(many.table("referral_losses").to_doubles().sum() > none.table("referral_losses").to_doubles().sum());
  // Medication is off the referral ladder: nobody is sent to it by mistake.
  CHECK(total_for_label(many, "misroutes", index_of(ServiceId::medication_management)) == 0.0);
}

TEST_CASE(
    "a front door assesses contacts up to its navigators' capacity, without misroutes, and loses fewer referrals") {
  const std::vector<std::string> front_door{"front_door.contact_share=1.0", "front_door.navigator_fte_per_100k=20.0"};
  const Results baseline = run_simulation(small_baseline(), 7);
  const Results with_door = run_simulation(small_baseline(front_door), 7);
  CHECK(baseline.table("front_door_contacts").to_doubles().sum() == 0.0);
  CHECK(with_door.table("front_door_contacts").to_doubles().sum() > 500);
  CHECK(with_door.table("front_door_overflows").to_doubles().sum() == 0.0);
  CHECK(route_total(with_door, Route::help_seeking) == 0.0);  // every contact went through the door
  CHECK(with_door.table("misroutes").to_doubles().sum() < 0.3 * baseline.table("misroutes").to_doubles().sum());
  CHECK(with_door.table("referral_losses").to_doubles().sum() < baseline.table("referral_losses").to_doubles().sum());
  CHECK(with_door.table("first_treatment_starts").to_doubles().sum() >
        baseline.table("first_treatment_starts").to_doubles().sum());

  // One navigator per 100,000 (40 assessments a week) cannot take them all: the rest see a GP.
  const Results small_door =
      run_simulation(small_baseline({"front_door.contact_share=1.0", "front_door.navigator_fte_per_100k=1.0"}), 7);
  CHECK(small_door.table("front_door_overflows").to_doubles().sum() > 100);
  CHECK(route_total(small_door, Route::help_seeking) > 0);
  // 8 assessments a week for 20,000 people, over 2 reported years.
  CHECK(small_door.table("front_door_contacts").to_doubles().sum() <= 8.0 * 105);
}

TEST_CASE("school and perinatal screening find people in their own settings") {
  const Results r = run_simulation(
      small_baseline({"screening.school_screens_per_year=1.0", "perinatal_care.screens_per_pregnancy=3.5"}), 11);
  CHECK(route_total(r, Route::school_screening) > 20);
  CHECK(route_total(r, Route::perinatal_screening) > 5);
  CHECK(route_total(r, Route::routine_screening) == 0.0);
  // School screens reach only pupils (under 18: the bands 10-14 and 15-24; the age band is the last stratum
  // dimension, fastest varying).
  const WeeklyTable& entries = r.table("care_entries");
  const Eigen::Index width = entries.values.cols() / static_cast<Eigen::Index>(kRouteLabels.size());
  const Eigen::Index school = static_cast<Eigen::Index>(index_of(Route::school_screening)) * width;
  double older = 0;
  for (Eigen::Index c = 0; c < width; ++c) {
    const auto band = static_cast<AgeBand>(c % static_cast<Eigen::Index>(kAgeBandCount));
    if (band != AgeBand::age_10_14 && band != AgeBand::age_15_24) {
      older += entries.to_doubles().col(school + c).sum();
    }
  }
  CHECK(older == 0.0);
}

TEST_CASE("collaborative care re-scores people on its registry and steps up non-responders earlier") {
  const std::vector<std::string> collaborative_care{"workforce.care_manager.fte_per_100k=20.0"};
  const Results usual = run_simulation(small_baseline(), 12);
  const Results cocm = run_simulation(small_baseline(collaborative_care), 12);
  CHECK(usual.table("rescores").to_doubles().sum() == 0.0);
  CHECK(usual.summary_value("registry_places_per_100k") == 0.0);
  CHECK(cocm.summary_value("registry_places_per_100k") == doctest::Approx(20.0 * 0.8 * 80.0).epsilon(0.01));
  CHECK(service_total(cocm, "rescores", ServiceId::medication_management) > 500);
  // Non-responders on medication are stepped up at week 10 rather than (rarely) at week 52.
  CHECK(service_total(cocm, "step_ups", ServiceId::medication_management) >
        2 * service_total(usual, "step_ups", ServiceId::medication_management));
  CHECK(cocm.summary_value("response_within_12_months_share_medication_management") >
        usual.summary_value("response_within_12_months_share_medication_management"));

  // Without psychiatrists to review them, nobody is stepped up before the course ends.
  std::vector<std::string> no_psychiatrists = collaborative_care;
  no_psychiatrists.push_back("workforce.psychiatrist.fte_per_100k=0.0");
  const Results unreviewed = run_simulation(small_baseline(no_psychiatrists), 12);
  CHECK(unreviewed.summary_value("consult_coverage") == 0.0);
  CHECK(service_total(unreviewed, "rescores", ServiceId::medication_management) > 500);
  CHECK(service_total(unreviewed, "step_ups", ServiceId::medication_management) <
        0.5 * service_total(cocm, "step_ups", ServiceId::medication_management));
}

TEST_CASE("responses and improvements happen in treatment, and sessions follow time in treatment") {
  const Results r = run_simulation(small_baseline(), 13);
  for (std::size_t s = 0; s < kServiceCount; ++s) {
    CAPTURE(kServiceLabels[s]);
    const double responses = total_for_label(r, "responses", s);
    CHECK(responses <= total_for_label(r, "treatment_starts", s) * 1.2);  // at most one per episode (starts lag)
  }
  CHECK(r.table("responses").to_doubles().sum() > 100);
  CHECK(r.table("cmd_improvements").to_doubles().sum() > 100);
  // A year of medication reviews about every 6 weeks: at most 52 x 0.17 sessions per course.
  const double sessions_per_start = r.summary_value("sessions_per_start_medication_management");
  CHECK(sessions_per_start > 1.0);
  CHECK(sessions_per_start < 52 * 0.17);
}

TEST_CASE("a cadre is as busy as the steps it works in, weighted by its time there") {
  const Results r = run_simulation(small_baseline({"workforce.gp.time_share_by_service.high_intensity=0.1"}), 14);
  // Psychologists and wellbeing practitioners each work in one step.
  CHECK(r.summary_value("utilisation_psychologist") == doctest::Approx(r.summary_value("utilisation_high_intensity")));
  CHECK(r.summary_value("utilisation_wellbeing_practitioner") ==
        doctest::Approx(r.summary_value("utilisation_low_intensity")));
  // GPs: 0.3 of their clinical time on medication, 0.1 on high-intensity therapy.
  CHECK(r.summary_value("utilisation_gp") ==
        doctest::Approx(0.75 * r.summary_value("utilisation_medication_management") +
                        0.25 * r.summary_value("utilisation_high_intensity")));
  CHECK(std::isnan(r.summary_value("utilisation_peer_worker")));  // no time on any step
}
