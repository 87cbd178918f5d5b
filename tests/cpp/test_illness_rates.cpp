// The natural history's rate functions, one person in two states: suicide, crises, onset, remission,
// worsening, severe illness and death. Each asserts the documented direction and, where the model fixes
// it, the size, so an inverted mechanism fails here rather than in a calibration's tolerance.
#include <doctest/doctest.h>

#include "crisis/crisis_rates.hpp"
#include "illness/illness_rates.hpp"
#include "one_person.hpp"

using namespace mhsim;
using mhsim::testing::OnePerson;

TEST_CASE("suicide: each band of a common disorder has its own rate, rising from mild to severe") {
  OnePerson p;
  p.scenario.common_mental_disorder.suicide_rate_per_year = {0.0001, 0.0004, 0.002};
  const auto suicide = [&] { return suicide_rate_per_year(p.scenario, p.people, p.id); };
  CHECK(suicide() == 0.0);
  p.set_cmd(CmdState::mild);
  CHECK(suicide() == doctest::Approx(0.0001));
  p.set_cmd(CmdState::moderate);
  CHECK(suicide() == doctest::Approx(0.0004));
  p.set_cmd(CmdState::severe);
  CHECK(suicide() == doctest::Approx(0.002));
  // Severe mental illness adds its own rate, higher when acute.
  p.scenario.severe_mental_illness.suicide_rate_per_year_stable = 0.001;
  p.scenario.severe_mental_illness.suicide_rate_per_year_acute = 0.01;
  p.set_smi(SmiState::stable);
  CHECK(suicide() == doctest::Approx(0.003));
  p.set_smi(SmiState::acute);
  CHECK(suicide() == doctest::Approx(0.012));
  CHECK(p.rate(Process::suicide) == doctest::Approx(0.012));
}

TEST_CASE("suicide and crises are raised in the risk window after discharge, less for people linked to care") {
  OnePerson p;
  p.scenario.common_mental_disorder.suicide_rate_per_year = {0.0001, 0.0004, 0.002};
  p.scenario.common_mental_disorder.crisis_rate_per_year = {0.01, 0.03, 0.1};
  p.scenario.crisis.rate_ratio_untreated = 1.0;
  p.scenario.follow_up.suicide_rate_ratio_after_inpatient = 4.0;
  p.scenario.follow_up.suicide_rate_ratio_after_crisis_care = 2.0;
  p.scenario.follow_up.crisis_rate_ratio_after_discharge = 3.0;
  p.scenario.follow_up.linked_excess_risk_ratio = 0.5;
  p.set_cmd(CmdState::severe);
  const auto suicide = [&] { return suicide_rate_per_year(p.scenario, p.people, p.id); };
  const auto crisis = [&] { return crisis_rate_per_year(p.scenario, p.people, p.id); };
  p.set_crisis_stage(CrisisStage::after_inpatient);
  CHECK(suicide() == doctest::Approx(0.002 * 4.0));
  CHECK(crisis() == doctest::Approx(0.1 * 3.0));
  p.set_crisis_stage(CrisisStage::after_crisis_care);
  CHECK(suicide() == doctest::Approx(0.002 * 2.0));
  CHECK(crisis() == doctest::Approx(0.1 * 3.0));
  p.state().follow_up_linked = 1;  // half the excess left: 1 + (2 - 1) / 2 and 1 + (3 - 1) / 2
  CHECK(suicide() == doctest::Approx(0.002 * 1.5));
  CHECK(crisis() == doctest::Approx(0.1 * 2.0));

  // After a release from jail the release's ratios apply, their excess cut by treatment in jail too.
  p.state().follow_up_linked = 0;
  p.state().released_from_jail = 1;
  p.scenario.release.suicide_rate_ratio = 5.0;
  p.scenario.release.crisis_rate_ratio = 2.0;
  p.scenario.jail_care.release_excess_risk_ratio = 0.25;
  CHECK(suicide() == doctest::Approx(0.002 * 5.0));
  CHECK(crisis() == doctest::Approx(0.1 * 2.0));
  p.state().treated_in_jail = 1;
  CHECK(suicide() == doctest::Approx(0.002 * 2.0));
}

