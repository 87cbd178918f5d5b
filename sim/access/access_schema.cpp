#include "access/access_schema.hpp"

#include "scenario/field_builders.hpp"

namespace mhsim {

void add_access_fields(std::vector<FieldSpec>& fields) {
  append_fields(fields, AtFork::may_change,
                {
                    MHSIM_FIELD(access, help_seeking_rate_per_year, kRate, kSeverityLabels),
                    MHSIM_FIELD(access, awareness_factor, kFactor),
                    MHSIM_FIELD(access, affordability_factor_by_income, kFactor, kIncomeLabels),
                    MHSIM_FIELD(access, accessibility_factor_by_region, kFactor, kRegionLabels),
                    MHSIM_FIELD(access, interpreter_needed_factor, kFactor),
                    MHSIM_FIELD(access, stigma_factor, kFactor),
                    MHSIM_FIELD(access, marginalised_group_trust_factor, kFactor),
                    MHSIM_FIELD(access, self_referral_share, kShare),
                    MHSIM_FIELD(access, digital_self_help_share, kShare),
                    MHSIM_FIELD(cost_sharing, primary_care_copay_by_coverage, kRate, kCoverageLabels),
                    MHSIM_FIELD(cost_sharing, therapy_copay_by_coverage, kRate, kCoverageLabels),
                    MHSIM_FIELD(cost_sharing, medication_copay_by_coverage, kRate, kCoverageLabels),
                    MHSIM_FIELD(cost_sharing, physical_health_copay_by_coverage, kRate, kCoverageLabels),
                    MHSIM_FIELD(cost_sharing, parity_share, kShare),
                    MHSIM_FIELD(cost_sharing, half_demand_copay_by_income, kPositive, kIncomeLabels),
                    MHSIM_FIELD(cost_sharing, dropout_rate_ratio_at_half_demand_copay, kRateRatio),
                    MHSIM_FIELD(cost_sharing, copay_ratio_by_income, kFactor, kIncomeLabels),
                    MHSIM_FIELD(campaigns, anti_stigma_spend_per_100k_per_year, kRate),
                    MHSIM_FIELD(campaigns, awareness_spend_per_100k_per_year, kRate),
                    MHSIM_FIELD(campaigns, max_gap_closed, kShare),
                    MHSIM_FIELD(campaigns, spend_scale_per_100k_per_year, kPositive),
                    MHSIM_FIELD(trust, personal_ratio_per_contact, kRateRatio),
                    MHSIM_FIELD(trust, personal_half_life_years, kPositive),
                    MHSIM_FIELD(trust, guardrail_share, kShare),
                    MHSIM_FIELD(trust, guardrail_loss_ratio, kFactor),
                    MHSIM_FIELD(trust, grievance_path_share, kShare),
                    MHSIM_FIELD(trust, grievance_restored_share, kShare),
                    MHSIM_FIELD(trust, peer_support_restored_share, kShare),
                    MHSIM_FIELD(trust, group_sensitivity, kFactor),
                    MHSIM_FIELD(trust, group_time_constant_years, kPositive),
                    MHSIM_FIELD(trust, reference_coercive_contacts_per_100k_per_year, kPositive,
                                kMarginalisedGroupLabels),
                    MHSIM_FIELD(trust, data_sovereignty_share, kShare),
                    MHSIM_FIELD(trust, data_sovereignty_gap_closed, kShare),
                    MHSIM_FIELD(trust, gap_closed_per_peer_fte_per_100k, kShare),
                });
}

void add_session_access_fields(std::vector<FieldSpec>& fields) {
  append_fields(fields, AtFork::may_change,
                {
                    MHSIM_FIELD(telehealth, first_contact_share, kShare),
                    MHSIM_FIELD(telehealth, session_share_by_step, kShare, kStaffedServiceLabels),
                    MHSIM_FIELD(telehealth, phone_share, kShare),
                    MHSIM_FIELD(telehealth, phone_effect_ratio, kRateRatio),
                    MHSIM_FIELD(telehealth, travel_dropout_rate_ratio_by_region, kRateRatio, kRegionLabels),
                    MHSIM_FIELD(telehealth, travel_hours_per_in_person_session_by_region, kRate, kRegionLabels),
                    MHSIM_FIELD(interpreters, first_contact_share, kShare),
                    MHSIM_FIELD(interpreters, session_share, kShare),
                    MHSIM_FIELD(interpreters, hours_per_session, kRate),
                    MHSIM_FIELD(interpreters, dropout_rate_ratio_without, kRateRatio),
                    MHSIM_FIELD(interpreters, effect_ratio_without, kRateRatio),
                    MHSIM_FIELD(out_of_hours, session_share, kShare),
                    MHSIM_FIELD(out_of_hours, office_hours_dropout_rate_ratio_employed, kRateRatio),
                    MHSIM_FIELD(transport_support, session_share_by_region, kShare, kRegionLabels),
                    MHSIM_FIELD(transport_support, first_contact_share_by_region, kShare, kRegionLabels),
                });
}

}  // namespace mhsim
