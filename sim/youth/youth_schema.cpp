#include "youth/youth_schema.hpp"

#include "scenario/field_builders.hpp"

namespace mhsim {

void add_youth_fields(std::vector<FieldSpec>& fields) {
  append_fields(fields, AtFork::may_change,
                {
                    MHSIM_FIELD(school_support, counsellor_fte_per_100k, kRate),
                    MHSIM_FIELD(school_support, counsellor_caseload, kRate),
                    MHSIM_FIELD(school_support, counsellor_cost_per_fte_year, kRate),
                    MHSIM_FIELD(school_support, trained_teacher_share, kShare),
                    MHSIM_FIELD(school_support, teacher_identification_rate_per_year, kRate),
                    MHSIM_FIELD(school_support, teacher_help_seeking_rate_ratio, kRateRatio),
                    MHSIM_FIELD(school_support, teacher_training_cost_per_100k_per_year, kRate),
                    MHSIM_FIELD(youth_pathway, acceptability_factor, kFactor),
                    MHSIM_FIELD(youth_pathway, one_stop_gap_closed_share, kShare),
                    MHSIM_FIELD(youth_pathway, one_stop_cost_per_100k_per_year, kRate),
                });
}

}  // namespace mhsim
