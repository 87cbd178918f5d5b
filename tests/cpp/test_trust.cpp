// Trust as a state that moves (docs/model.md, "Trust"): the arithmetic of the
// person's coercion load and of the group's factor, its anchoring, and a run
// in which coercive contacts and involuntary admissions are counted.
#include <doctest/doctest.h>

#include <cmath>

#include "access/trust.hpp"
#include "crisis/crisis_stage.hpp"
#include "engine.hpp"
#include "engine_fixture.hpp"

using namespace mhsim;
using mhsim::testing::small_baseline;

namespace {

TrustSettings usual_trust() {
  TrustSettings t;
  t.personal_ratio_per_contact = 0.8;
  t.personal_half_life_years = 2.0;
  t.guardrail_loss_ratio = 0.5;
  t.grievance_restored_share = 0.3;
  t.peer_support_restored_share = 0.5;
  t.group_sensitivity = 0.5;
  t.group_time_constant_years = 1.5;
  t.reference_coercive_contacts_per_100k_per_year = {300.0, 600.0};
  t.data_sovereignty_gap_closed = 0.3;
  t.gap_closed_per_peer_fte_per_100k = 0.02;
  return t;
}

Scenario scenario_with(const TrustSettings& trust) {
  Scenario s;
  s.trust = trust;
  s.access.marginalised_group_trust_factor = 0.7;
  return s;
}

}  // namespace

TEST_CASE("each coercive contact costs the person a share of their help-seeking, recovering with the half-life") {
  const TrustSettings t = usual_trust();
  CHECK(load_per_coercive_contact(t) == 1.0);
  CHECK(personal_trust_factor(t, 0.0, false) == 1.0);
  CHECK(personal_trust_factor(t, 1.0, false) == doctest::Approx(0.8));
  CHECK(personal_trust_factor(t, 2.0, false) == doctest::Approx(0.64));
  CHECK(load_after_recovery(t, 2.0, 2.0 * kDaysPerYear) == doctest::Approx(1.0));
  CHECK(load_after_recovery(t, 2.0, 4.0 * kDaysPerYear) == doctest::Approx(0.5));
}

TEST_CASE("guardrails cut the loss per contact, a grievance path and peer support restore part of it") {
  TrustSettings t = usual_trust();
  t.guardrail_share = 1.0;
  CHECK(load_per_coercive_contact(t) == doctest::Approx(0.5));
  t.guardrail_share = 0.5;
  CHECK(load_per_coercive_contact(t) == doctest::Approx(0.75));
  t.guardrail_share = 0.0;
  t.grievance_path_share = 1.0;
  CHECK(load_per_coercive_contact(t) == doctest::Approx(0.7));
  CHECK(personal_trust_factor(t, 2.0, true) == doctest::Approx(0.8));  // half the load of 2 counts
}

TEST_CASE("a group's factor is its base at the reference rate and moves with its smoothed coercion rate") {
  const Scenario s = scenario_with(usual_trust());
  const TrustSettings& t = s.trust;
  // Anchored: at the reference, each group has its base (1, and marginalised_group_trust_factor).
  CHECK(coercion_trust_ratio(t, true, 600.0) == 1.0);
  CHECK(group_trust_factor(s, true, coercion_trust_ratio(t, true, 600.0)) == 0.7);
  CHECK(group_trust_factor(s, false, coercion_trust_ratio(t, false, 300.0)) == 1.0);
  // Half the reference rate: the factor rises by the square root of 2, never above 1.
  CHECK(group_trust_factor(s, true, coercion_trust_ratio(t, true, 300.0)) == doctest::Approx(0.7 * std::sqrt(2.0)));
  CHECK(group_trust_factor(s, true, coercion_trust_ratio(t, true, 0.0)) == 1.0);
  CHECK(group_trust_factor(s, false, coercion_trust_ratio(t, false, 1200.0)) == doctest::Approx(0.5));
  // Switched off, the factor is the base whatever the rate.
  TrustSettings off = t;
  off.group_sensitivity = 0;
  CHECK(coercion_trust_ratio(off, true, 1200.0) == 1.0);
}

TEST_CASE("the smoothed rate moves toward the observed one at the time constant") {
  const TrustSettings t = usual_trust();
  CHECK(smoothed_rate_after(t, 600.0, 600.0, 91.0) == 600.0);
  const double one_constant = t.group_time_constant_years * kDaysPerYear;
  CHECK(smoothed_rate_after(t, 600.0, 0.0, one_constant) == doctest::Approx(600.0 * std::exp(-1.0)));
}

TEST_CASE("data sovereignty and peer workers close part of a group's gap to 1") {
  TrustSettings t = usual_trust();
  t.data_sovereignty_share = 1.0;
  Scenario s = scenario_with(t);
  CHECK(group_trust_factor(s, true, 1.0) == doctest::Approx(0.7 + 0.3 * 0.3));
  CHECK(group_trust_factor(s, false, 1.0) == 1.0);  // the agreement is about the marginalised group
  s.trust.data_sovereignty_share = 0;
  s.workforce[index_of(Cadre::peer_worker)].fte_per_100k = 10.0;
  CHECK(group_trust_factor(s, true, 1.0) == doctest::Approx(0.7 + 0.3 * 0.2));
  CHECK(group_trust_factor(s, false, 0.8) == doctest::Approx(0.8));  // the levers are for the marginalised group
}

TEST_CASE("a run counts coercive contacts and involuntary admissions, and keeps the group factor fixed when off") {
  const Results r = run_simulation(small_baseline({"trust.group_sensitivity=0"}), 7);
  const double police = mhsim::testing::total_for_label(r, "crisis_site_arrivals", index_of(CrisisSite::police));
  const double admissions = mhsim::testing::total_for_label(r, "crisis_site_arrivals", index_of(CrisisSite::inpatient));
  const double arrests = r.table("arrests").to_doubles().sum();
  const double involuntary = r.table("involuntary_admissions").to_doubles().sum();
  CHECK(involuntary > 0.3 * admissions);
  CHECK(involuntary < 0.8 * admissions);
  CHECK(r.table("coercive_contacts").to_doubles().sum() == doctest::Approx(police + arrests + involuntary));
  CHECK(r.table("coercive_contacts_by_group").to_doubles().sum() == doctest::Approx(police + arrests + involuntary));
  const WeeklyMatrix& factor = r.table("group_trust_factor").to_doubles();
  CHECK((factor.col(0).array() == 1.0).all());
  CHECK((factor.col(1).array() == 0.7).all());
}
