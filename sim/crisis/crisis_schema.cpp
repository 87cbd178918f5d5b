#include "crisis/crisis_schema.hpp"

#include "scenario/field_builders.hpp"

namespace mhsim {

void add_crisis_fields(std::vector<FieldSpec>& fields) {
  constexpr ValueRange kHourOfDay{.min = 0, .max = 24, .max_open = true};
  constexpr ValueRange kHoursOfCover{.min = 0, .max = 24};
  append_fields(fields, AtFork::may_change,
                {
                    MHSIM_FIELD(crisis, line_awareness, kShare),
                    MHSIM_FIELD(crisis, line_awareness_ratio_marginalised, kFactor),
                    MHSIM_FIELD(crisis, walk_in_share, kShare),
                    MHSIM_FIELD(crisis, walk_in_receiving_centre_share, kShare),
                    MHSIM_FIELD(crisis, rate_ratio_by_housing, kRateRatio, kHousingLabels),
                    MHSIM_FIELD(crisis, rate_ratio_untreated, kRateRatio),
                    MHSIM_FIELD(crisis_line, call_handler_fte_per_100k, kRate),
                    MHSIM_FIELD(crisis_line, call_minutes, kPositive),
                    MHSIM_FIELD(crisis_line, patience_minutes, kPositive),
                    MHSIM_FIELD(crisis_line, resolved_by_phone_share, kShare),
                    MHSIM_FIELD(crisis_line, abandoned_to_police_share, kShare),
                    MHSIM_FIELD(mobile_team, teams_per_100k, kRate),
                    MHSIM_FIELD(mobile_team, cover_hours_per_day, kHoursOfCover),
                    MHSIM_FIELD(mobile_team, cover_start_hour, kHourOfDay),
                    MHSIM_FIELD(mobile_team, travel_minutes_by_region, kRate, kRegionLabels),
                    MHSIM_FIELD(mobile_team, attendance_hours, kPositive),
                    MHSIM_FIELD(mobile_team, max_wait_minutes, kRate),
                    MHSIM_FIELD(mobile_team, resolved_on_site_share, kShare),
                    MHSIM_FIELD(police, dispatch_to_mobile_team_share, kShare),
                    MHSIM_FIELD(police, attendance_hours, kPositive),
                    MHSIM_FIELD(police, arrest_share, kShare),
                    MHSIM_FIELD(police, transport_share, kShare),
                    MHSIM_FIELD(police, facility_drop_off_share, kShare),
                    MHSIM_FIELD(police, co_responder_share, kShare),
                    MHSIM_FIELD(police, diversion_share, kShare),
                    MHSIM_FIELD(police, jail_days, kPositive),
                    MHSIM_FIELD(stabilisation, chairs_per_100k, kRate),
                    MHSIM_FIELD(stabilisation, stay_hours, kPositive),
                    MHSIM_FIELD(stabilisation, short_term_bed_share, kShare),
                    MHSIM_FIELD(stabilisation, inpatient_share, kShare),
                    MHSIM_FIELD(short_term_beds, beds_per_100k, kRate),
                    MHSIM_FIELD(short_term_beds, stay_days, kPositive),
                    MHSIM_FIELD(short_term_beds, inpatient_share, kShare),
                    MHSIM_FIELD(emergency_department, liaison_assessors_per_100k, kPositive),
                    MHSIM_FIELD(emergency_department, assessment_hours, kPositive),
                    MHSIM_FIELD(emergency_department, admission_share, kShare),
                    MHSIM_FIELD(emergency_department, admission_share_ratio_when_full, kShare),
                    MHSIM_FIELD(emergency_department, max_boarding_hours, kPositive),
                    MHSIM_FIELD(inpatient, beds_per_100k, kPositive),
                    MHSIM_FIELD(inpatient, length_of_stay_days, kPositive),
                    MHSIM_FIELD(inpatient, involuntary_share_after_police, kShare),
                    MHSIM_FIELD(inpatient, involuntary_share_health_first, kShare),
                    MHSIM_FIELD(follow_up, linkage_probability, kShare),
                    MHSIM_FIELD(follow_up, bridging_share, kShare),
                    MHSIM_FIELD(follow_up, bridged_linkage_probability, kShare),
                    MHSIM_FIELD(follow_up, risk_window_days, kPositive),
                    MHSIM_FIELD(follow_up, suicide_rate_ratio_after_inpatient, kRateRatio),
                    MHSIM_FIELD(follow_up, suicide_rate_ratio_after_crisis_care, kRateRatio),
                    MHSIM_FIELD(follow_up, crisis_rate_ratio_after_discharge, kRateRatio),
                    MHSIM_FIELD(follow_up, linked_excess_risk_ratio, kFactor),
                });
}

}  // namespace mhsim
