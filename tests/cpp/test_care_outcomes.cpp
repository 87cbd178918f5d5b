// What care episodes come to, measured as studies measure them (issue 19): a course
// finished as NHS Talking Therapies counts it, response at 12 months as IMPACT
// measured it, minimally adequate treatment, and a step with no places.
#include <doctest/doctest.h>

#include <cmath>
#include <set>
#include <string>

#include "care/care.hpp"
#include "engine.hpp"
#include "engine_fixture.hpp"

using namespace mhsim;
using mhsim::testing::small_baseline;
using mhsim::testing::source_path;
using mhsim::testing::total_for_label;

namespace {

double service_total(const Results& r, const std::string& table, ServiceId s) {
  return total_for_label(r, table, index_of(s));
}

std::set<std::string> undefined_figures(const Results& r) {
  std::set<std::string> names;
  for (const auto& figure : r.summary) {
    if (std::isnan(figure.value)) names.insert(figure.name);
  }
  return names;
}

}  // namespace

TEST_CASE("a course is finished only after two sessions, however it ends") {
  // At 0.2 sessions a week an 8-week course holds 1.6 sessions: it completes, but is never finished.
  const Results thin = run_simulation(small_baseline({"services.low_intensity.sessions_per_week=0.2"}), 21);
  CHECK(service_total(thin, "completions", ServiceId::low_intensity) > 50);
  CHECK(service_total(thin, "finished_courses", ServiceId::low_intensity) == 0.0);
  CHECK(std::isnan(thin.summary_value("recovery_rate_low_intensity")));
  // At a session a week, drop-outs after the second session finish too: more finish than complete or remit.
  const Results r = run_simulation(small_baseline(), 21);
  const double ended_by_plan = service_total(r, "completions", ServiceId::low_intensity) +
                               service_total(r, "recoveries_in_treatment", ServiceId::low_intensity);
  CHECK(service_total(r, "finished_courses", ServiceId::low_intensity) > 1.05 * ended_by_plan);
  CHECK(r.summary_value("sessions_per_finished_course_low_intensity") >= kFinishedCourseSessions);
}

TEST_CASE("response at 12 months is the state at the mark, below response ever within the 12 months") {
  const Results r = run_simulation(small_baseline({"population.size=30000", "simulation.horizon_years=3"}), 22);
  const ServiceId gp = ServiceId::medication_management;
  const double assessed = service_total(r, "assessed_12_months_after_entry", gp);
  const double triaged = service_total(r, "triaged", gp);
  CHECK(assessed > 0.4 * triaged);  // most episodes reach the mark alive, unless a new one begins first
  CHECK(assessed <= 1.1 * triaged);
  const double at_12 = r.summary_value("response_12_months_after_entry_share_medication_management");
  const double ever = r.summary_value("response_within_12_months_share_medication_management");
  CHECK(at_12 > 0.1);
  CHECK(at_12 < ever);  // some who responded have relapsed, or started a new episode, by the mark
}

TEST_CASE("minimally adequate treatment: 8 therapy sessions, or 3 medication reviews after the prescribing visit") {
  CHECK_FALSE(is_minimally_adequate_course(index_of(ServiceId::low_intensity), 7.9));
  CHECK(is_minimally_adequate_course(index_of(ServiceId::high_intensity), 8.0));
  CHECK_FALSE(is_minimally_adequate_course(index_of(ServiceId::medication_management), 2.9));
  CHECK(is_minimally_adequate_course(index_of(ServiceId::medication_management), 3.0));
  CHECK_FALSE(is_minimally_adequate_course(index_of(ServiceId::digital_self_help), 100.0));
  const Results r = run_simulation(small_baseline(), 23);
  const double adequate = r.table("adequately_treated_episodes").to_doubles().sum();
  CHECK(adequate > 100);
  CHECK(adequate < r.table("first_treatment_starts").to_doubles().sum());  // once an episode, and not every course
  CHECK(service_total(r, "adequately_treated_episodes", ServiceId::digital_self_help) == 0.0);
  const double share = r.summary_value("minimally_adequate_treatment_share");
  CHECK(share > 0.05);
  CHECK(share < 0.5);
}

TEST_CASE("a step with no staff takes no one, and only its own figures are undefined") {
  const Results staffed = run_simulation(small_baseline(), 24);
  const Results empty = run_simulation(small_baseline({"workforce.wellbeing_practitioner.fte_per_100k=0.0"}), 24);
  const ServiceId low = ServiceId::low_intensity;
  CHECK(service_total(empty, "capacity_places", low) == 0.0);
  CHECK(service_total(empty, "referrals_refused_no_places", low) > 50);
  CHECK(service_total(empty, "referrals", low) == 0.0);
  CHECK(service_total(empty, "treatment_starts", low) == 0.0);
  CHECK(service_total(empty, "waiting", low) == 0.0);  // nobody held on a list nobody serves
  CHECK(service_total(staffed, "referrals_refused_no_places", low) == 0.0);
  CHECK(std::isnan(empty.summary_value("utilisation_low_intensity")));
  // Undefined: the empty step's own figures and its one cadre's; everything else as defined as with staff.
  for (const std::string& name : undefined_figures(empty)) {
    CAPTURE(name);
    CHECK((undefined_figures(staffed).count(name) == 1 || name.find("low_intensity") != std::string::npos ||
           name.find("wellbeing_practitioner") != std::string::npos));
  }
}

TEST_CASE("the low-income setting treats far fewer people adequately than the baseline, and defines its figures") {
  const std::vector<std::string> small{"population.size=20000", "simulation.horizon_years=2",
                                       "simulation.burn_in_years=1"};
  const Results low = run_simulation(load_scenario_file(source_path("scenarios/variants/low_income.toml"), small), 25);
  const Results high = run_simulation(small_baseline(), 25);
  CHECK(low.summary_value("referrals_refused_no_places_per_year_low_intensity") > 0);
  CHECK(total_for_label(low, "waiting", index_of(ServiceId::low_intensity)) == 0.0);
  CHECK(low.summary_value("minimally_adequate_treatment_share") <
        0.5 * high.summary_value("minimally_adequate_treatment_share"));
  CHECK(std::isnan(low.summary_value("utilisation_low_intensity")));  // no places: undefined, not 0
  CHECK(low.summary_value("utilisation_medication_management") > 0);
}
