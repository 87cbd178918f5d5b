#include "community/community_schema.hpp"

#include "scenario/field_builders.hpp"

namespace mhsim {

void add_community_fields(std::vector<FieldSpec>& fields) {
  append_fields(fields, AtFork::fixed,
                {
                    MHSIM_FIELD(housing, loss_rate_per_year, kRate),
                    MHSIM_FIELD(housing, homelessness_rate_per_year, kRate),
                    MHSIM_FIELD(housing, rehousing_rate_per_year, kRate),
                    MHSIM_FIELD(housing, stabilisation_rate_per_year, kRate),
                    MHSIM_FIELD(housing, rate_ratio_ill, kRateRatio),
                    MHSIM_FIELD(employment, job_loss_rate_per_year, kRate),
                    MHSIM_FIELD(employment, job_finding_rate_per_year, kRate),
                    MHSIM_FIELD(employment, job_loss_rate_ratio_ill, kRateRatio),
                    MHSIM_FIELD(employment, job_finding_rate_ratio_ill, kRateRatio),
                    MHSIM_FIELD(employment, smi_relapse_rate_ratio_unemployed, kRateRatio),
                });
  append_fields(fields, AtFork::may_change,
                {
                    MHSIM_FIELD(housing_first, units_per_100k, kRate),
                    MHSIM_FIELD(housing_first, tenancy_exit_rate_per_year, kRate),
                    MHSIM_FIELD(housing_first, treatment_dropout_rate_ratio, kRateRatio),
                    MHSIM_FIELD(housing_first, help_seeking_rate_ratio, kRateRatio),
                    MHSIM_FIELD(peer_support, caseload_per_peer_fte, kRate),
                    MHSIM_FIELD(peer_support, mean_weeks, kPositive),
                    MHSIM_FIELD(peer_support, contacts_per_week, kRate),
                    MHSIM_FIELD(peer_support, treatment_dropout_rate_ratio, kRateRatio),
                    MHSIM_FIELD(peer_support, relapse_rate_ratio, kRateRatio),
                    MHSIM_FIELD(employment_support, specialist_fte_per_100k, kRate),
                    MHSIM_FIELD(employment_support, caseload_per_fte, kRate),
                    MHSIM_FIELD(employment_support, mean_weeks, kPositive),
                    MHSIM_FIELD(employment_support, job_finding_rate_ratio, kRateRatio),
                    MHSIM_FIELD(assertive_community_treatment, team_fte_per_100k, kRate),
                    MHSIM_FIELD(assertive_community_treatment, caseload_per_fte, kRate),
                    MHSIM_FIELD(assertive_community_treatment, mean_weeks, kPositive),
                    MHSIM_FIELD(assertive_community_treatment, crisis_rate_ratio, kRateRatio),
                    MHSIM_FIELD(assertive_community_treatment, smi_relapse_rate_ratio, kRateRatio),
                });
}

}  // namespace mhsim
