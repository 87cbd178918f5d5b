// The rate functions of care and of life outside it, one person in two states: the effect of treatment
// (supervision, intensification, medicines), drop-out while waiting and in treatment, help-seeking,
// screening, moves of housing and work, programme spells and conception. Sizes are the hand-set
// parameters' own, so an inverted or dropped mechanism fails here at once.
#include <doctest/doctest.h>

#include "access/access_factors.hpp"
#include "access/screening.hpp"
#include "care/treatment_rates.hpp"
#include "community/social_moves.hpp"
#include "one_person.hpp"
#include "perinatal/perinatal_phase.hpp"

using namespace mhsim;
using mhsim::testing::OnePerson;

namespace {

constexpr std::size_t kTherapy = index_of(ServiceId::high_intensity);

// Therapy given by lay counsellors alone (effect 0.8 supervised, 0.4 without), whom psychologists supervise
// with `supervision_time_share` of their clinical time: 1/15 of it gives the 360 hours a week they need.
StaffDeployment lay_counsellors(Scenario scenario, double supervision_time_share) {
  scenario.workforce = {};
  scenario.workforce[index_of(Cadre::psychologist)] = {.fte_per_100k = 18.0,
                                                       .non_clinical_time_share = 0.2,
                                                       .supervision_time_share = supervision_time_share,
                                                       .treatment_effect_ratio = 1.0};
  scenario.workforce[index_of(Cadre::lay_counsellor)] = {.fte_per_100k = 18.0,
                                                         .non_clinical_time_share = 0.2,
                                                         .time_share_by_service = {0, 1.0, 0, 0},
                                                         .supervision_hours_needed_per_fte_week = 2.0,
                                                         .treatment_effect_ratio = 0.8,
                                                         .unsupervised_effect_ratio = 0.4};
  return deploy_staff(scenario, 1'000'000);
}

}  // namespace

TEST_CASE("supervised lay counsellors add twice the remission of unsupervised ones, halfway at half the hours") {
  OnePerson p;
  p.scenario.common_mental_disorder.slow_remission_rate_per_year = 0.2;
  p.scenario.services[kTherapy].treatment_remission_rate_per_year = 1.0;
  p.scenario.services[kTherapy].treatment_improvement_rate_per_year = 0.5;
  p.set_cmd(CmdState::severe);
  p.place_in(CarePlace::in_treatment, ServiceId::high_intensity);
  const StaffDeployment supervised = lay_counsellors(p.scenario, 1.0 / 15.0);
  const StaffDeployment half = lay_counsellors(p.scenario, 0.5 / 15.0);
  const StaffDeployment unsupervised = lay_counsellors(p.scenario, 0.0);
  CHECK(p.rate(Process::cmd_transition, supervised) == doctest::Approx(0.2 + 0.8));
  CHECK(p.rate(Process::cmd_transition, half) == doctest::Approx(0.2 + 0.6));
  CHECK(p.rate(Process::cmd_transition, unsupervised) == doctest::Approx(0.2 + 0.4));
  CHECK(p.rate(Process::cmd_severity_change, supervised) == doctest::Approx(0.5 * 0.8));
  CHECK(p.rate(Process::cmd_severity_change, unsupervised) == doctest::Approx(0.5 * 0.4));
}

