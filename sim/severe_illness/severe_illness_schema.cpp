#include "severe_illness/severe_illness_schema.hpp"

#include "scenario/field_builders.hpp"

namespace mhsim {

void add_severe_illness_fields(std::vector<FieldSpec>& fields) {
  append_fields(fields, AtFork::may_change,
                {
                    MHSIM_FIELD(community_mental_health_team, staff_fte_per_100k, kRate),
                    MHSIM_FIELD(community_mental_health_team, caseload_per_fte, kRate),
                    MHSIM_FIELD(community_mental_health_team, mean_weeks, kPositive),
                    MHSIM_FIELD(community_mental_health_team, contacts_per_week, kRate),
                    MHSIM_FIELD(community_mental_health_team, relapse_rate_ratio, kRateRatio),
                    MHSIM_FIELD(community_mental_health_team, crisis_rate_ratio, kRateRatio),
                    MHSIM_FIELD(early_intervention_psychosis, coordinator_fte_per_100k, kRate),
                    MHSIM_FIELD(early_intervention_psychosis, caseload_per_coordinator, kRate),
                    MHSIM_FIELD(early_intervention_psychosis, mean_weeks, kPositive),
                    MHSIM_FIELD(early_intervention_psychosis, referral_share, kShare),
                    MHSIM_FIELD(early_intervention_psychosis, contacts_per_week, kRate),
                    MHSIM_FIELD(early_intervention_psychosis, relapse_rate_ratio, kRateRatio),
                    MHSIM_FIELD(early_intervention_psychosis, crisis_rate_ratio, kRateRatio),
                    MHSIM_FIELD(early_intervention_psychosis, job_finding_rate_ratio, kRateRatio),
                    MHSIM_FIELD(relapse_prevention, reach_share, kShare),
                    MHSIM_FIELD(relapse_prevention, relapse_rate_ratio, kRateRatio),
                });
}

}  // namespace mhsim
