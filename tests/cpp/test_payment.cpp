// Payment models (docs/model.md, "Payment models"): each behaviour a model
// brings, switched on alone, moves what it should; the bonus is costed.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "care/payment.hpp"
#include "engine.hpp"
#include "engine_fixture.hpp"

using namespace mhsim;
using mhsim::testing::small_baseline;

namespace {

constexpr std::uint64_t kSeed = 73;

// High-intensity therapy paid by `model`, every behaviour of the model neutral but `behaviour` ("" for none).
Results run_paid(const std::string& model, std::vector<std::string> behaviour) {
  std::vector<std::string> overrides{"population.size=50000",
                                     "services.high_intensity.payment_model=\"" + model + "\"",
                                     "payment.course_length_ratio." + model + "=1.0",
                                     "payment.discharge_on_recovery_share." + model + "=1.0",
                                     "payment.measurement_based_care_share." + model + "=0.0",
                                     "payment.milder_case_head_start_days." + model + "=0.0"};
  overrides.insert(overrides.end(), behaviour.begin(), behaviour.end());
  return run_simulation(small_baseline(overrides), kSeed);
}

double figure(const Results& r, const std::string& name) {
  return r.summary_value(name);
}

}  // namespace

TEST_CASE("providers practise a service's settings as its payment model makes them") {
  Scenario scenario = small_baseline().scenario;
  const auto high = index_of(ServiceId::high_intensity);
  const ServiceSettings planned = scenario.services[high];
  CHECK(provider_practice(scenario, high).treatment_weeks == planned.treatment_weeks);  // capitation: as planned
  CHECK(course_end_step_up_probability(scenario, high) ==
        doctest::Approx(scenario.stepped_care.late_step_up_probability));
  scenario.services[high].payment_model = PaymentModel::fee_for_service;
  CHECK(provider_practice(scenario, high).treatment_weeks == doctest::Approx(1.3 * planned.treatment_weeks));
  CHECK(discharge_on_recovery_share(scenario, high) == 0.5);
  scenario.services[high].payment_model = PaymentModel::outcome_based;
  CHECK(provider_practice(scenario, high).severity_head_start_days ==
        doctest::Approx(planned.severity_head_start_days - 28.0));
  // Routine measures find 70% of the non-response the late step-up misses (0.7): 1 - 0.7 x (1 - 0.7).
  CHECK(course_end_step_up_probability(scenario, high) == doctest::Approx(1 - 0.7 * 0.3));
}

TEST_CASE("a first-come-first-served list gives no severity a head start, whatever the payment model") {
  Scenario scenario = small_baseline().scenario;
  const auto high = index_of(ServiceId::high_intensity);
  REQUIRE(provider_practice(scenario, high).severity_head_start_days > 0);  // capitation: severe cases first
  scenario.services[high].waiting_list_order = WaitingListOrder::first_come_first_served;
  CHECK(provider_practice(scenario, high).severity_head_start_days == 0);
  scenario.services[high].payment_model = PaymentModel::outcome_based;  // would prefer milder cases
  scenario.payment.milder_case_head_start_days[index_of(PaymentModel::outcome_based)] = 40.0;
  CHECK(provider_practice(scenario, high).severity_head_start_days == 0);
  // The course length option keeps the planned mean, times the payment model's ratio.
  scenario.services[high].course_length = CourseLength::exponential;
  CHECK(provider_practice(scenario, high).course_length == CourseLength::exponential);
  CHECK(provider_practice(scenario, high).treatment_weeks == scenario.services[high].treatment_weeks);
}

TEST_CASE("paid per session, longer courses mean more sessions a course and fewer people treated") {
  const Results reference = run_paid("fee_for_service", {});
  const Results longer = run_paid("fee_for_service", {"payment.course_length_ratio.fee_for_service=1.3"});
  CHECK(figure(longer, "sessions_per_finished_course_high_intensity") >
        1.1 * figure(reference, "sessions_per_finished_course_high_intensity"));
  CHECK(figure(longer, "treatment_starts_per_year_high_intensity") <
        0.9 * figure(reference, "treatment_starts_per_year_high_intensity"));
}

TEST_CASE("paid per session, people kept on after recovering run their course to its end and hold its place") {
  const Results reference = run_paid("fee_for_service", {});
  const Results kept = run_paid("fee_for_service", {"payment.discharge_on_recovery_share.fee_for_service=0.0"});
  CHECK(figure(kept, "completion_share_high_intensity") > figure(reference, "completion_share_high_intensity") + 0.05);
  CHECK(figure(kept, "treatment_starts_per_year_high_intensity") <
        figure(reference, "treatment_starts_per_year_high_intensity"));
  CHECK(figure(kept, "wait_mean_days_high_intensity") > figure(reference, "wait_mean_days_high_intensity"));
}

TEST_CASE("paid by outcome, measurement-based care steps up non-responders found at the end of a course") {
  const Results reference = run_paid("outcome_based", {});
  const Results measured = run_paid("outcome_based", {"payment.measurement_based_care_share.outcome_based=0.7"});
  CHECK(figure(measured, "step_ups_per_year_high_intensity") >
        1.5 * figure(reference, "step_ups_per_year_high_intensity"));
}

TEST_CASE("paid by outcome, a preference for milder cases makes severe cases wait longer than mild ones") {
  const Results reference = run_paid("outcome_based", {});
  // Five weeks: a head start near the mean wait (four weeks) leaves the ratio within noise of 1 at this size.
  const Results skimming = run_paid("outcome_based", {"payment.milder_case_head_start_days.outcome_based=35.0"});
  CHECK(figure(reference, "wait_ratio_severe_to_mild_high_intensity") < 1.0);  // the usual severity head start
  CHECK(figure(skimming, "wait_ratio_severe_to_mild_high_intensity") > 1.0);
  CHECK(figure(skimming, "wait_mean_days_high_intensity_severe") >
        figure(reference, "wait_mean_days_high_intensity_severe"));
}

TEST_CASE("the outcome bonus is paid per recovery in treatment at the service, on its line, and changes no course") {
  const Results unpaid = run_paid("outcome_based", {"payment.outcome_bonus_per_recovery=0.0"});
  const Results paid = run_paid("outcome_based", {"payment.outcome_bonus_per_recovery=200.0"});
  const double recoveries =
      mhsim::testing::total_for_label(paid, "recoveries_in_treatment", index_of(ServiceId::high_intensity));
  CHECK(recoveries > 0);
  CHECK(figure(paid, "recoveries_in_treatment_per_year_high_intensity") ==
        figure(unpaid, "recoveries_in_treatment_per_year_high_intensity"));
  CHECK(figure(paid, "cost_psychological_therapy") - figure(unpaid, "cost_psychological_therapy") ==
        doctest::Approx(200.0 * recoveries));
  CHECK(figure(paid, "cost_community") == figure(unpaid, "cost_community"));
}

TEST_CASE("a fork may change how a service is paid, and its providers change practice from the fork on") {
  const LoadedScenario baseline = small_baseline();
  const LoadedScenario reform = small_baseline({"services.high_intensity.payment_model=\"fee_for_service\""});
  const Results forked = run_simulation(reform, kSeed, nullptr, &baseline);
  CHECK(figure(forked, "sessions_per_finished_course_high_intensity") >
        figure(run_simulation(baseline, kSeed), "sessions_per_finished_course_high_intensity"));
}
