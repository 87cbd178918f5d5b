#pragma once
// Access beyond the first contact (docs/model.md, "Access beyond the first
// contact"): how treatment sessions are delivered - remotely, with an
// interpreter, outside office hours, with transport paid - and what each does
// to drop-out and to the effect of treatment. Every share counts sessions
// delivered that way beyond usual care, whose delivery the calibrated
// drop-out and effect rates already hold: a share of 0 leaves every rate as it was.
#include <array>

#include "care/care_settings.hpp"

namespace mhsim {

struct TelehealthSettings {
  // Of first contacts (a GP consultation about the disorder), made by phone or video: removes that share of the
  // region's travel barrier to help-seeking (access.accessibility_factor_by_region).
  double first_contact_share = 0;
  std::array<double, kStaffedServiceCount> session_share_by_step{};  // of a course's sessions, delivered remotely
  double phone_share = 0;         // of remote sessions, by low-bandwidth phone (the rest by video)
  double phone_effect_ratio = 0;  // on the treatment's effect, for a phone session relative to video or in person
  // Travel burden of in-person sessions: drop-out relative to a session without travel, by region.
  std::array<double, 3> travel_dropout_rate_ratio_by_region{};
  std::array<double, 3> travel_hours_per_in_person_session_by_region{};  // there and back, for the hours saved
};

// Interpreters in treatment sessions for people who need one.
struct InterpreterSettings {
  double first_contact_share = 0;         // of first contacts (GP consultations) with an interpreter
  double session_share = 0;               // of treatment sessions of people who need one, with one
  double hours_per_session = 0;           // interpreter time a session takes, travel and briefing included
  double dropout_rate_ratio_without = 0;  // on drop-out, for a person who needs one in a session without one
  double effect_ratio_without = 0;        // on the treatment's effect, in a session without one
};

// Sessions offered in the evening and at weekends.
struct OutOfHoursSettings {
  double session_share = 0;  // of sessions, offered outside working hours
  // On the drop-out of people in work when every session falls in working hours.
  double office_hours_dropout_rate_ratio_employed = 0;
};

// Paid transport to in-person sessions (hub and spoke: a car, a bus pass, a fuel card).
struct TransportSupportSettings {
  std::array<double, 3> session_share_by_region{};  // of in-person sessions, with paid transport
  // Of the travel barrier to help-seeking removed for the region (a known, paid trip to the first contact).
  std::array<double, 3> first_contact_share_by_region{};
};

}  // namespace mhsim