TEST_CASE("crises: people in treatment escape the raised hazard of unmet need, and waiting is no treatment") {
  OnePerson p;
  p.scenario.common_mental_disorder.crisis_rate_per_year = {0.01, 0.03, 0.1};
  p.scenario.crisis.rate_ratio_untreated = 1.5;
  p.set_cmd(CmdState::moderate);
  const auto crisis = [&] { return crisis_rate_per_year(p.scenario, p.people, p.id); };
  CHECK(crisis() == doctest::Approx(0.03 * 1.5));
  p.place_in(CarePlace::waiting, ServiceId::high_intensity);
  CHECK(crisis() == doctest::Approx(0.03 * 1.5));
  p.place_in(CarePlace::in_treatment, ServiceId::high_intensity);
  CHECK(crisis() == doctest::Approx(0.03));
  CHECK(p.rate(Process::crisis) == doctest::Approx(0.03));
}

TEST_CASE("crises rise with severity and homelessness, fall with community teams, and stop during a crisis") {
  OnePerson p;
  p.scenario.common_mental_disorder.crisis_rate_per_year = {0.01, 0.03, 0.1};
  p.scenario.crisis.rate_ratio_untreated = 1.0;
  p.scenario.crisis.rate_ratio_by_housing = {1.0, 1.5, 3.0};
  p.scenario.severe_mental_illness.crisis_rate_per_year_stable = 0.05;
  p.scenario.severe_mental_illness.crisis_rate_per_year_acute = 1.5;
  const auto crisis = [&] { return crisis_rate_per_year(p.scenario, p.people, p.id); };
  CHECK(crisis() == 0.0);
  p.set_cmd(CmdState::mild);
  CHECK(crisis() == doctest::Approx(0.01));
  p.set_cmd(CmdState::severe);
  CHECK(crisis() == doctest::Approx(0.1));
  p.set_cmd(CmdState::none);
  p.set_smi(SmiState::stable);
  CHECK(crisis() == doctest::Approx(0.05));
  p.set_smi(SmiState::acute);
  CHECK(crisis() == doctest::Approx(1.5));
  p.attributes().housing = index_of(Housing::homeless);
  CHECK(crisis() == doctest::Approx(4.5));
  p.scenario.demand.crisis_rate_ratio = 2.0;
  CHECK(crisis() == doctest::Approx(9.0));
  p.scenario.demand.crisis_rate_ratio = 1.0;
  p.attributes().housing = index_of(Housing::stable);

  p.scenario.assertive_community_treatment.crisis_rate_ratio = 0.6;
  p.scenario.community_mental_health_team.crisis_rate_ratio = 0.8;
  p.scenario.early_intervention_psychosis.crisis_rate_ratio = 0.7;
  p.join(Programme::community_mental_health_team);
  CHECK(crisis() == doctest::Approx(1.5 * 0.8));
  p.join(Programme::assertive_community_treatment);  // ACT's ratio replaces the team's
  CHECK(crisis() == doctest::Approx(1.5 * 0.6));
  p.state().programmes = programme_bit(Programme::early_intervention_psychosis);
  CHECK(crisis() == doctest::Approx(1.5 * 0.7));
  p.set_crisis_stage(CrisisStage::inpatient);  // one crisis at a time
  CHECK(crisis() == 0.0);
}

