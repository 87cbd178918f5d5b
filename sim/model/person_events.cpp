// What happens when one of a person's processes fires: natural history,
// crises and contacts with primary care.
#include "model/draw_purpose.hpp"
#include "model/hazards.hpp"
#include "model/process_rates.hpp"
#include "model/simulation.hpp"

namespace mhsim {
void Simulation::handle_person_event(PersonId id, double now) {
  std::size_t fired = 0;
  for (std::size_t p = 1; p < kProcessCount; ++p) {
    if (people_.next_day[id][p] < people_.next_day[id][fired]) fired = p;
  }
  const StockSet before = stocks_of(id);
  ++people_.occasion[id];  // this event's draws get a fresh key
  switch (static_cast<Process>(fired)) {
    case Process::death: on_death(id, false, now); break;
    case Process::suicide: on_death(id, true, now); break;
    case Process::ageing:
      ++people_.state[id].age_band;
      log(id, JourneyEvent::aged_into_next_band, now);
      break;
    case Process::cmd_transition: on_cmd_transition(id, now); break;
    case Process::cmd_worsening:
      ++people_.state[id].cmd;
      recorder_.count(Metric::cmd_worsenings, 0, before.cell);
      log(id, JourneyEvent::cmd_worsening, now);
      break;
    case Process::smi_transition: on_smi_transition(id, now); break;
    case Process::crisis: on_crisis(id, now); break;
    case Process::help_seeking: on_help_seeking(id, now); break;
    case Process::routine_screening: on_routine_screen(id, now); break;
    case Process::waiting_dropout:
      recorder_.count(Metric::dropouts_waiting, people_.state[id].care_service, before.cell);
      log(id, JourneyEvent::waiting_dropout, now);
      leave_care(id);
      break;
    case Process::treatment_end:
      recorder_.count(Metric::completions, people_.state[id].care_service, before.cell);
      log(id, JourneyEvent::treatment_completion, now);
      leave_care(id);
      break;
    case Process::treatment_dropout: {
      const std::size_t service = people_.state[id].care_service;
      const double stock_out = stock_out_interruption_rate_per_year(scenario_, service);
      const double all = scenario_.services[service].treatment_dropout_rate_per_year + stock_out;
      if (stock_out > 0 && draw_bernoulli(stream(id, purpose_of(DrawPurpose::dropout_reason)), stock_out / all)) {
        recorder_.count(Metric::stock_out_interruptions, 0, before.cell);
      } else {
        recorder_.count(Metric::dropouts_treatment, service, before.cell);
      }
      log(id, JourneyEvent::treatment_dropout, now);
      leave_care(id);
      break;
    }
  }
  move_stocks(before, id, now);
  if (people_.state[id].alive) reschedule(id, now);
  // A place freed by this person goes to the next person waiting, after the
  // person's own counts have moved.
  for (std::size_t s = 0; s < kServiceCount; ++s) admit_from_waiting_list(static_cast<ServiceId>(s), now);
}

void Simulation::on_death(PersonId id, bool suicide, double now) {
  const std::size_t cell = stocks_of(id).cell;
  recorder_.count(Metric::deaths, 0, cell);
  if (suicide) {
    recorder_.count(Metric::suicides, 0, cell);
  } else {
    // The share of the hazard added by mental illness is attributed to it.
    const double rate_ratio = mental_illness_mortality_rate_ratio(scenario_, people_, id);
    if (draw_bernoulli(stream(id, purpose_of(DrawPurpose::excess_death_cause)), 1.0 - 1.0 / rate_ratio)) {
      recorder_.count(Metric::excess_deaths, 0, cell);
    }
  }
  log(id, suicide ? JourneyEvent::suicide : JourneyEvent::death, now);
  leave_care(id);
  people_.state[id].alive = 0;
}

void Simulation::on_cmd_transition(PersonId id, double now) {
  const std::size_t cell = stocks_of(id).cell;
  const auto& cmd = scenario_.common_mental_disorder;
  if (static_cast<CmdState>(people_.state[id].cmd) == CmdState::none) {
    KeyedStream s = stream(id, purpose_of(DrawPurpose::onset_severity));
    const std::size_t band = draw_category(cmd.onset_severity_share, s);
    people_.state[id].cmd = static_cast<std::uint8_t>(cmd_state_of(static_cast<Severity>(band)));
    people_.state[id].cmd_fast_remitter =
        draw_bernoulli(stream(id, purpose_of(DrawPurpose::remitter_type)), cmd.fast_remitter_share) ? 1 : 0;
    if (people_.state[id].cmd_episodes < 255) ++people_.state[id].cmd_episodes;
    recorder_.count(Metric::cmd_onsets, band, cell);
    log(id, static_cast<JourneyEvent>(static_cast<int>(JourneyEvent::cmd_onset_mild) + static_cast<int>(band)), now);
    return;
  }
  people_.state[id].cmd = static_cast<std::uint8_t>(CmdState::none);
  recorder_.count(Metric::cmd_remissions, 0, cell);
  log(id, JourneyEvent::cmd_remission, now);
  const auto place = static_cast<CarePlace>(people_.state[id].care_place);
  if (place == CarePlace::waiting) recorder_.count(Metric::recoveries_waiting, people_.state[id].care_service, cell);
  if (place == CarePlace::in_treatment) recorder_.count(Metric::recoveries_in_treatment, people_.state[id].care_service, cell);
  leave_care(id);  // discharged on recovery
}

void Simulation::on_smi_transition(PersonId id, double now) {
  const std::size_t cell = stocks_of(id).cell;
  switch (static_cast<SmiState>(people_.state[id].smi)) {
    case SmiState::none:
      people_.state[id].smi = static_cast<std::uint8_t>(SmiState::stable);
      recorder_.count(Metric::smi_onsets, 0, cell);
      log(id, JourneyEvent::smi_onset, now);
      break;
    case SmiState::stable:
      people_.state[id].smi = static_cast<std::uint8_t>(SmiState::acute);
      recorder_.count(Metric::smi_relapses, 0, cell);
      log(id, JourneyEvent::smi_relapse, now);
      break;
    case SmiState::acute:
      people_.state[id].smi = static_cast<std::uint8_t>(SmiState::stable);
      log(id, JourneyEvent::smi_recovery, now);
      break;
  }
}

void Simulation::on_crisis(PersonId id, double now) {
  recorder_.count(Metric::crises, 0, stocks_of(id).cell);
  log(id, JourneyEvent::crisis, now);
  const bool ill_outside_care = static_cast<CmdState>(people_.state[id].cmd) != CmdState::none &&
                                static_cast<CarePlace>(people_.state[id].care_place) == CarePlace::none;
  if (ill_outside_care &&
      draw_bernoulli(stream(id, purpose_of(DrawPurpose::crisis_entry)), scenario_.primary_care.crisis_entry_probability)) {
    enter_care(id, Route::crisis, now);
  }
}

void Simulation::on_help_seeking(PersonId id, double now) {
  const std::size_t cell = stocks_of(id).cell;
  recorder_.count(Metric::help_seeking_contacts, 0, cell);
  log(id, JourneyEvent::help_seeking_contact, now);
  if (draw_bernoulli(stream(id, purpose_of(DrawPurpose::self_referral)), scenario_.access.self_referral_share)) {
    self_refer(id, now);
    return;
  }
  const Severity severity = severity_of(static_cast<CmdState>(people_.state[id].cmd));
  const double detection = scenario_.primary_care.detection_probability[index_of(severity)];
  if (draw_bernoulli(stream(id, purpose_of(DrawPurpose::detection)), detection)) {
    enter_care(id, Route::help_seeking, now);
  } else {
    recorder_.count(Metric::undetected_contacts, 0, cell);
  }
}

void Simulation::on_routine_screen(PersonId id, double now) {
  log(id, JourneyEvent::screened_positive, now);
  if (static_cast<CmdState>(people_.state[id].cmd) == CmdState::none) {
    recorder_.count(Metric::screen_false_positives, 0, stocks_of(id).cell);
    return;
  }
  enter_care(id, Route::routine_screening, now);
}

}  // namespace mhsim
