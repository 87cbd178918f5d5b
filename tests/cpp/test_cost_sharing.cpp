// Cost-sharing and parity: copays after parity, their burden by income, the
// drop-out they cause, and help-seeking in a run.
#include <doctest/doctest.h>

#include <array>
#include <string>
#include <vector>

#include "access/access_factors.hpp"
#include "access/cost_sharing.hpp"
#include "engine.hpp"
#include "engine_fixture.hpp"

using namespace mhsim;
using mhsim::testing::small_baseline;

namespace {

CostSharingSettings sharing(double parity_share) {
  CostSharingSettings s;
  s.therapy_copay_by_coverage = {0.0, 20.0, 80.0};
  s.physical_health_copay_by_coverage = {0.0, 30.0, 15.0};
  s.parity_share = parity_share;
  s.half_demand_copay_by_income = {20.0, 50.0, 100.0};
  s.dropout_rate_ratio_at_half_demand_copay = 1.5;
  s.copay_ratio_by_income = {1.0, 1.0, 1.0};
  return s;
}

}  // namespace

TEST_CASE("parity closes its share of the gap above physical health copays, and never raises a copay") {
  const auto uninsured = static_cast<std::uint8_t>(index_of(Coverage::uninsured));
  const auto privately = static_cast<std::uint8_t>(index_of(Coverage::private_plan));
  CHECK(copay_after_parity(sharing(0.0), sharing(0.0).therapy_copay_by_coverage, uninsured) == 80.0);
  CHECK(copay_after_parity(sharing(0.5), sharing(0.5).therapy_copay_by_coverage, uninsured) == doctest::Approx(47.5));
  CHECK(copay_after_parity(sharing(1.0), sharing(1.0).therapy_copay_by_coverage, uninsured) == doctest::Approx(15.0));
  // Private: the mental health copay (20) is already below the physical one (30).
  CHECK(copay_after_parity(sharing(1.0), sharing(1.0).therapy_copay_by_coverage, privately) == 20.0);
  // The same copay weighs on a low income five times what it weighs on a high one (half-demand copays 20 and 100).
  CHECK(copay_burden(sharing(0.0), 40.0, 0) == doctest::Approx(2.0));
  CHECK(copay_burden(sharing(0.0), 40.0, 2) == doctest::Approx(0.4));
}

TEST_CASE("a copay raises the drop-out of its own service, the more so on a low income") {
  Scenario scenario;
  scenario.cost_sharing = sharing(0.0);
  PersonAttributes poor_uninsured{};
  poor_uninsured.coverage = static_cast<std::uint8_t>(index_of(Coverage::uninsured));
  poor_uninsured.income = 0;
  PersonAttributes rich_uninsured = poor_uninsured;
  rich_uninsured.income = 2;
  const auto therapy = index_of(ServiceId::high_intensity);
  CHECK(copay_dropout_rate_ratio(scenario, poor_uninsured, therapy) == doctest::Approx(1.0 + 0.5 * 80.0 / 20.0));
  CHECK(copay_dropout_rate_ratio(scenario, rich_uninsured, therapy) == doctest::Approx(1.0 + 0.5 * 80.0 / 100.0));
  CHECK(copay_dropout_rate_ratio(scenario, poor_uninsured, index_of(ServiceId::community_team)) == 1.0);
  scenario.cost_sharing.parity_share = 1.0;
  CHECK(copay_dropout_rate_ratio(scenario, poor_uninsured, therapy) == doctest::Approx(1.0 + 0.5 * 15.0 / 20.0));
}

TEST_CASE("parity brings more of the uninsured to primary care, and leaves the publicly covered as they were") {
  const Results before = run_simulation(small_baseline({"population.size=50000"}), 61);
  const Results parity = run_simulation(small_baseline({"population.size=50000", "cost_sharing.parity_share=1.0"}), 61);
  CHECK(parity.summary_value("help_seeking_contacts_per_1000_per_year_uninsured") >
        1.1 * before.summary_value("help_seeking_contacts_per_1000_per_year_uninsured"));
  CHECK(parity.summary_value("help_seeking_contacts_per_1000_per_year_low_income") >
        before.summary_value("help_seeking_contacts_per_1000_per_year_low_income"));
  CHECK(parity.summary_value("help_seeking_contacts_per_1000_per_year_public") ==
        doctest::Approx(before.summary_value("help_seeking_contacts_per_1000_per_year_public")).epsilon(0.02));
}

TEST_CASE("out of pocket: each GP consultation pays its copay, and each session of a course its own") {
  // Every contact goes to a GP in the baseline (no digital door, self-referral or front door).
  const std::vector<std::string> gp_only{"population.size=30000", "cost_sharing.therapy_copay_by_coverage.private=0",
                                         "cost_sharing.therapy_copay_by_coverage.uninsured=0",
                                         "cost_sharing.medication_copay_by_coverage.private=0",
                                         "cost_sharing.medication_copay_by_coverage.uninsured=0"};
  const Results gp = run_simulation(small_baseline(gp_only), 19);
  for (std::size_t c = 0; c < kCoverageLabels.size(); ++c) {
    const double contacts = mhsim::testing::total_for_label(gp, "help_seeking_contacts", c);
    const double copay = std::array{0.0, 3.0, 40.0}[c];
    CHECK(mhsim::testing::total_for_label(gp, "out_of_pocket_paid", c) == doctest::Approx(contacts * copay));
  }
  // A copay of 1 on therapy only: what people pay is the therapy sessions attended.
  const Results therapy = run_simulation(
      small_baseline(
          {"population.size=30000", "cost_sharing.primary_care_copay_by_coverage.private=0",
           "cost_sharing.primary_care_copay_by_coverage.uninsured=0",
           "cost_sharing.medication_copay_by_coverage.private=0",
           "cost_sharing.medication_copay_by_coverage.uninsured=0", "cost_sharing.therapy_copay_by_coverage.public=1",
           "cost_sharing.therapy_copay_by_coverage.private=1", "cost_sharing.therapy_copay_by_coverage.uninsured=1"}),
      19);
  const double sessions = mhsim::testing::total_for_label(therapy, "sessions", index_of(ServiceId::low_intensity)) +
                          mhsim::testing::total_for_label(therapy, "sessions", index_of(ServiceId::high_intensity));
  CHECK(sessions > 0);
  CHECK(therapy.table("out_of_pocket_paid").to_doubles().sum() == doctest::Approx(sessions));
  CHECK(therapy.summary_value("out_of_pocket_paid") == doctest::Approx(sessions));
}