TEST_CASE("onset: each risk factor raises a well person's onset by its ratio, a past episode too") {
  OnePerson p;
  auto& cmd = p.scenario.common_mental_disorder;
  const auto onset = [&] { return cmd_onset_rate_per_year(cmd, p.people, p.id); };
  const double reference = onset();
  CHECK(reference == doctest::Approx(cmd.onset_rate_per_year * cmd.onset_rate_ratio_by_age_band[2]));
  const auto ratio_after = [&](auto&& change, auto&& undo) {
    change();
    const double ratio = onset() / reference;
    undo();
    return ratio;
  };
  cmd.onset_rate_ratio_female = 1.6;
  cmd.onset_rate_ratio_by_income = {1.5, 1.2, 1.0};
  cmd.onset_rate_ratio_unemployed = 1.7;
  cmd.onset_rate_ratio_by_housing = {1.0, 1.4, 2.5};
  cmd.onset_rate_ratio_ncd = 1.3;
  cmd.onset_rate_ratio_hiv = 2.0;
  cmd.onset_rate_ratio_perinatal = 1.25;
  cmd.onset_rate_ratio_previous_episode = 1.9;
  auto& a = p.attributes();
  CHECK(ratio_after([&] { a.sex = index_of(Sex::female); }, [&] { a.sex = index_of(Sex::male); }) ==
        doctest::Approx(1.6));
  CHECK(ratio_after([&] { a.income = index_of(Income::low); }, [&] { a.income = index_of(Income::high); }) ==
        doctest::Approx(1.5));
  CHECK(ratio_after([&] { a.employment = index_of(Employment::unemployed); },
                    [&] { a.employment = index_of(Employment::employed); }) == doctest::Approx(1.7));
  CHECK(ratio_after([&] { a.housing = index_of(Housing::homeless); }, [&] { a.housing = index_of(Housing::stable); }) ==
        doctest::Approx(2.5));
  CHECK(ratio_after([&] { a.ncd = 1; }, [&] { a.ncd = 0; }) == doctest::Approx(1.3));
  CHECK(ratio_after([&] { a.hiv = 1; }, [&] { a.hiv = 0; }) == doctest::Approx(2.0));
  CHECK(ratio_after([&] { a.perinatal_phase = 1; }, [&] { a.perinatal_phase = 0; }) == doctest::Approx(1.25));
  CHECK(ratio_after([&] { p.state().cmd_episodes = 1; }, [&] { p.state().cmd_episodes = 0; }) == doctest::Approx(1.9));

  // Peer support prevents a recurrence, not a first onset; a demand shock scales both.
  p.scenario.peer_support.relapse_rate_ratio = 0.75;
  p.join(Programme::peer_support);
  CHECK(p.rate(Process::cmd_transition) == doctest::Approx(reference));
  p.state().cmd_episodes = 1;
  CHECK(p.rate(Process::cmd_transition) == doctest::Approx(reference * 1.9 * 0.75));
  p.scenario.demand.onset_rate_ratio = 2.0;
  CHECK(p.rate(Process::cmd_transition) == doctest::Approx(reference * 1.9 * 0.75 * 2.0));
}

