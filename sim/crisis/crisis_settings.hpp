#pragma once
// The crisis system of a scenario (docs/model.md, "Crises"): the doors a crisis
// comes through, the services that meet it, their capacity, and what happens
// after discharge. Durations are in the unit their name says (minutes, hours,
// days): a crisis is resolved in hours, so the engine times it in hours.
#include <array>

namespace mhsim {

// Who a crisis reaches first, and how likely it is to recur.
struct CrisisSettings {
  double line_awareness = 0;  // share of crises where the person or family calls the crisis line first
  double line_awareness_ratio_marginalised = 0;  // on that share, for people of a marginalised group (trust)
  double walk_in_share = 0;  // of crises not reaching the line: presented in person rather than to police
  double walk_in_receiving_centre_share =
      0;  // of walk-ins, to a receiving centre when there is one with a chair (the rest to the ED)
  std::array<double, 3> rate_ratio_by_housing{};  // on the crisis hazard
  double rate_ratio_untreated =
      0;  // on the crisis hazard of people with a common disorder and no treatment (unmet need)
};

// A telephone line answered by call handlers on duty round the clock.
struct CrisisLineSettings {
  double call_handler_fte_per_100k = 0;  // seats on duty = FTE x 37.5 / 168
  double call_minutes = 0;               // mean handling time
  double patience_minutes = 0;           // mean wait before a caller hangs up
  double resolved_by_phone_share = 0;    // of answered calls; the rest need someone in person
  double abandoned_to_police_share = 0;  // of callers who hang up: they call the police instead
};

// Mobile crisis teams on shift during their hours of cover.
struct MobileTeamSettings {
  double teams_per_100k = 0;       // teams on shift at once during cover hours
  double cover_hours_per_day = 0;  // 24: round the clock; otherwise from cover_start_hour
  double cover_start_hour = 0;     // 0-24, clock hour of the start of cover
  std::array<double, 3> travel_minutes_by_region{};
  double attendance_hours = 0;        // on scene, with any transport, after arrival
  double max_wait_minutes = 0;        // no team free within this long: the police are sent instead
  double resolved_on_site_share = 0;  // the rest go on to the receiving centre (or the ED without one)
};

// Police attending a crisis (police-first door, abandoned calls, no team).
struct PoliceSettings {
  double dispatch_to_mobile_team_share =
      0;  // of police-door crises, passed by the emergency dispatcher to a mobile team
  double attendance_hours = 0;
  double arrest_share = 0;             // of attendances
  double transport_share = 0;          // of attendances without arrest: taken to the receiving centre or the ED
  double facility_drop_off_share = 0;  // of transports: to the receiving centre when it has a chair, else the ED
  double co_responder_share = 0;       // of attendances, with a clinician alongside
  double diversion_share = 0;          // of a co-responder's arrests: taken to care instead (receiving centre, else ED)
  double jail_days = 0;                // mean days held after an arrest
};

// Crisis receiving and stabilisation centres: recliner chairs for up to a day, no refusal while a chair is free.
struct StabilisationSettings {
  double chairs_per_100k = 0;
  double stay_hours = 0;
  double short_term_bed_share = 0;  // of stays, going on to a short-term crisis bed
  double inpatient_share = 0;       // of stays, admitted (boarding in the ED while no bed is free)
};

// Short-term crisis residential beds.
struct ShortTermBedSettings {
  double beds_per_100k = 0;
  double stay_days = 0;
  double inpatient_share = 0;  // of stays, going on to an inpatient bed
};

// Psychiatric assessment in the emergency department; people admitted wait there for a bed (boarding).
struct EmergencyDepartmentSettings {
  double liaison_assessors_per_100k = 0;  // assessments under way at once
  double assessment_hours = 0;
  double admission_share = 0;                  // of assessments
  double admission_share_ratio_when_full = 0;  // on that share while no bed is free: a full ward raises the bar
  double max_boarding_hours = 0;               // a boarder still without a bed after this long is sent home from the ED
};

// Acute psychiatric beds: every admission, from the ED or a short-term bed.
struct InpatientSettings {
  double beds_per_100k = 0;
  double length_of_stay_days = 0;
  // Of admissions, under compulsion: by whether the police met the crisis first (alone or on the way to the ED).
  double involuntary_share_after_police = 0;
  double involuntary_share_health_first = 0;
};

// Linkage to community care within 7 days of leaving crisis care, and the risk window after it.
struct FollowUpSettings {
  double linkage_probability = 0;          // without a bridger
  double bridging_share = 0;               // of discharges, with a navigator or peer bridger
  double bridged_linkage_probability = 0;  // with one
  double risk_window_days = 0;             // after a discharge, crisis and suicide hazards are raised
  double suicide_rate_ratio_after_inpatient = 0;
  double suicide_rate_ratio_after_crisis_care = 0;  // stabilisation, short-term bed, ED or a resolved mobile visit
  double crisis_rate_ratio_after_discharge = 0;
  double linked_excess_risk_ratio = 0;  // on the excess of both ratios, for people linked to care
};

}  // namespace mhsim
