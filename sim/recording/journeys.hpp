#pragma once
// The journey log: every event of a random sample of people, for telling
// their stories and for checks that need individual paths (the untreated
// remission curve). Who is sampled is fixed per person by their own stream.
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "care/care_settings.hpp"
#include "core/registry.hpp"
#include "results/results.hpp"

namespace mhsim {

// Sections by owner. The number of an event is its code in every journey log
// written since: never change or reuse one; a new event takes the next number.
enum class JourneyEvent : std::uint8_t {
  // population/
  entered_population = 0,
  aged_into_next_band = 19,
  // illness/
  cmd_onset_mild = 1,
  cmd_onset_moderate = 2,
  cmd_onset_severe = 3,
  cmd_remission = 4,
  cmd_worsening = 5,
  cmd_improvement = 22,
  smi_onset = 6,
  smi_relapse = 7,
  smi_recovery = 8,
  death = 20,
  suicide = 21,
  // access/
  help_seeking_contact = 10,
  screened_positive = 11,
  front_door_contact = 23,
  // care/
  care_entry = 12,
  referral_lost = 13,
  joined_waiting_list = 14,
  treatment_start = 15,
  treatment_completion = 16,
  treatment_dropout = 17,
  waiting_dropout = 18,
  misrouted = 24,
  rescored = 25,
  stepped_up = 26,
  stepped_down = 27,
  responded = 28,
  // crisis/: arrivals at each CrisisSite are numbered in the sites' order
  crisis = 9,
  call_answered = 29,
  mobile_team_sent = 30,
  police_attended = 31,
  receiving_centre_arrival = 32,
  short_term_bed_arrival = 33,
  ed_arrival = 34,
  admitted = 35,
  jailed = 36,
  call_abandoned = 37,
  ed_boarding_started = 38,
  crisis_episode_ended = 39,
  follow_up_linked = 40,
  // community/: joining and leaving each Programme are numbered in the programmes' order
  housing_worsened = 41,
  housing_improved = 42,
  job_lost = 43,
  job_found = 44,
  tenancy_started = 45,
  tenancy_ended = 46,
  peer_support_started = 47,
  employment_support_started = 48,
  assertive_community_treatment_started = 49,
  peer_support_ended = 50,
  employment_support_ended = 51,
  assertive_community_treatment_ended = 52,
  // perinatal/
  pregnancy_began = 53,
  birth = 54,
  postnatal_year_ended = 55,
  perinatal_team_started = 56,
  perinatal_team_ended = 57,
  // severe_illness/ (issue 18): the two teams' spells, and a first episode's referral to early intervention
  early_intervention_psychosis_started = 58,
  community_mental_health_team_started = 59,
  early_intervention_psychosis_ended = 60,
  community_mental_health_team_ended = 61,
  referred_to_early_intervention = 62,
};
inline constexpr std::size_t kJourneyEventCount = 63;

// The label of each event in results files, written in the same sections.
struct JourneyEventRow {
  JourneyEvent id;
  std::string_view label;
};
inline constexpr std::array<JourneyEventRow, kJourneyEventCount> kJourneyEventRows{{
    // population/
    {JourneyEvent::entered_population, "entered_population"},
    {JourneyEvent::aged_into_next_band, "aged_into_next_band"},
    // illness/
    {JourneyEvent::cmd_onset_mild, "cmd_onset_mild"},
    {JourneyEvent::cmd_onset_moderate, "cmd_onset_moderate"},
    {JourneyEvent::cmd_onset_severe, "cmd_onset_severe"},
    {JourneyEvent::cmd_remission, "cmd_remission"},
    {JourneyEvent::cmd_worsening, "cmd_worsening"},
    {JourneyEvent::cmd_improvement, "cmd_improvement"},
    {JourneyEvent::smi_onset, "smi_onset"},
    {JourneyEvent::smi_relapse, "smi_relapse"},
    {JourneyEvent::smi_recovery, "smi_recovery"},
    {JourneyEvent::death, "death"},
    {JourneyEvent::suicide, "suicide"},
    // access/
    {JourneyEvent::help_seeking_contact, "help_seeking_contact"},
    {JourneyEvent::screened_positive, "screened_positive"},
    {JourneyEvent::front_door_contact, "front_door_contact"},
    // care/
    {JourneyEvent::care_entry, "care_entry"},
    {JourneyEvent::referral_lost, "referral_lost"},
    {JourneyEvent::joined_waiting_list, "joined_waiting_list"},
    {JourneyEvent::treatment_start, "treatment_start"},
    {JourneyEvent::treatment_completion, "treatment_completion"},
    {JourneyEvent::treatment_dropout, "treatment_dropout"},
    {JourneyEvent::waiting_dropout, "waiting_dropout"},
    {JourneyEvent::misrouted, "misrouted"},
    {JourneyEvent::rescored, "rescored"},
    {JourneyEvent::stepped_up, "stepped_up"},
    {JourneyEvent::stepped_down, "stepped_down"},
    {JourneyEvent::responded, "responded"},
    // crisis/
    {JourneyEvent::crisis, "crisis"},
    {JourneyEvent::call_answered, "call_answered"},
    {JourneyEvent::mobile_team_sent, "mobile_team_sent"},
    {JourneyEvent::police_attended, "police_attended"},
    {JourneyEvent::receiving_centre_arrival, "receiving_centre_arrival"},
    {JourneyEvent::short_term_bed_arrival, "short_term_bed_arrival"},
    {JourneyEvent::ed_arrival, "ed_arrival"},
    {JourneyEvent::admitted, "admitted"},
    {JourneyEvent::jailed, "jailed"},
    {JourneyEvent::call_abandoned, "call_abandoned"},
    {JourneyEvent::ed_boarding_started, "ed_boarding_started"},
    {JourneyEvent::crisis_episode_ended, "crisis_episode_ended"},
    {JourneyEvent::follow_up_linked, "follow_up_linked"},
    // community/
    {JourneyEvent::housing_worsened, "housing_worsened"},
    {JourneyEvent::housing_improved, "housing_improved"},
    {JourneyEvent::job_lost, "job_lost"},
    {JourneyEvent::job_found, "job_found"},
    {JourneyEvent::tenancy_started, "tenancy_started"},
    {JourneyEvent::tenancy_ended, "tenancy_ended"},
    {JourneyEvent::peer_support_started, "peer_support_started"},
    {JourneyEvent::employment_support_started, "employment_support_started"},
    {JourneyEvent::assertive_community_treatment_started, "assertive_community_treatment_started"},
    {JourneyEvent::peer_support_ended, "peer_support_ended"},
    {JourneyEvent::employment_support_ended, "employment_support_ended"},
    {JourneyEvent::assertive_community_treatment_ended, "assertive_community_treatment_ended"},
    // perinatal/
    {JourneyEvent::pregnancy_began, "pregnancy_began"},
    {JourneyEvent::birth, "birth"},
    {JourneyEvent::postnatal_year_ended, "postnatal_year_ended"},
    {JourneyEvent::perinatal_team_started, "perinatal_team_started"},
    {JourneyEvent::perinatal_team_ended, "perinatal_team_ended"},
    // severe_illness/ (issue 18)
    {JourneyEvent::early_intervention_psychosis_started, "early_intervention_psychosis_started"},
    {JourneyEvent::community_mental_health_team_started, "community_mental_health_team_started"},
    {JourneyEvent::early_intervention_psychosis_ended, "early_intervention_psychosis_ended"},
    {JourneyEvent::community_mental_health_team_ended, "community_mental_health_team_ended"},
    {JourneyEvent::referred_to_early_intervention, "referred_to_early_intervention"},
}};
static_assert(ids_are_dense(kJourneyEventRows),
              "journey events must be numbered 0 to kJourneyEventCount - 1, once each");
inline constexpr std::array<JourneyEventRow, kJourneyEventCount> kJourneyEventsByNumber = by_number(kJourneyEventRows);

// Who is sampled is a person attribute (PersonAttributes::journey_sampled), read
// with the rest of the person rather than from a column of its own.
class JourneyRecorder {
 public:
  // `step`: the care step (ServiceId) the event happened at, or kNoJourneyStep.
  void log(std::uint32_t person, JourneyEvent event, double day, std::uint8_t step) {
    log_.day.push_back(day);
    log_.person.push_back(person);
    log_.event.push_back(static_cast<std::uint8_t>(event));
    log_.step.push_back(step);
  }
  void export_to(JourneyLog& out) {
    out = std::move(log_);
    out.event_labels.clear();
    for (const JourneyEventRow& row : kJourneyEventsByNumber) out.event_labels.emplace_back(row.label);
    out.step_labels.assign(kServiceLabels.begin(), kServiceLabels.end());
  }

 private:
  JourneyLog log_;
};

}  // namespace mhsim