TEST_CASE("treatment effect: intensified treatment and medicines' adherence multiply it, on their own steps") {
  OnePerson p;
  p.scenario.collaborative_care.intensified_effect_ratio = 4.0;
  p.scenario.medicines.adherence_effect_ratio = 1.5;
  const StaffDeployment staff = deploy_staff(p.scenario, 100'000);
  p.place_in(CarePlace::in_treatment, ServiceId::medication_management);
  const double usual = treatment_effect_ratio(p.scenario, staff, p.attributes(), p.state());
  const double staff_effect = staff.treatment_effect_ratio[index_of(ServiceId::medication_management)];
  CHECK(usual == doctest::Approx(staff_effect * 1.5));
  p.state().intensified = 1;
  CHECK(treatment_effect_ratio(p.scenario, staff, p.attributes(), p.state()) == doctest::Approx(usual * 4.0));
  p.state().intensified = 0;
  p.place_in(CarePlace::in_treatment, ServiceId::high_intensity);  // adherence is the medication step's
  CHECK(treatment_effect_ratio(p.scenario, staff, p.attributes(), p.state()) ==
        doctest::Approx(staff.treatment_effect_ratio[kTherapy]));
}

TEST_CASE("drop-out: from a list only while waiting, from treatment only while treated, lowered by follow-up") {
  OnePerson p;
  auto& therapy = p.scenario.services[kTherapy];
  therapy.waiting_dropout_rate_per_year = 1.5;
  therapy.treatment_dropout_rate_per_year = 2.0;
  p.set_cmd(CmdState::moderate);
  CHECK(p.rate(Process::waiting_dropout) == 0.0);
  CHECK(p.rate(Process::treatment_dropout) == 0.0);
  p.place_in(CarePlace::waiting, ServiceId::high_intensity);
  CHECK(p.rate(Process::waiting_dropout) == doctest::Approx(1.5));
  CHECK(p.rate(Process::treatment_dropout) == 0.0);
  p.place_in(CarePlace::in_treatment, ServiceId::high_intensity);
  CHECK(p.rate(Process::waiting_dropout) == 0.0);
  const double usual = p.rate(Process::treatment_dropout);
  CHECK(usual >= 2.0);  // the step's rate, raised only by session burdens (travel, office hours)

  p.scenario.collaborative_care.treatment_dropout_rate_ratio = 0.5;
  p.scenario.housing_first.treatment_dropout_rate_ratio = 0.7;
  p.scenario.peer_support.treatment_dropout_rate_ratio = 0.8;
  p.state().on_registry = 1;
  CHECK(p.rate(Process::treatment_dropout) == doctest::Approx(usual * 0.5));
  p.attributes().housing_first_tenant = 1;
  CHECK(p.rate(Process::treatment_dropout) == doctest::Approx(usual * 0.5 * 0.7));
  p.join(Programme::peer_support);
  CHECK(p.rate(Process::treatment_dropout) == doctest::Approx(usual * 0.5 * 0.7 * 0.8));

  // Stock-outs interrupt medication courses only.
  p.scenario.medicines.stock_out_interruption_rate_per_year = 0.6;
  CHECK(treatment_dropout_rates(p.scenario, p.attributes(), p.state()).stock_out_per_year == 0.0);
  p.place_in(CarePlace::in_treatment, ServiceId::medication_management);
  CHECK(treatment_dropout_rates(p.scenario, p.attributes(), p.state()).stock_out_per_year == doctest::Approx(0.6));
}

TEST_CASE("help-seeking: only when ill and outside care, rising with severity, lowered by each access barrier") {
  OnePerson p;
  p.scenario.access.help_seeking_rate_per_year = {6.0, 9.0, 12.0};
  const auto seeking = [&] { return help_seeking_rate_per_year(p.scenario, p.people, p.id); };
  CHECK(seeking() == 0.0);
  p.set_cmd(CmdState::mild);
  const double mild = seeking();
  CHECK(mild > 0.0);
  p.set_cmd(CmdState::severe);
  CHECK(seeking() == doctest::Approx(2.0 * mild));
  p.set_cmd(CmdState::moderate);
  CHECK(seeking() == doctest::Approx(1.5 * mild));
  const double moderate = seeking();
  CHECK(p.rate(Process::help_seeking) == doctest::Approx(moderate));

  p.scenario.access.interpreter_needed_factor = 0.5;
  p.scenario.interpreters.first_contact_share = 0.0;
  p.attributes().interpreter_needed = 1;
  CHECK(seeking() == doctest::Approx(0.5 * moderate));
  p.scenario.interpreters.first_contact_share = 1.0;  // an interpreter at every first contact lifts the barrier
  CHECK(seeking() == doctest::Approx(moderate));
  p.attributes().interpreter_needed = 0;
  p.scenario.housing_first.help_seeking_rate_ratio = 1.3;
  p.attributes().housing_first_tenant = 1;
  CHECK(seeking() == doctest::Approx(1.3 * moderate));
  p.attributes().housing_first_tenant = 0;

  // An awareness campaign closes part of the awareness gap: more help-seeking, never less.
  p.scenario.access.awareness_factor = 0.5;
  const double unaware = seeking();
  p.scenario.campaigns = {
      .awareness_spend_per_100k_per_year = 1e9, .max_gap_closed = 0.5, .spend_scale_per_100k_per_year = 1.0};
  CHECK(seeking() == doctest::Approx(unaware * 0.75 / 0.5));

  p.place_in(CarePlace::waiting, ServiceId::high_intensity);
  CHECK(p.rate(Process::help_seeking) == 0.0);
}

TEST_CASE("screening: positive at the sensitivity when ill, at one minus the specificity when well") {
  OnePerson p;
  p.scenario.primary_care.routine_visit_rate_per_year = 3.0;
  p.scenario.primary_care.routine_visit_rate_ratio_ncd = 2.0;
  p.scenario.screening.routine_visit_coverage = 0.5;
  p.scenario.screening.sensitivity = 0.88;
  p.scenario.screening.specificity = 0.85;
  const auto positives = [&] { return positive_screen_rate_per_year(p.scenario, p.people, p.id); };
  CHECK(positives() == doctest::Approx(1.5 * 0.15));
  CHECK(screens_per_positive_screen(p.scenario, p.people, p.id) == doctest::Approx(1.0 / 0.15));
  p.set_cmd(CmdState::moderate);
  CHECK(positives() == doctest::Approx(1.5 * 0.88));
  p.attributes().ncd = 1;  // twice the routine visits
  CHECK(positives() == doctest::Approx(3.0 * 0.88));
  p.place_in(CarePlace::in_treatment, ServiceId::high_intensity);
  CHECK(p.rate(Process::positive_screen) == 0.0);
}

TEST_CASE("housing and work: severe illness speeds the moves down and slows finding work, and IPS speeds it") {
  OnePerson p;
  p.scenario.housing = {.loss_rate_per_year = 0.05,
                        .homelessness_rate_per_year = 0.04,
                        .rehousing_rate_per_year = 0.5,
                        .stabilisation_rate_per_year = 0.3,
                        .rate_ratio_ill = 2.0};
  p.scenario.employment = {.job_loss_rate_per_year = 0.05,
                           .job_finding_rate_per_year = 1.0,
                           .job_loss_rate_ratio_ill = 2.0,
                           .job_finding_rate_ratio_ill = 0.25};
  p.scenario.employment_support.job_finding_rate_ratio = 1.9;
  const auto moves = [&] { return social_move_rates(p.scenario, p.people, p.id); };
  CHECK(moves().housing_down_per_year == doctest::Approx(0.05));
  CHECK(moves().housing_up_per_year == 0.0);
  CHECK(moves().employment_per_year == doctest::Approx(0.05));
  p.set_cmd(CmdState::moderate);  // a moderate episode is not severe illness
  CHECK(moves().housing_down_per_year == doctest::Approx(0.05));
  p.set_cmd(CmdState::severe);
  CHECK(moves().housing_down_per_year == doctest::Approx(0.10));
  CHECK(moves().employment_per_year == doctest::Approx(0.10));
  p.attributes().housing = index_of(Housing::unstable);
  CHECK(moves().housing_down_per_year == doctest::Approx(0.08));
  CHECK(moves().housing_up_per_year == doctest::Approx(0.3));
  p.attributes().housing = index_of(Housing::homeless);
  CHECK(moves().housing_down_per_year == 0.0);
  CHECK(moves().housing_up_per_year == doctest::Approx(0.5));
  p.attributes().employment = index_of(Employment::unemployed);
  CHECK(moves().employment_per_year == doctest::Approx(0.25));
  p.join(Programme::employment_support);
  CHECK(moves().employment_per_year == doctest::Approx(0.25 * 1.9));
  p.attributes().employment = index_of(Employment::not_in_labour_force);
  CHECK(moves().employment_per_year == 0.0);
}

TEST_CASE("programme spells end at one over their mean length, and conception comes only for women of fertile age") {
  OnePerson p;
  p.scenario.peer_support.mean_weeks = 26.0;
  p.scenario.assertive_community_treatment.mean_weeks = 156.0;
  CHECK(p.rate(Process::programme_exit) == 0.0);
  p.join(Programme::peer_support);
  CHECK(p.rate(Process::programme_exit) == doctest::Approx(kDaysPerYear / (7.0 * 26.0)));
  p.join(Programme::assertive_community_treatment);
  CHECK(p.rate(Process::programme_exit) == doctest::Approx(kDaysPerYear / (7.0 * 26.0) + kDaysPerYear / (7.0 * 156.0)));

  p.scenario.perinatal.births_per_1000_women_by_age_band = {0.0, 40.0, 60.0, 5.0, 0.0};
  p.scenario.perinatal.pregnancy_weeks = 40.0;
  p.scenario.perinatal.postnatal_weeks = 52.0;
  CHECK(conception_rate_per_year(p.scenario.perinatal, p.people, p.id) == 0.0);  // a man
  p.attributes().sex = index_of(Sex::female);
  // 0.06 births a year, each pregnancy and postnatal year 92 weeks long: 0.06 / (1 - 0.06 x 92 / 52.18).
  CHECK(conception_rate_per_year(p.scenario.perinatal, p.people, p.id) ==
        doctest::Approx(0.06 / (1.0 - 0.06 * 92.0 / kWeeksPerYear)));
  CHECK(p.rate(Process::perinatal_transition) > 0.06);
  p.attributes().perinatal_phase = 1;  // while pregnant its end is timed, not a hazard
  CHECK(p.rate(Process::perinatal_transition) == 0.0);
}
