#pragma once
// Access beyond the first contact (docs/model.md, "Access beyond the first
// contact"): the share of a person's sessions delivered remotely, with an
// interpreter, outside office hours or with paid transport, and what they do to
// the person's treatment drop-out and treatment effect. Each factor is exactly 1
// when its lever is at 0, so a scenario without the levers keeps its results.
#include <cstddef>
#include <cstdint>

#include "population/person.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

// Of the person's sessions with `service`, delivered by phone or video (0 without a device or connection,
// and for digital self-help, which has no sessions with a clinician).
double remote_session_share(const Scenario& scenario, const PersonAttributes& attributes, std::size_t service);
// Of the person's sessions, free of travel: remote, or in person with paid transport.
double travel_free_session_share(const Scenario& scenario, const PersonAttributes& attributes, std::size_t service);

// Of first contacts (help-seeking) in the region, free of the travel barrier: by phone or video, or with paid
// transport.
double first_contact_travel_free_share(const Scenario& scenario, std::uint8_t region);

// A burden b on drop-out lifted from a share s of sessions: 1 - s (1 - 1/b), relative to the burden on every session.
double burden_lifted_ratio(double burden_rate_ratio, double share_lifted);

// What `sessions` of a person's course were, by how they were delivered (the weekly tables that cost them).
struct SessionAccessCounts {
  double remote_sessions = 0;
  double interpreter_hours = 0;
  double out_of_hours_sessions = 0;
  double transport_supported_sessions = 0;  // in person, with paid transport
  double travel_hours_saved = 0;            // by the remote sessions
};
SessionAccessCounts session_access_counts(const Scenario& scenario, const PersonAttributes& attributes,
                                          std::size_t service, double sessions);

// On the treatment drop-out hazard: travel, language and office hours.
double session_access_dropout_rate_ratio(const Scenario& scenario, const PersonAttributes& attributes,
                                         std::size_t service);
// On the treatment's effect: interpreters for people who need one, and phone sessions.
double session_access_effect_ratio(const Scenario& scenario, const PersonAttributes& attributes, std::size_t service);

}  // namespace mhsim
