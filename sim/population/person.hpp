#pragma once
// A person: who they are (attributes, mostly fixed at creation) and where they
// are (the state the event loop moves), with the competing processes that hold
// the times of their next events. Each component reads and moves its own part
// of the state (docs/architecture.md).
#include <array>
#include <cstdint>
#include <cstring>
#include <limits>

#include "core/attributes.hpp"

namespace mhsim {

using PersonId = std::uint32_t;
inline constexpr double kNever = std::numeric_limits<double>::infinity();

// Common mental disorder: 0 none, then 1 + Severity.
enum class CmdState : std::uint8_t { none, mild, moderate, severe };
enum class SmiState : std::uint8_t { none, stable, acute };
enum class CarePlace : std::uint8_t { none, waiting, in_treatment };

inline CmdState cmd_state_of(Severity s) {
  return static_cast<CmdState>(index_of(s) + 1);
}
inline Severity severity_of(CmdState s) {
  return static_cast<Severity>(static_cast<int>(s) - 1);
}

// The competing processes of a person; each holds the time of its next event.
enum class Process : std::uint8_t {
  death,
  suicide,
  ageing,
  cmd_transition,       // onset when well, remission when ill
  cmd_severity_change,  // one band up untreated, one band down in treatment
  smi_transition,       // onset, relapse or recovery
  crisis,
  help_seeking,
  positive_screen,  // at a routine visit, in school or in perinatal care
  waiting_dropout,
  treatment_milestone,  // the end of the planned course, or a measurement-based re-score before it
  treatment_dropout,
  crisis_stage_end,  // the end of the current crisis stage (a timed transition, not a hazard)
  social_change,     // a move of housing or of work
  programme_exit,    // the end of a spell in a community programme
  // perinatal/: conception (a hazard), then the timed ends of the pregnancy and of the postnatal year
  perinatal_transition,
};
inline constexpr std::size_t kProcessCount = 16;

// Who a person is, mostly fixed at creation. One small record per person: an event reads most of
// them at once, so they share a cache line.
struct PersonAttributes {
  std::uint8_t sex, region, income, coverage;
  std::uint8_t housing, employment;  // these two move over time (social_change)
  std::uint8_t interpreter_needed : 1, marginalised_group : 1, ncd : 1;
  std::uint8_t perinatal_phase : 2;  // PerinatalPhase: none, pregnant, postnatal (moves: perinatal_transition)
  std::uint8_t journey_sampled : 1;  // every event of the person is logged
  std::uint8_t housing_first_tenant : 1, awaiting_housing_first : 1;
  std::uint8_t homeless_ill_cohort : 1;  // homeless and severely ill when the reported horizon began
  std::uint8_t offline : 1;              // no device or connection for a remote session (drawn at creation)
  // perinatal/: on the specialist perinatal team's caseload, or on its waiting list
  std::uint8_t in_perinatal_team : 1, awaiting_perinatal_team : 1;
  std::uint8_t first_episode : 1;  // severe mental illness began during the reported horizon (severe_illness/)
  std::uint8_t hiv : 1;                  // living with HIV (drawn at creation; physical_health/)
  // youth/ (issue 18): YouthAge, the stage among under 12, 12-17, 18-24 and adult (moves: ageing);
  // under 18 (up to kLastUnder18YouthStage) a referral to a therapy or team step goes to CAMHS
  std::uint8_t youth_age : 2;
};

inline constexpr std::uint8_t kLastUnder18YouthStage = 1;  // YouthAge::age_12_17 (population/youth_age.hpp)
inline constexpr std::uint8_t kNoService = 255;

// PHQ-9-like score bands: none, mild, moderate (with moderately severe), severe.
// Caseness (NHS Talking Therapies, PHQ-9) is a score of 10 or more.
inline constexpr std::uint8_t kCasenessScore = 10;
inline constexpr std::array<std::uint8_t, 4> kScoreBandLowest{0, 5, 10, 20};
inline constexpr std::array<std::uint8_t, 4> kScoreBandHighest{4, 9, 19, 27};

// What the event loop moves.
struct PersonState {
  std::uint8_t alive, age_band;
  std::uint8_t cmd, cmd_fast_remitter, cmd_episodes;
  std::uint8_t smi;
  std::uint8_t care_place, care_service;
  std::uint8_t score;                  // PHQ-9-like, 0-27, within the band of `cmd`
  std::uint8_t episode_start_score;    // when the care episode began: response is half of it or less
  std::uint8_t episode_first_service;  // the step triage chose when the care episode began; kNoService before any
  std::uint8_t triaged_service : 3;    // the step triage meant; differs from care_service when misrouted
  std::uint8_t on_registry : 1;        // under measurement-based care (collaborative care)
  std::uint8_t episode_responded : 1;
  std::uint8_t intensified : 1;        // stepped up in place on the registry
  std::uint8_t episode_treated : 1;    // the care episode has started a treatment
  std::uint8_t follow_up_linked : 1;   // linked to community care after the last crisis discharge
  std::uint8_t crisis_stage : 4;       // CrisisStage
  std::uint8_t crisis_first_site : 3;  // CrisisSite + 1 of the episode's first in-person contact; 0 for none yet
  std::uint8_t crisis_soon_after_discharge : 1;  // the episode began within 30 days of leaving an inpatient bed
  std::uint8_t
      had_repeat_crisis : 1;    // a crisis has begun in the risk window after earlier crisis care (frequent crises)
  std::uint8_t programmes : 5;  // the community programmes the person is in (programme_bit)
  std::uint8_t programmes_awaited : 4;  // those whose waiting list the person is on (the last programme keeps none)
  // justice/ (issue 18)
  std::uint8_t released_from_jail : 1;  // the risk window now open (after_crisis_care) follows a release from jail
  std::uint8_t treated_in_jail : 1;     // treated in jail during the last custody
  std::uint8_t clinic_episode : 1;  // the care episode began with a screen in an NCD or HIV clinic (physical_health/)
  // youth/ (issue 18)
  std::uint8_t school_counselled : 1;  // in treatment on a school counsellor's place, not the step's own
  std::uint8_t episode_adequately_treated : 1;  // issue 19: had a minimally adequate course (counted once)
};

// A trial-like follow-up from an entry into care to 12 months later (care/episode_outcomes.cpp): the entry's
// day, score and first step; a later entry before the assessment starts none, as a trial keeps its enrolment.
struct FollowUp {
  float start_day = 0.0F;
  std::uint8_t start_score = 0;
  std::uint8_t service = kNoService;  // kNoService: none under way
};

// What nearly every event reads, together: one cache line fetch per person
// instead of one per column (the event loop is bound by these misses).
struct alignas(64) PersonRecord {
  PersonAttributes attributes;
  PersonState state;
  std::uint32_t occasion;  // counts the person's events; keys their random draws
  float coercion_load;     // recent coercive contacts, weighted by their loss and decaying (access/trust.hpp)
  double birth_day;        // simulation day of birth (negative: born before the start)
  double care_since_day;   // joined the list, or started treatment
  float episode_start_day;  // entry into care (float: a day's precision is plenty)
  float crisis_since_day;   // the current crisis stage began (float: a minute's precision)
  FollowUp follow_up;
};

// One record per person is read at every event: keep it to one cache line (memory per
// person, and lines per event, are what the event loop is bound by).
static_assert(sizeof(PersonRecord) == 64, "a person record left its cache line: see bench/engine_speed.py");

// What a person's counts in the weekly stocks are a function of, copied before an event: when it is the same
// byte for byte afterwards (bit-fields included: they are only ever written field by field), no stock moved.
struct PersonSnapshot {
  PersonAttributes attributes;
  PersonState state;

  bool unchanged_in(const PersonRecord& record) const {
    return std::memcmp(&attributes, &record.attributes, sizeof attributes) == 0 &&
           std::memcmp(&state, &record.state, sizeof state) == 0;
  }
};

}  // namespace mhsim
