#include "justice/justice_schema.hpp"

#include "scenario/field_builders.hpp"

namespace mhsim {

void add_justice_fields(std::vector<FieldSpec>& fields) {
  append_fields(fields, AtFork::may_change,
                {
                    MHSIM_FIELD(liaison_diversion, practitioners_fte_per_100k, kRate),
                    MHSIM_FIELD(liaison_diversion, screenings_per_fte_year, kRate),
                    MHSIM_FIELD(liaison_diversion, diversion_share, kShare),
                    MHSIM_FIELD(liaison_diversion, diverted_held_days, kRate),
                    MHSIM_FIELD(liaison_diversion, supervision_days, kRate),
                    MHSIM_FIELD(liaison_diversion, arrest_share_ratio_supervised, kFactor),
                    MHSIM_FIELD(jail_care, treated_share, kShare),
                    MHSIM_FIELD(jail_care, release_excess_risk_ratio, kFactor),
                    MHSIM_FIELD(release, linkage_probability, kShare),
                    MHSIM_FIELD(release, planning_share, kShare),
                    MHSIM_FIELD(release, planned_linkage_probability, kShare),
                    MHSIM_FIELD(release, risk_window_days, kRate),
                    MHSIM_FIELD(release, mortality_rate_ratio, kMortalityRateRatio),
                    MHSIM_FIELD(release, suicide_rate_ratio, kRateRatio),
                    MHSIM_FIELD(release, crisis_rate_ratio, kRateRatio),
                });
}

}  // namespace mhsim
