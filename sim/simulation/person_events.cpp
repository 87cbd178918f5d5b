// What happens when one of a person's processes fires: natural history,
// crises and contacts with primary care.
#include "event/draw_purpose.hpp"
#include "illness/hazards.hpp"
#include "care/payment.hpp"
#include "simulation/process_rates.hpp"
#include "simulation/simulation.hpp"

namespace mhsim {
void Simulation::handle_person_event(PersonId id, double now) {
  std::size_t fired = 0;
  for (std::size_t p = 1; p < kProcessCount; ++p) {
    if (people_.next_day[id][p] < people_.next_day[id][fired]) fired = p;
  }
  const StockSet before = stocks_of(id);
  const RatesBefore rates_before{process_rates_per_year(scenario_, workforce_, people_, id),
                                 mortality_rate_ratio(scenario_, people_, id), static_cast<Process>(fired)};
  ++people_.occasion(id);  // this event's draws get a fresh key
  switch (static_cast<Process>(fired)) {
    case Process::death: on_death(id, false, now); break;
    case Process::suicide: on_death(id, true, now); break;
    case Process::ageing:
      ++people_.state(id).age_band;
      log(id, JourneyEvent::aged_into_next_band, now);
      break;
    case Process::cmd_transition: on_cmd_transition(id, now); break;
    case Process::cmd_severity_change: on_cmd_severity_change(id, now); break;
    case Process::smi_transition: on_smi_transition(id, now); break;
    case Process::crisis: on_crisis(id, now); break;
    case Process::help_seeking: on_help_seeking(id, now); break;
    case Process::positive_screen: on_positive_screen(id, now); break;
    case Process::waiting_dropout:
      recorder_.count(Metric::dropouts_waiting, people_.state(id).care_service, before.cell);
      log(id, JourneyEvent::waiting_dropout, now);
      leave_care(id, now);
      break;
    case Process::treatment_milestone: on_treatment_milestone(id, now); break;
    case Process::treatment_dropout: on_treatment_dropout(id, before.cell, now); break;
    case Process::crisis_stage_end: on_crisis_stage_end(id, now); break;
    case Process::social_change: on_social_change(id, now); break;
    case Process::programme_exit: on_programme_exit(id, now); break;
  }
  if (people_.state(id).alive) {
    leave_housing_first_list_if_ineligible(id);
    leave_programme_lists_if_ineligible(id);
  }
  move_stocks(before, id, now);
  if (people_.state(id).alive) reschedule(id, now, &rates_before);
  // A place freed by this person goes to the next person waiting, after the
  // person's own counts have moved.
  for (std::size_t s = 0; s < kServiceCount; ++s) admit_from_waiting_list(static_cast<ServiceId>(s), now);
  serve_crisis_queues(now);
  serve_housing_first_queue(now);
  serve_programme_queues(now);
}

void Simulation::on_death(PersonId id, bool suicide, double now) {
  const std::size_t cell = cell_of(id);
  recorder_.count(Metric::deaths, 0, cell);
  bool from_mental_illness = suicide;
  if (suicide) {
    recorder_.count(Metric::suicides, 0, cell);
    if (static_cast<CrisisStage>(people_.state(id).crisis_stage) == CrisisStage::after_inpatient) {
      recorder_.count(Metric::suicides_after_discharge, 0, cell);
    }
  } else {
    // The share of the hazard added by mental illness is attributed to it.
    const double rate_ratio = mental_illness_mortality_rate_ratio(scenario_, people_, id);
    if (draw_bernoulli(stream(id, purpose_of(DrawPurpose::excess_death_cause)), 1.0 - 1.0 / rate_ratio)) {
      recorder_.count(Metric::excess_deaths, 0, cell);
      from_mental_illness = true;
    }
  }
  if (from_mental_illness) {
    const double age = people_.age_years(id, now);
    recorder_.count(Metric::yll_years, 0, cell, life_expectancy_.remaining_years(age));
    recorder_.count(Metric::yll_years_discounted, 0, cell, life_expectancy_.discounted_remaining_years(age));
  }
  log(id, suicide ? JourneyEvent::suicide : JourneyEvent::death, now);
  leave_care(id, now);
  leave_crisis_place(id);
  leave_community_services(id);
  leave_programmes(id);
  people_.state(id).alive = 0;
}

void Simulation::on_treatment_dropout(PersonId id, std::size_t cell, double now) {
  const TreatmentDropoutRates rates = treatment_dropout_rates(scenario_, people_.attributes(id), people_.state(id));
  if (rates.stock_out_per_year > 0 && draw_bernoulli(stream(id, purpose_of(DrawPurpose::dropout_reason)),
                                                     rates.stock_out_per_year / rates.total_per_year())) {
    recorder_.count(Metric::stock_out_interruptions, 0, cell);
  } else {
    recorder_.count(Metric::dropouts_treatment, people_.state(id).care_service, cell);
  }
  log(id, JourneyEvent::treatment_dropout, now);
  leave_care(id, now);
}

void Simulation::set_cmd_state(PersonId id, CmdState state) {
  const auto band = static_cast<std::size_t>(state);
  KeyedStream s = stream(id, purpose_of(DrawPurpose::score));
  const int span = kScoreBandHighest[band] - kScoreBandLowest[band] + 1;
  people_.state(id).cmd = static_cast<std::uint8_t>(state);
  people_.state(id).score =
      static_cast<std::uint8_t>(kScoreBandLowest[band] + std::min(span - 1, static_cast<int>(s.uniform_open() * span)));
}

void Simulation::on_cmd_severity_change(PersonId id, double now) {
  const std::size_t cell = cell_of(id);
  const auto state = static_cast<CmdState>(people_.state(id).cmd);
  if (static_cast<CarePlace>(people_.state(id).care_place) == CarePlace::in_treatment) {
    set_cmd_state(id, static_cast<CmdState>(static_cast<int>(state) - 1));
    recorder_.count(Metric::cmd_improvements, people_.state(id).care_service, cell);
    log(id, JourneyEvent::cmd_improvement, now);
  } else {
    set_cmd_state(id, static_cast<CmdState>(static_cast<int>(state) + 1));
    recorder_.count(Metric::cmd_worsenings, 0, cell);
    log(id, JourneyEvent::cmd_worsening, now);
  }
  record_response_if_any(id, cell, now);
}

void Simulation::on_cmd_transition(PersonId id, double now) {
  const std::size_t cell = cell_of(id);
  const auto& cmd = scenario_.common_mental_disorder;
  if (static_cast<CmdState>(people_.state(id).cmd) == CmdState::none) {
    KeyedStream s = stream(id, purpose_of(DrawPurpose::onset_severity));
    const std::size_t band = draw_category(cmd.onset_severity_share, s);
    set_cmd_state(id, cmd_state_of(static_cast<Severity>(band)));
    people_.state(id).cmd_fast_remitter =
        draw_bernoulli(stream(id, purpose_of(DrawPurpose::remitter_type)), cmd.fast_remitter_share) ? 1 : 0;
    if (people_.state(id).cmd_episodes < 255) ++people_.state(id).cmd_episodes;
    recorder_.count(Metric::cmd_onsets, band, cell);
    log(id, static_cast<JourneyEvent>(static_cast<int>(JourneyEvent::cmd_onset_mild) + static_cast<int>(band)), now);
    return;
  }
  set_cmd_state(id, CmdState::none);
  recorder_.count(Metric::cmd_remissions, 0, cell);
  log(id, JourneyEvent::cmd_remission, now);
  record_response_if_any(id, cell, now);
  const auto place = static_cast<CarePlace>(people_.state(id).care_place);
  if (place == CarePlace::waiting) recorder_.count(Metric::recoveries_waiting, people_.state(id).care_service, cell);
  if (place == CarePlace::in_treatment) {
    const std::size_t service = people_.state(id).care_service;
    recorder_.count(Metric::recoveries_in_treatment, service, cell);
    // Paid per session, some providers keep a recovered person on until the course ends (payment.hpp).
    const double discharged = discharge_on_recovery_share(scenario_, service);
    if (discharged < 1.0 && !draw_bernoulli(stream(id, purpose_of(DrawPurpose::discharge_on_recovery)), discharged)) {
      return;
    }
    record_finished_course(id, cell, now);
  }
  leave_care(id, now);  // discharged on recovery
}

void Simulation::on_smi_transition(PersonId id, double now) {
  const std::size_t cell = cell_of(id);
  switch (static_cast<SmiState>(people_.state(id).smi)) {
    case SmiState::none:
      people_.state(id).smi = static_cast<std::uint8_t>(SmiState::stable);
      recorder_.count(Metric::smi_onsets, 0, cell);
      log(id, JourneyEvent::smi_onset, now);
      break;
    case SmiState::stable:
      people_.state(id).smi = static_cast<std::uint8_t>(SmiState::acute);
      recorder_.count(Metric::smi_relapses, 0, cell);
      log(id, JourneyEvent::smi_relapse, now);
      break;
    case SmiState::acute:
      people_.state(id).smi = static_cast<std::uint8_t>(SmiState::stable);
      log(id, JourneyEvent::smi_recovery, now);
      break;
  }
}

// A help-seeking contact goes through one door: digital self-help, a
// self-referral, the front door when there is one and it has room this week,
// or else a GP, who may not recognise the disorder. Each share applies to the
// contacts the doors before it did not take.
void Simulation::on_help_seeking(PersonId id, double now) {
  const std::size_t cell = cell_of(id);
  recorder_.count(Metric::help_seeking_contacts, people_.attributes(id).coverage, cell);
  log(id, JourneyEvent::help_seeking_contact, now);
  const auto& access = scenario_.access;
  KeyedStream door = stream(id, purpose_of(DrawPurpose::help_seeking_door));
  if (door.uniform_open() < access.digital_self_help_share) {
    enter_care(id, Route::digital_self_help, now);
    return;
  }
  if (door.uniform_open() < access.self_referral_share) {
    enter_care(id, Route::self_referral, now);
    return;
  }
  const Severity severity = severity_of(static_cast<CmdState>(people_.state(id).cmd));
  if (door.uniform_open() < scenario_.front_door.contact_share) {
    if (front_door_assessments_left_ > 0) {
      --front_door_assessments_left_;
      recorder_.count(Metric::front_door_contacts, 0, cell);
      log(id, JourneyEvent::front_door_contact, now);
      const double detection = scenario_.front_door.detection_probability[index_of(severity)];
      if (draw_bernoulli(stream(id, purpose_of(DrawPurpose::front_door_detection)), detection)) {
        enter_care(id, Route::front_door, now);
      } else {
        recorder_.count(Metric::undetected_contacts, 0, cell);
      }
      return;
    }
    recorder_.count(Metric::front_door_overflows, 0, cell);
  }
  const std::uint8_t coverage = people_.attributes(id).coverage;
  recorder_.count(
      Metric::out_of_pocket_paid, coverage, cell,
      copay_after_parity(scenario_.cost_sharing, scenario_.cost_sharing.primary_care_copay_by_coverage, coverage));
  const double detection = scenario_.primary_care.detection_probability[index_of(severity)];
  if (draw_bernoulli(stream(id, purpose_of(DrawPurpose::detection)), detection)) {
    enter_care(id, Route::help_seeking, now);
  } else {
    recorder_.count(Metric::undetected_contacts, 0, cell);
  }
}

// A positive screen in one of the settings, drawn in proportion to the screens there.
void Simulation::on_positive_screen(PersonId id, double now) {
  log(id, JourneyEvent::screened_positive, now);
  if (static_cast<CmdState>(people_.state(id).cmd) == CmdState::none) {
    recorder_.count(Metric::screen_false_positives, 0, cell_of(id));
    return;
  }
  std::array<double, 3> setting_share = screens_per_year_by_setting(scenario_, people_, id);
  const double screens_per_year = setting_share[0] + setting_share[1] + setting_share[2];
  for (double& share : setting_share) share /= screens_per_year;
  KeyedStream s = stream(id, purpose_of(DrawPurpose::screening_setting));
  const std::size_t setting = draw_category(setting_share, s);
  enter_care(id, static_cast<Route>(index_of(Route::routine_screening) + setting), now);
}

}  // namespace mhsim
