#pragma once
// One person of the baseline, for the rate-function tests: the same person is put in two states and each
// rate compared, so an inverted or dropped mechanism fails at once. The reference person is a man of 35,
// high income, publicly covered, urban, housed, employed, well, and outside care.
#include <cstddef>

#include "community/programme.hpp"
#include "crisis/crisis_stage.hpp"
#include "engine_fixture.hpp"
#include "population/population.hpp"
#include "simulation/process_rates.hpp"
#include "workforce/staff_deployment.hpp"

namespace mhsim::testing {

struct OnePerson {
  Scenario scenario = small_baseline().scenario;
  Population people;
  PersonId id = 0;

  OnePerson() {
    id = people.add_person(scenario.population, KeyedRandom(1), 0.0, 35.0);
    PersonAttributes& a = attributes();
    a.sex = index_of(Sex::male);
    a.region = index_of(Region::urban);
    a.income = index_of(Income::high);
    a.coverage = index_of(Coverage::public_plan);
    a.housing = index_of(Housing::stable);
    a.employment = index_of(Employment::employed);
    a.interpreter_needed = a.marginalised_group = a.ncd = a.hiv = a.offline = 0;
    a.perinatal_phase = 0;
  }

  PersonAttributes& attributes() { return people.attributes(id); }
  PersonState& state() { return people.state(id); }

  void set_cmd(CmdState cmd) { state().cmd = static_cast<std::uint8_t>(cmd); }
  void set_smi(SmiState smi) { state().smi = static_cast<std::uint8_t>(smi); }
  void set_crisis_stage(CrisisStage stage) { state().crisis_stage = static_cast<std::uint8_t>(stage); }
  void join(Programme p) { state().programmes |= programme_bit(p); }
  void place_in(CarePlace place, ServiceId service) {
    state().care_place = static_cast<std::uint8_t>(place);
    state().care_service = static_cast<std::uint8_t>(index_of(service));
  }
  void leave_care() { state().care_place = static_cast<std::uint8_t>(CarePlace::none); }

  // Every memoryless rate of the person (simulation/process_rates.hpp), with staff deployed as the scenario says.
  double rate(Process process) const { return rate(process, deploy_staff(scenario, 100'000)); }
  double rate(Process process, const StaffDeployment& staff) const {
    return process_rates_per_year(scenario, staff, people, id)[static_cast<std::size_t>(process)];
  }
};

}  // namespace mhsim::testing
