#pragma once
// Where a person is in a crisis episode, the sites that meet a crisis, and
// how an episode ends. Labels name the metric axes (docs/outputs.md).
#include <array>
#include <cstdint>
#include <string_view>

#include "population/person.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

// A crisis episode moves through timed stages; the two risk windows after it
// are stages too, so one timed transition covers them all.
enum class CrisisStage : std::uint8_t {
  none,
  calling,                 // waiting for the crisis line to answer
  on_call,                 // talking to a call handler
  awaiting_mobile_team,    // dispatched, no team free yet
  mobile_team,             // a team travelling and on scene
  police,                  // police attending
  stabilisation,           // in a receiving-centre chair
  short_term_bed,          // in a crisis residential bed
  awaiting_ed_assessment,  // in the ED, waiting for a psychiatric assessment
  ed_assessment,
  ed_boarding,        // in the ED, admitted and waiting for a bed
  awaiting_transfer,  // in a short-term bed, waiting for an inpatient bed
  inpatient,
  jail,
  after_inpatient,    // the risk window after discharge from a bed
  after_crisis_care,  // the risk window after other crisis care
};
// The stages in which a person is held somewhere: every stage but none and the risk windows.
inline constexpr std::size_t kCrisisPlaceCount = 13;
inline constexpr std::array<std::string_view, kCrisisPlaceCount> kCrisisPlaceLabels{
    "calling",       "on_call",       "awaiting_mobile_team", "mobile_team",
    "police",        "stabilisation", "short_term_bed",       "awaiting_ed_assessment",
    "ed_assessment", "ed_boarding",   "awaiting_transfer",    "inpatient",
    "jail"};
inline constexpr bool is_crisis_place(CrisisStage s) {
  return s != CrisisStage::none && s != CrisisStage::after_inpatient && s != CrisisStage::after_crisis_care;
}
inline constexpr std::size_t crisis_place_index(CrisisStage s) {
  return static_cast<std::size_t>(s) - 1;
}

enum class CrisisDoor : std::uint8_t { crisis_line, walk_in, police };
inline constexpr std::array<std::string_view, 3> kCrisisDoorLabels{"crisis_line", "walk_in", "police"};

// The sites that meet a crisis in person (and the line, which answers first).
enum class CrisisSite : std::uint8_t {
  crisis_line,
  mobile_team,
  police,
  stabilisation,
  short_term_bed,
  emergency_department,
  inpatient,
  jail,
};
inline constexpr std::size_t kCrisisSiteCount = 8;
inline constexpr std::array<std::string_view, kCrisisSiteCount> kCrisisSiteLabels{
    "crisis_line",    "mobile_team",          "police",    "stabilisation",
    "short_term_bed", "emergency_department", "inpatient", "jail"};

// The moves between sites, for the onward shares of the Crisis Now routing.
enum class CrisisTransfer : std::uint8_t {
  mobile_team_to_stabilisation,
  mobile_team_to_emergency_department,
  police_to_stabilisation,
  police_to_emergency_department,
  police_to_jail,
  stabilisation_to_short_term_bed,
  stabilisation_to_inpatient,
  short_term_bed_to_inpatient,
  emergency_department_to_inpatient,
};
inline constexpr std::size_t kCrisisTransferCount = 9;
inline constexpr std::array<std::string_view, kCrisisTransferCount> kCrisisTransferLabels{
    "mobile_team_to_stabilisation",
    "mobile_team_to_emergency_department",
    "police_to_stabilisation",
    "police_to_emergency_department",
    "police_to_jail",
    "stabilisation_to_short_term_bed",
    "stabilisation_to_inpatient",
    "short_term_bed_to_inpatient",
    "emergency_department_to_inpatient"};

// How an episode ends: exactly one per episode.
enum class CrisisOutcome : std::uint8_t {
  resolved_by_phone,
  resolved_by_mobile_team,
  resolved_by_police,
  stabilised,  // discharged from a receiving centre
  short_term_bed_discharge,
  ed_discharge,  // assessed in the ED and sent home
  inpatient_discharge,
  jail_release,
  unresolved,  // hung up on the line and nobody came
};
inline constexpr std::size_t kCrisisOutcomeCount = 9;
inline constexpr std::array<std::string_view, kCrisisOutcomeCount> kCrisisOutcomeLabels{
    "resolved_by_phone", "resolved_by_mobile_team", "resolved_by_police", "stabilised", "short_term_bed_discharge",
    "ed_discharge",      "inpatient_discharge",     "jail_release",       "unresolved"};

// A rate ratio in the risk window after crisis care, with its excess cut for people linked to care.
inline double after_discharge_ratio(const FollowUpSettings& follow_up, double rate_ratio, const PersonState& state) {
  return 1.0 + (rate_ratio - 1.0) * (state.follow_up_linked ? follow_up.linked_excess_risk_ratio : 1.0);
}

}  // namespace mhsim