TEST_CASE("remission: fast remitters remit faster, treatment adds its step's rate, a perinatal team its own") {
  OnePerson p;
  auto& cmd = p.scenario.common_mental_disorder;
  cmd.fast_remission_rate_per_year = 4.0;
  cmd.slow_remission_rate_per_year = 0.2;
  p.set_cmd(CmdState::moderate);
  CHECK(p.rate(Process::cmd_transition) == doctest::Approx(0.2));
  p.state().cmd_fast_remitter = 1;
  CHECK(p.rate(Process::cmd_transition) == doctest::Approx(4.0));
  p.state().cmd_fast_remitter = 0;
  auto& therapy = p.scenario.services[index_of(ServiceId::high_intensity)];
  therapy.treatment_remission_rate_per_year = 1.0;
  p.place_in(CarePlace::waiting, ServiceId::high_intensity);
  CHECK(p.rate(Process::cmd_transition) == doctest::Approx(0.2));
  p.place_in(CarePlace::in_treatment, ServiceId::high_intensity);
  const StaffDeployment staff = deploy_staff(p.scenario, 100'000);
  const double effect = staff.treatment_effect_ratio[index_of(ServiceId::high_intensity)];
  CHECK(effect > 0.5);
  CHECK(p.rate(Process::cmd_transition, staff) == doctest::Approx(0.2 + 1.0 * effect));
  p.scenario.perinatal_care.team_remission_rate_per_year = 0.8;
  p.attributes().in_perinatal_team = 1;
  CHECK(p.rate(Process::cmd_transition, staff) == doctest::Approx(1.0 + 1.0 * effect));
}

TEST_CASE("severity: untreated episodes worsen a band, treated ones improve one, and the end bands stay") {
  OnePerson p;
  p.scenario.common_mental_disorder.worsening_rate_per_year = 0.3;
  auto& therapy = p.scenario.services[index_of(ServiceId::high_intensity)];
  therapy.treatment_improvement_rate_per_year = 0.5;
  const StaffDeployment staff = deploy_staff(p.scenario, 100'000);
  const double effect = staff.treatment_effect_ratio[index_of(ServiceId::high_intensity)];
  const auto change = [&] { return p.rate(Process::cmd_severity_change, staff); };
  CHECK(change() == 0.0);
  p.set_cmd(CmdState::mild);
  CHECK(change() == doctest::Approx(0.3));
  p.set_cmd(CmdState::severe);
  CHECK(change() == 0.0);  // nowhere to worsen
  p.place_in(CarePlace::in_treatment, ServiceId::high_intensity);
  CHECK(change() == doctest::Approx(0.5 * effect));
  p.set_cmd(CmdState::mild);
  CHECK(change() == 0.0);  // a treated mild episode ends by remission
}

TEST_CASE("severe illness: onset by age, relapse raised out of work and lowered by care, recovery when acute") {
  OnePerson p;
  auto& smi = p.scenario.severe_mental_illness;
  smi.onset_rate_per_year_by_age_band = {0.00002, 0.00035, 0.00015, 0.00005, 0.00002};
  smi.relapse_rate_per_year = 0.5;
  smi.acute_recovery_rate_per_year = 6.0;
  p.scenario.relapse_prevention.reach_share = 0.0;
  const auto smi_rate = [&] { return smi_transition_rate_per_year(p.scenario, p.people, p.id); };
  CHECK(smi_rate() == doctest::Approx(0.00015));
  p.state().age_band = 1;
  CHECK(smi_rate() == doctest::Approx(0.00035));
  p.set_smi(SmiState::stable);
  CHECK(smi_rate() == doctest::Approx(0.5));
  p.scenario.employment.smi_relapse_rate_ratio_unemployed = 1.3;
  p.attributes().employment = index_of(Employment::unemployed);
  CHECK(smi_rate() == doctest::Approx(0.5 * 1.3));
  p.attributes().employment = index_of(Employment::employed);
  p.scenario.assertive_community_treatment.smi_relapse_rate_ratio = 0.8;
  p.scenario.community_mental_health_team.relapse_rate_ratio = 0.9;
  p.scenario.early_intervention_psychosis.relapse_rate_ratio = 0.75;
  p.join(Programme::community_mental_health_team);
  CHECK(smi_rate() == doctest::Approx(0.5 * 0.9));
  p.state().programmes = programme_bit(Programme::assertive_community_treatment);
  CHECK(smi_rate() == doctest::Approx(0.5 * 0.8));
  p.state().programmes = programme_bit(Programme::early_intervention_psychosis);
  CHECK(smi_rate() == doctest::Approx(0.5 * 0.75));
  p.state().programmes = 0;
  p.scenario.relapse_prevention.reach_share = 1.0;
  p.scenario.relapse_prevention.relapse_rate_ratio = 0.7;
  CHECK(smi_rate() == doctest::Approx(0.5 * 0.7));
  p.scenario.demand.relapse_rate_ratio = 2.0;
  CHECK(smi_rate() == doctest::Approx(0.5 * 0.7 * 2.0));
  p.set_smi(SmiState::acute);
  CHECK(smi_rate() == doctest::Approx(6.0));
}

TEST_CASE("death: mental illness raises the hazard, severe illness more, and a higher hazard or age brings it sooner") {
  OnePerson p;
  p.scenario.common_mental_disorder.excess_mortality_rate_ratio = 1.8;
  p.scenario.severe_mental_illness.excess_mortality_rate_ratio = 2.5;
  const auto ratio = [&] { return mental_illness_mortality_rate_ratio(p.scenario, p.people, p.id); };
  CHECK(ratio() == 1.0);
  p.set_cmd(CmdState::mild);
  CHECK(ratio() == doctest::Approx(1.8));
  p.set_smi(SmiState::stable);
  CHECK(ratio() == doctest::Approx(2.5));  // the larger of the two, not their product

  // Without ageing the time is the draw over the hazard: 1 / (0.01 x 2) years.
  MortalitySettings flat{.gompertz_rate_at_age_15_per_year = 0.01, .gompertz_slope_per_year = 0.0};
  CHECK(days_until_death(flat, 40.0, 2.0, 1.0) == doctest::Approx(50.0 * kDaysPerYear));
  MortalitySettings ageing{.gompertz_rate_at_age_15_per_year = 0.0005, .gompertz_slope_per_year = 0.09};
  CHECK(days_until_death(ageing, 40.0, 2.0, 1.0) < days_until_death(ageing, 40.0, 1.0, 1.0));
  CHECK(days_until_death(ageing, 70.0, 1.0, 1.0) < days_until_death(ageing, 40.0, 1.0, 1.0));
  CHECK(days_until_death(ageing, 40.0, 1.0, 0.5) < days_until_death(ageing, 40.0, 1.0, 1.0));
}
