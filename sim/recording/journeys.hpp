#pragma once
// The journey log: every event of a random sample of people, for telling
// their stories and for checks that need individual paths (the untreated
// remission curve). Who is sampled is fixed per person by their own stream.
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "results/results.hpp"

namespace mhsim {

enum class JourneyEvent : std::uint8_t {
  entered_population,
  cmd_onset_mild,
  cmd_onset_moderate,
  cmd_onset_severe,
  cmd_remission,
  cmd_worsening,
  smi_onset,
  smi_relapse,
  smi_recovery,
  crisis,
  help_seeking_contact,
  screened_positive,
  care_entry,
  referral_lost,
  joined_waiting_list,
  treatment_start,
  treatment_completion,
  treatment_dropout,
  waiting_dropout,
  aged_into_next_band,
  death,
  suicide,
  cmd_improvement,
  front_door_contact,
  misrouted,
  rescored,
  stepped_up,
  stepped_down,
  responded,
  // Arrival at each CrisisSite, in its order.
  call_answered,
  mobile_team_sent,
  police_attended,
  receiving_centre_arrival,
  short_term_bed_arrival,
  ed_arrival,
  admitted,
  jailed,
  call_abandoned,
  ed_boarding_started,
  crisis_episode_ended,
  follow_up_linked,
  housing_worsened,
  housing_improved,
  job_lost,
  job_found,
  tenancy_started,
  tenancy_ended,
  // Joining and leaving each Programme, in its order.
  peer_support_started,
  employment_support_started,
  assertive_community_treatment_started,
  peer_support_ended,
  employment_support_ended,
  assertive_community_treatment_ended,
};

inline constexpr std::array<std::string_view, 53> kJourneyEventLabels{"entered_population",
                                                                      "cmd_onset_mild",
                                                                      "cmd_onset_moderate",
                                                                      "cmd_onset_severe",
                                                                      "cmd_remission",
                                                                      "cmd_worsening",
                                                                      "smi_onset",
                                                                      "smi_relapse",
                                                                      "smi_recovery",
                                                                      "crisis",
                                                                      "help_seeking_contact",
                                                                      "screened_positive",
                                                                      "care_entry",
                                                                      "referral_lost",
                                                                      "joined_waiting_list",
                                                                      "treatment_start",
                                                                      "treatment_completion",
                                                                      "treatment_dropout",
                                                                      "waiting_dropout",
                                                                      "aged_into_next_band",
                                                                      "death",
                                                                      "suicide",
                                                                      "cmd_improvement",
                                                                      "front_door_contact",
                                                                      "misrouted",
                                                                      "rescored",
                                                                      "stepped_up",
                                                                      "stepped_down",
                                                                      "responded",
                                                                      "call_answered",
                                                                      "mobile_team_sent",
                                                                      "police_attended",
                                                                      "receiving_centre_arrival",
                                                                      "short_term_bed_arrival",
                                                                      "ed_arrival",
                                                                      "admitted",
                                                                      "jailed",
                                                                      "call_abandoned",
                                                                      "ed_boarding_started",
                                                                      "crisis_episode_ended",
                                                                      "follow_up_linked",
                                                                      "housing_worsened",
                                                                      "housing_improved",
                                                                      "job_lost",
                                                                      "job_found",
                                                                      "tenancy_started",
                                                                      "tenancy_ended",
                                                                      "peer_support_started",
                                                                      "employment_support_started",
                                                                      "assertive_community_treatment_started",
                                                                      "peer_support_ended",
                                                                      "employment_support_ended",
                                                                      "assertive_community_treatment_ended"};

// Who is sampled is a person attribute (PersonAttributes::journey_sampled), read
// with the rest of the person rather than from a column of its own.
class JourneyRecorder {
 public:
  void log(std::uint32_t person, JourneyEvent event, double day) {
    log_.day.push_back(day);
    log_.person.push_back(person);
    log_.event.push_back(static_cast<std::uint8_t>(event));
  }
  void export_to(JourneyLog& out) {
    out = std::move(log_);
    out.event_labels.assign(kJourneyEventLabels.begin(), kJourneyEventLabels.end());
  }

 private:
  JourneyLog log_;
};

}  // namespace mhsim
