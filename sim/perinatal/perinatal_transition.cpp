#include "perinatal/perinatal_transition.hpp"

#include "perinatal/perinatal_phase.hpp"

namespace mhsim {
namespace {

// The end of a phase of fixed length is the phase's own timed event.
void end_phase_after(Step& step, PersonId id, double now, double weeks) {
  step.people.next_day[id][static_cast<std::size_t>(Process::perinatal_transition)] =
      static_cast<float>(now + weeks * kDaysPerWeek);
}

}  // namespace

void on_perinatal_transition(Step& step, PersonId id, double now) {
  PersonAttributes& a = step.people.attributes(id);
  const PerinatalSettings& perinatal = step.scenario.perinatal;
  switch (perinatal_phase_of(a)) {
    case PerinatalPhase::none:
      a.perinatal_phase = static_cast<std::uint8_t>(PerinatalPhase::pregnant);
      end_phase_after(step, id, now, perinatal.pregnancy_weeks);
      step.log(id, JourneyEvent::pregnancy_began, now);
      break;
    case PerinatalPhase::pregnant:
      a.perinatal_phase = static_cast<std::uint8_t>(PerinatalPhase::postnatal);
      end_phase_after(step, id, now, perinatal.postnatal_weeks);
      step.recorder.count(Metric::births, 0, step.cell_of(id));
      step.log(id, JourneyEvent::birth, now);
      break;
    case PerinatalPhase::postnatal:
      a.perinatal_phase = static_cast<std::uint8_t>(PerinatalPhase::none);
      step.log(id, JourneyEvent::postnatal_year_ended, now);
      break;
  }
}

void add_perinatal_stocks(StockSet& set, const PersonAttributes& a, const PersonState& state) {
  if (!is_perinatal(a)) return;
  set.add(Metric::perinatal_women, 0);
  if (a.in_perinatal_team) set.add(Metric::in_perinatal_team, 0);
  if (a.awaiting_perinatal_team) set.add(Metric::awaiting_perinatal_team, 0);
  if (static_cast<CmdState>(state.cmd) == CmdState::none) return;
  set.add(Metric::perinatal_cmd_prevalent, 0);
  if (static_cast<CarePlace>(state.care_place) == CarePlace::in_treatment || a.in_perinatal_team) {
    set.add(Metric::perinatal_in_treatment, 0);
  }
}

}  // namespace mhsim
