#pragma once
// Unit costs (docs/model.md, "Costs"), in the scenario's currency at its
// price year. Staff are costed per full-time equivalent year for the time
// they give to the model's services; capacity (beds, chairs, teams, units)
// per day, hour or year it is funded; activity (ED visits, police hours, jail
// days, medicines, digital licences, and the levers' screens, handoffs,
// attendances, diversions, bridged discharges) per unit used.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace mhsim {

enum class CostLine : std::uint8_t {
  primary_care_mental_health,
  psychological_therapy,
  medication,
  community,
  crisis,
  inpatient,
  digital,
  campaigns,  // anti-stigma and awareness campaigns
  justice,    // police time and jail: not a health budget, counted apart in cost_health_and_care
};
inline constexpr std::size_t kCostLineCount = 9;
inline constexpr std::array<std::string_view, kCostLineCount> kCostLineLabels{"primary_care_mental_health",
                                                                              "psychological_therapy",
                                                                              "medication",
                                                                              "community",
                                                                              "crisis",
                                                                              "inpatient",
                                                                              "digital",
                                                                              "campaigns",
                                                                              "justice"};

inline constexpr std::size_t kCostedCadreCount = 9;  // every Cadre

struct CostSettings {
  std::string currency;
  std::int64_t price_year = 0;
  std::array<double, kCostedCadreCount> fte_year_by_cadre{};  // salary, on-costs and overheads
  double navigator_fte_year = 0;
  double call_handler_fte_year = 0;
  double employment_specialist_fte_year = 0;
  double act_staff_fte_year = 0;
  double medicine_per_treated_week = 0;  // a person in medication management
  double digital_self_help_per_user_week = 0;
  // Access beyond the first contact, on the line of the service each session belongs to.
  double telehealth_platform_per_remote_session = 0;  // video platform, phone line and scheduling
  double interpreter_hour = 0;
  double out_of_hours_premium_per_session = 0;  // the staff's unsocial-hours pay for a session
  double transport_per_supported_session = 0;   // a trip there and back
  double inpatient_bed_day = 0;  // a funded bed, staffed
  double short_term_bed_day = 0;
  double stabilisation_chair_day = 0;
  double mobile_team_hour = 0;  // a team on shift
  double ed_visit = 0;          // an ED crisis visit, assessment included
  double ed_boarding_hour = 0;
  double police_attendance_hour = 0;  // the officers attending a crisis
  double jail_day = 0;
  double housing_first_unit_year = 0;         // rent support and the support team
  double productivity_per_employed_week = 0;  // output of a person in work (human-capital approach)
  // The levers' activity, each charged as used on the line of the service that does it.
  double screen = 0;                              // a screen given (routine visit, school or perinatal)
  double warm_handoff = 0;                        // a referral introduced in person by the GP
  double co_responder_attendance = 0;             // a clinician's time at a police crisis attendance
  double dispatch_diversion = 0;                  // a clinician's triage of a dispatch passed to a mobile team
  double bridged_discharge = 0;                   // a peer bridger's support after a discharge from crisis care
  double adherence_support_per_treated_week = 0;  // a person in medication management with adherence support
  // Trust (docs/model.md, "Trust").
  double advocate_per_guarded_contact = 0;  // an advocate at a coercive contact with safeguards
  double grievance_per_case = 0;            // a complaint handled after a coercive contact
  double data_sovereignty_agreement_per_100k_per_year = 0;  // governance and community data stewards
  // Justice after arrest (docs/model.md, "Justice after arrest").
  double liaison_practitioner_fte_year = 0;  // a liaison and diversion practitioner (crisis line)
  double jail_care_day = 0;                  // treatment of a person held in jail (justice line)
  double release_plan = 0;                   // release planning for one release (community line)
  // Severe illness in the community (issue 18).
  double community_team_staff_fte_year = 0;       // a community mental health team's care coordinator
  double early_intervention_staff_fte_year = 0;   // an early intervention care coordinator
  double relapse_prevention_per_person_year = 0;  // family intervention and adherence support, a year of it
};

}  // namespace mhsim
