#include "economics/economics_schema.hpp"

#include "scenario/field_builders.hpp"

namespace mhsim {
namespace {

constexpr ValueRange kPriceYear{.min = 1900, .max = 2200};
constexpr ValueRange kWholeYears{.min = 0, .max = 100};

}  // namespace

void add_economics_fields(std::vector<FieldSpec>& fields) {
  append_fields(fields, AtFork::may_change,
                {
                    MHSIM_FIELD(economics, discount_rate_per_year, kShare),
                    MHSIM_FIELD(economics, disability_weight_cmd, kShare, kSeverityLabels),
                    MHSIM_FIELD(economics, disability_weight_smi, kShare, kSmiStateLabels),
                    MHSIM_FIELD(costs, currency),
                    MHSIM_FIELD(costs, price_year, kPriceYear),
                    MHSIM_FIELD(costs, fte_year_by_cadre, kRate, kCadreLabels),
                    MHSIM_FIELD(costs, navigator_fte_year, kRate),
                    MHSIM_FIELD(costs, call_handler_fte_year, kRate),
                    MHSIM_FIELD(costs, employment_specialist_fte_year, kRate),
                    MHSIM_FIELD(costs, act_staff_fte_year, kRate),
                    MHSIM_FIELD(costs, medicine_per_treated_week, kRate),
                    MHSIM_FIELD(costs, digital_self_help_per_user_week, kRate),
                    MHSIM_FIELD(costs, telehealth_platform_per_remote_session, kRate),
                    MHSIM_FIELD(costs, interpreter_hour, kRate),
                    MHSIM_FIELD(costs, out_of_hours_premium_per_session, kRate),
                    MHSIM_FIELD(costs, transport_per_supported_session, kRate),
                    MHSIM_FIELD(costs, inpatient_bed_day, kRate),
                    MHSIM_FIELD(costs, short_term_bed_day, kRate),
                    MHSIM_FIELD(costs, stabilisation_chair_day, kRate),
                    MHSIM_FIELD(costs, mobile_team_hour, kRate),
                    MHSIM_FIELD(costs, ed_visit, kRate),
                    MHSIM_FIELD(costs, ed_boarding_hour, kRate),
                    MHSIM_FIELD(costs, police_attendance_hour, kRate),
                    MHSIM_FIELD(costs, jail_day, kRate),
                    MHSIM_FIELD(costs, housing_first_unit_year, kRate),
                    MHSIM_FIELD(costs, productivity_per_employed_week, kRate),
                    MHSIM_FIELD(costs, screen, kRate),
                    MHSIM_FIELD(costs, warm_handoff, kRate),
                    MHSIM_FIELD(costs, co_responder_attendance, kRate),
                    MHSIM_FIELD(costs, dispatch_diversion, kRate),
                    MHSIM_FIELD(costs, bridged_discharge, kRate),
                    MHSIM_FIELD(costs, adherence_support_per_treated_week, kRate),
                    MHSIM_FIELD(costs, advocate_per_guarded_contact, kRate),
                    MHSIM_FIELD(costs, grievance_per_case, kRate),
                    MHSIM_FIELD(costs, data_sovereignty_agreement_per_100k_per_year, kRate),
                    MHSIM_FIELD(costs, liaison_practitioner_fte_year, kRate),
                    MHSIM_FIELD(costs, jail_care_day, kRate),
                    MHSIM_FIELD(costs, release_plan, kRate),
                    MHSIM_FIELD(costs, community_team_staff_fte_year, kRate),
                    MHSIM_FIELD(costs, early_intervention_staff_fte_year, kRate),
                    MHSIM_FIELD(costs, relapse_prevention_per_person_year, kRate),
                    MHSIM_FIELD(budget, per_100k_per_year_by_line, kRate, kBudgetLineLabels),
                    MHSIM_FIELD(budget, growth_rate_per_year, kNetGrowth),
                    MHSIM_FIELD(budget, transition_years, kWholeYears),
                    MHSIM_FIELD(budget, inpatient_share_moved, kShare),
                    MHSIM_FIELD(budget, moved_share_by_line, kShare, kReceivingLineLabels, kSumsToAtMostOne),
                });
}

}  // namespace mhsim
