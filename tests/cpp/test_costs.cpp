// Costs by hand: each line is the units the run used or funded times the
// scenario's unit costs, and the lines add up to the total.
#include <doctest/doctest.h>

#include <string>

#include "engine.hpp"
#include "engine_fixture.hpp"
#include "economics/costs.hpp"
#include "crisis/crisis_stage.hpp"

using namespace mhsim;
using mhsim::testing::small_baseline;
using mhsim::testing::total_for_label;

namespace {

double line(const Results& r, CostLine l) {
  return r.summary_value("cost_" + std::string(kCostLineLabels[index_of(l)]));
}

}  // namespace

TEST_CASE("each cost line is units used or funded times unit costs, and the lines add up to the total") {
  const double people = 50000;
  const Results r =
      run_simulation(small_baseline({"population.size=50000", "economics.discount_rate_per_year=0.0"}), 51);
  const double weeks = static_cast<double>(r.week_start_day.size());
  const double per_100k = people / 1e5;
  // Psychological therapy: psychologists (11 per 100,000, all their time on high-intensity therapy and
  // supervision) and wellbeing practitioners (7, all on low intensity); nobody else works there in the baseline.
  CHECK(line(r, CostLine::psychological_therapy) ==
        doctest::Approx(per_100k * (11 * 85000.0 + 7 * 45000.0) / kWeeksPerYear * weeks));
  // Inpatient: 30 funded beds per 100,000 at 450 a day.
  CHECK(line(r, CostLine::inpatient) == doctest::Approx(30 * per_100k * 7 * 450.0 * weeks));
  // Medication: person-weeks in medication management at 1.5 a week.
  CHECK(line(r, CostLine::medication) ==
        doctest::Approx(total_for_label(r, "person_weeks_in_treatment", index_of(ServiceId::medication_management)) *
                        1.5));
  // Justice: police hours at 100 and jail days at 130.
  const double police_hours =
      total_for_label(r, "person_weeks_in_crisis_place", crisis_place_index(CrisisStage::police)) * 168;
  const double jail_days =
      total_for_label(r, "person_weeks_in_crisis_place", crisis_place_index(CrisisStage::jail)) * 7;
  CHECK(police_hours > 0);
  CHECK(line(r, CostLine::justice) == doctest::Approx(police_hours * 100.0 + jail_days * 130.0));
  // Crisis: call handlers (1 FTE per 100,000), mobile teams on shift 12 hours a day, ED visits and boarding hours.
  const double teams = r.summary_value("crisis_capacity_per_100k_mobile_teams") * per_100k;
  const double ed_visits = total_for_label(r, "crisis_site_arrivals", index_of(CrisisSite::emergency_department));
  const double boarding_hours =
      total_for_label(r, "person_weeks_in_crisis_place", crisis_place_index(CrisisStage::ed_boarding)) * 168;
  CHECK(line(r, CostLine::crisis) ==
        doctest::Approx(per_100k * 40000.0 / kWeeksPerYear * weeks + teams * 12 * 7 * 150.0 * weeks +
                        ed_visits * 250.0 + boarding_hours * 30.0));
  double lines = 0;
  for (std::size_t l = 0; l < kCostLineCount; ++l) lines += line(r, static_cast<CostLine>(l));
  CHECK(r.summary_value("cost_total") == doctest::Approx(lines));
  CHECK(r.summary_value("cost_health_and_care") == doctest::Approx(lines - line(r, CostLine::justice)));
  CHECK(r.summary_value("cost_total_discounted") == doctest::Approx(lines));
  CHECK(r.table("costs").to_doubles().sum() == doctest::Approx(lines));
  CHECK(r.summary_value("productivity_value") ==
        doctest::Approx(total_for_label(r, "people_by_employment", index_of(Employment::employed)) * 600.0));
}

TEST_CASE("staff are costed for the time the model's services use, and new services add their staff") {
  // Staff stay at their posts: no burnout, and supervision does not move attrition.
  const std::vector<std::string> small{"population.size=50000",
                                       "workforce_dynamics.burnout_attrition_ratio_per_pressure=0.0",
                                       "workforce_dynamics.attrition_rate_ratio_unsupervised=1.0"};
  const Results baseline = run_simulation(small_baseline(small), 52);
  auto with_peers = small;
  with_peers.insert(with_peers.end(),
                    {"workforce.peer_worker.fte_per_100k=10.0", "assertive_community_treatment.team_fte_per_100k=2.0"});
  const Results community = run_simulation(small_baseline(with_peers), 52);
  const double weeks = static_cast<double>(baseline.week_start_day.size());
  // 10 peer workers and 2 ACT staff per 100,000 (50,000 people: 5 and 1), all their time on peer support and ACT,
  // and the peer workers' training courses at 2,000 a trainee.
  const double peer_trainees =
      community.table("trainees_started").doubles().col(static_cast<Eigen::Index>(index_of(Cadre::peer_worker))).sum();
  CHECK(peer_trainees > 0);
  CHECK(line(community, CostLine::community) - line(baseline, CostLine::community) ==
        doctest::Approx((5 * 32000.0 + 1 * 60000.0) / kWeeksPerYear * weeks + peer_trainees * 2000.0));
  // GPs count for the 30% of their clinical time on medication management, not all of it.
  const Results no_gp_time = run_simulation(
      small_baseline({"population.size=50000", "workforce_dynamics.burnout_attrition_ratio_per_pressure=0.0",
                      "workforce_dynamics.attrition_rate_ratio_unsupervised=1.0",
                      "workforce.gp.time_share_by_service={ low_intensity = 0.0, high_intensity = 0.0, "
                      "medication_management = 0.0, community_team = 0.0 }"}),
      52);
  CHECK(line(baseline, CostLine::primary_care_mental_health) - line(no_gp_time, CostLine::primary_care_mental_health) ==
        doctest::Approx(61 * 0.5 * 0.3 * 150000.0 / kWeeksPerYear * weeks));
  // Discounting lowers the total.
  CHECK(baseline.summary_value("cost_total_discounted") < baseline.summary_value("cost_total"));
}
