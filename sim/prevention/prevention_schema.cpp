#include "prevention/prevention_schema.hpp"

#include "core/attributes.hpp"
#include "scenario/field_builders.hpp"

namespace mhsim {
namespace {

// A programme lowers onset (ratio at most 1); a ratio of 0 would prevent every onset, which no trial supports.
constexpr ValueRange kPreventionRatio{.min = 0, .max = 1, .min_open = true};
constexpr ValueRange kSchoolLeavingAge{.min = kMinimumAgeYears, .max = 25};

}  // namespace

void add_prevention_fields(std::vector<FieldSpec>& fields) {
  append_fields(fields, AtFork::may_change,
                {
                    MHSIM_FIELD(prevention, workplace_reach_per_year, kShare),
                    MHSIM_FIELD(prevention, workplace_onset_rate_ratio, kPreventionRatio),
                    MHSIM_FIELD(prevention, workplace_half_life_years, kPositive),
                    MHSIM_FIELD(prevention, workplace_cost_per_person_reached, kRate),
                    MHSIM_FIELD(prevention, school_leaving_age_years, kSchoolLeavingAge),
                    MHSIM_FIELD(prevention, school_reach_per_year, kShare),
                    MHSIM_FIELD(prevention, school_onset_rate_ratio, kPreventionRatio),
                    MHSIM_FIELD(prevention, school_half_life_years, kPositive),
                    MHSIM_FIELD(prevention, school_cost_per_person_reached, kRate),
                    MHSIM_FIELD(prevention, parenting_reach_per_year, kShare),
                    MHSIM_FIELD(prevention, parenting_onset_rate_ratio, kPreventionRatio),
                    MHSIM_FIELD(prevention, parenting_half_life_years, kPositive),
                    MHSIM_FIELD(prevention, parenting_cost_per_person_reached, kRate),
                });
}

}  // namespace mhsim
