#include "illness/illness_schema.hpp"

#include "scenario/field_builders.hpp"

namespace mhsim {

void add_illness_fields(std::vector<FieldSpec>& fields) {
  append_fields(fields, AtFork::fixed,
                {
                    MHSIM_FIELD(common_mental_disorder, onset_rate_per_year, kRate),
                    MHSIM_FIELD(common_mental_disorder, onset_rate_ratio_by_age_band, kRateRatio, kAgeBandLabels),
                    MHSIM_FIELD(common_mental_disorder, onset_rate_ratio_female, kRateRatio),
                    MHSIM_FIELD(common_mental_disorder, onset_rate_ratio_by_income, kRateRatio, kIncomeLabels),
                    MHSIM_FIELD(common_mental_disorder, onset_rate_ratio_unemployed, kRateRatio),
                    MHSIM_FIELD(common_mental_disorder, onset_rate_ratio_by_housing, kRateRatio, kHousingLabels),
                    MHSIM_FIELD(common_mental_disorder, onset_rate_ratio_ncd, kRateRatio),
                    MHSIM_FIELD(common_mental_disorder, onset_rate_ratio_hiv, kRateRatio),
                    MHSIM_FIELD(common_mental_disorder, onset_rate_ratio_perinatal, kRateRatio),
                    MHSIM_FIELD(common_mental_disorder, onset_rate_ratio_previous_episode, kRateRatio),
                    MHSIM_FIELD(common_mental_disorder, onset_severity_share, kShare, kSeverityLabels, kSumsToOne),
                    MHSIM_FIELD(common_mental_disorder, initial_prevalence, kShare),
                    MHSIM_FIELD(common_mental_disorder, fast_remitter_share, kShare),
                    MHSIM_FIELD(common_mental_disorder, fast_remission_rate_per_year, kRate),
                    MHSIM_FIELD(common_mental_disorder, slow_remission_rate_per_year, kRate),
                    MHSIM_FIELD(common_mental_disorder, worsening_rate_per_year, kRate),
                    MHSIM_FIELD(common_mental_disorder, crisis_rate_per_year, kRate, kSeverityLabels),
                    MHSIM_FIELD(common_mental_disorder, suicide_rate_per_year, kRate, kSeverityLabels),
                    MHSIM_FIELD(common_mental_disorder, excess_mortality_rate_ratio, kMortalityRateRatio),
                    MHSIM_FIELD(severe_mental_illness, initial_prevalence, kShare),
                    MHSIM_FIELD(severe_mental_illness, onset_rate_per_year_by_age_band, kRate, kAgeBandLabels),
                    MHSIM_FIELD(severe_mental_illness, relapse_rate_per_year, kRate),
                    MHSIM_FIELD(severe_mental_illness, acute_recovery_rate_per_year, kRate),
                    MHSIM_FIELD(severe_mental_illness, crisis_rate_per_year_stable, kRate),
                    MHSIM_FIELD(severe_mental_illness, crisis_rate_per_year_acute, kRate),
                    MHSIM_FIELD(severe_mental_illness, suicide_rate_per_year_stable, kRate),
                    MHSIM_FIELD(severe_mental_illness, suicide_rate_per_year_acute, kRate),
                    MHSIM_FIELD(severe_mental_illness, excess_mortality_rate_ratio, kMortalityRateRatio),
                });
  // Demand may change inside a run: a shock is a change of the world the policy meets, not of the burn-in's illness.
  append_fields(fields, AtFork::may_change,
                {
                    MHSIM_FIELD(demand, onset_rate_ratio, kRateRatio),
                    MHSIM_FIELD(demand, relapse_rate_ratio, kRateRatio),
                    MHSIM_FIELD(demand, crisis_rate_ratio, kRateRatio),
                });
}

}  // namespace mhsim
