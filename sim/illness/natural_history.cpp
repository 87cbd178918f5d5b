#include "illness/natural_history.hpp"

#include <algorithm>
#include <cmath>

#include "crisis/crisis_stage.hpp"
#include "event/draw_purpose.hpp"
#include "illness/illness_rates.hpp"
#include "physical_health/comorbidity.hpp"
#include "youth/youth_recording.hpp"

namespace mhsim {
namespace {

// Episodes under way at any moment are mostly long ones: each remitter type is
// seen in proportion to its share of onsets times its mean duration.
double fast_remitter_share_among_prevalent(const CommonMentalDisorderSettings& cmd) {
  // A type that never remits has no mean duration to weight by; keep the onset share.
  if (cmd.fast_remission_rate_per_year <= 0 || cmd.slow_remission_rate_per_year <= 0) return cmd.fast_remitter_share;
  const double fast = cmd.fast_remitter_share / cmd.fast_remission_rate_per_year;
  const double slow = (1.0 - cmd.fast_remitter_share) / cmd.slow_remission_rate_per_year;
  return fast + slow > 0 ? fast / (fast + slow) : cmd.fast_remitter_share;
}

// The first-episode onset hazard accumulated from age 15 to the person's age
// now, with today's attributes and each past age band's rate ratio.
double cumulative_first_onset_hazard(const CommonMentalDisorderSettings& cmd, const Population& people, PersonId id) {
  const double rate_now = cmd_onset_rate_per_year(cmd, people, id);  // no past episode yet
  const double ratio_now = cmd.onset_rate_ratio_by_age_band[people.state(id).age_band];
  if (ratio_now <= 0) return 0;
  const double age = people.age_years(id, 0.0);
  double hazard = 0;
  for (std::size_t band = 0; band < cmd.onset_rate_ratio_by_age_band.size(); ++band) {
    const double years =
        std::clamp(age, kAgeBandLowerYears[band], kAgeBandLowerYears[band + 1]) - kAgeBandLowerYears[band];
    hazard += rate_now / ratio_now * cmd.onset_rate_ratio_by_age_band[band] * years;
  }
  return hazard;
}

}  // namespace

void set_cmd_state(Step& step, PersonId id, CmdState state) {
  const auto band = static_cast<std::size_t>(state);
  KeyedStream s = step.stream(id, purpose_of(DrawPurpose::score));
  const int span = kScoreBandHighest[band] - kScoreBandLowest[band] + 1;
  step.people.state(id).cmd = static_cast<std::uint8_t>(state);
  step.people.state(id).score =
      static_cast<std::uint8_t>(kScoreBandLowest[band] + std::min(span - 1, static_cast<int>(s.uniform_open() * span)));
}

// Prevalent illness at the start of the burn-in, so the burn-in only has to
// settle the mix (durations, queues) rather than build prevalence from zero.
void draw_initial_illness(Step& step, PersonId id) {
  PersonState& person = step.people.state(id);
  KeyedStream s = step.stream(id, purpose_of(DrawPurpose::initial_state));
  const auto& cmd = step.scenario.common_mental_disorder;
  const double u_history = s.uniform_open();
  const double u_cmd = s.uniform_open();
  const std::size_t band = draw_category(cmd.onset_severity_share, s);
  const double u_remitter = s.uniform_open();
  const double u_smi = s.uniform_open();
  // A past episode by the person's age, at their own first-episode onset rate
  // band by band since age 15: the history the model itself would give them.
  if (u_history < -std::expm1(-cumulative_first_onset_hazard(cmd, step.people, id))) person.cmd_episodes = 1;
  if (u_cmd < cmd.initial_prevalence) {
    set_cmd_state(step, id, cmd_state_of(static_cast<Severity>(band)));
    person.cmd_fast_remitter = u_remitter < fast_remitter_share_among_prevalent(cmd) ? 1 : 0;
    person.cmd_episodes = std::max<std::uint8_t>(person.cmd_episodes, 1);
  }
  if (u_smi < step.scenario.severe_mental_illness.initial_prevalence) {
    person.smi = static_cast<std::uint8_t>(SmiState::stable);
  }
}

CmdChange on_cmd_transition(Step& step, PersonId id, double now) {
  const PersonCells cell = step.cell_of(id);
  const auto& cmd = step.scenario.common_mental_disorder;
  PersonState& person = step.people.state(id);
  if (static_cast<CmdState>(person.cmd) == CmdState::none) {
    KeyedStream s = step.stream(id, purpose_of(DrawPurpose::onset_severity));
    const std::size_t band = draw_category(cmd.onset_severity_share, s);
    set_cmd_state(step, id, cmd_state_of(static_cast<Severity>(band)));
    person.cmd_fast_remitter =
        draw_bernoulli(step.stream(id, purpose_of(DrawPurpose::remitter_type)), cmd.fast_remitter_share) ? 1 : 0;
    if (person.cmd_episodes < 255) ++person.cmd_episodes;
    step.recorder.count(Metric::cmd_onsets, band, cell);
    if (step.people.attributes(id).perinatal_phase != 0) step.recorder.count(Metric::perinatal_onsets, 0, cell);
    count_if_young(step.recorder, Metric::young_cmd_onsets, step.people.attributes(id), cell);
    step.log(id, static_cast<JourneyEvent>(static_cast<int>(JourneyEvent::cmd_onset_mild) + static_cast<int>(band)),
             now);
    return CmdChange::onset;
  }
  set_cmd_state(step, id, CmdState::none);
  step.recorder.count(Metric::cmd_remissions, 0, cell);
  step.log(id, JourneyEvent::cmd_remission, now);
  return CmdChange::remission;
}

void on_cmd_severity_change(Step& step, PersonId id, double now) {
  const PersonCells cell = step.cell_of(id);
  const PersonState& person = step.people.state(id);
  const auto state = static_cast<CmdState>(person.cmd);
  if (static_cast<CarePlace>(person.care_place) == CarePlace::in_treatment) {
    set_cmd_state(step, id, static_cast<CmdState>(static_cast<int>(state) - 1));
    step.recorder.count(Metric::cmd_improvements, person.care_service, cell);
    step.log(id, JourneyEvent::cmd_improvement, now);
  } else {
    set_cmd_state(step, id, static_cast<CmdState>(static_cast<int>(state) + 1));
    step.recorder.count(Metric::cmd_worsenings, 0, cell);
    step.log(id, JourneyEvent::cmd_worsening, now);
  }
}

SmiChange on_smi_transition(Step& step, PersonId id, double now) {
  const PersonCells cell = step.cell_of(id);
  PersonState& person = step.people.state(id);
  switch (static_cast<SmiState>(person.smi)) {
    case SmiState::none:
      person.smi = static_cast<std::uint8_t>(SmiState::stable);
      step.recorder.count(Metric::smi_onsets, 0, cell);
      step.log(id, JourneyEvent::smi_onset, now);
      return SmiChange::onset;
    case SmiState::stable:
      person.smi = static_cast<std::uint8_t>(SmiState::acute);
      step.recorder.count(Metric::smi_relapses, 0, cell);
      if (step.people.attributes(id).first_episode) step.recorder.count(Metric::first_episode_relapses, 0, cell);
      step.log(id, JourneyEvent::smi_relapse, now);
      return SmiChange::relapse;
    case SmiState::acute: break;
  }
  person.smi = static_cast<std::uint8_t>(SmiState::stable);
  step.log(id, JourneyEvent::smi_recovery, now);
  return SmiChange::recovery;
}

bool record_death(Step& step, PersonId id, bool suicide, double now) {
  const PersonCells cell = step.cell_of(id);
  step.recorder.count(Metric::deaths, 0, cell);
  if (has_physical_illness(step.people.attributes(id))) {
    step.recorder.count(Metric::physical_illness_deaths, 0, cell);
    if (has_cmd(step.people, id)) step.recorder.count(Metric::comorbid_deaths, 0, cell);
  }
  bool from_mental_illness = suicide;
  if (suicide) {
    step.recorder.count(Metric::suicides, 0, cell);
    if (static_cast<CrisisStage>(step.people.state(id).crisis_stage) == CrisisStage::after_inpatient) {
      step.recorder.count(Metric::suicides_after_discharge, 0, cell);
    }
  } else {
    // The share of the hazard added by mental illness is attributed to it.
    const double rate_ratio = mental_illness_mortality_rate_ratio(step.scenario, step.people, id);
    if (draw_bernoulli(step.stream(id, purpose_of(DrawPurpose::excess_death_cause)), 1.0 - 1.0 / rate_ratio)) {
      step.recorder.count(Metric::excess_deaths, 0, cell);
      from_mental_illness = true;
    }
  }
  step.log(id, suicide ? JourneyEvent::suicide : JourneyEvent::death, now);
  return from_mental_illness;
}

}  // namespace mhsim
