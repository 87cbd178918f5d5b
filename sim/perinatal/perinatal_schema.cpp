#include "perinatal/perinatal_schema.hpp"

#include "scenario/field_builders.hpp"

namespace mhsim {
namespace {

// With at most 400 births per 1,000 women a year and phases of at most a year each, a woman
// is perinatal less than 80% of the time, so the conception hazard (f / (1 - f x T)) stays finite.
constexpr ValueRange kBirthsPer1000Women{.min = 0, .max = 400};
constexpr ValueRange kPhaseWeeks{.min = 0, .max = 52, .min_open = true};

}  // namespace

void add_perinatal_fields(std::vector<FieldSpec>& fields) {
  append_fields(fields, AtFork::fixed,
                {
                    MHSIM_FIELD(perinatal, births_per_1000_women_by_age_band, kBirthsPer1000Women, kAgeBandLabels),
                    MHSIM_FIELD(perinatal, pregnancy_weeks, kPhaseWeeks),
                    MHSIM_FIELD(perinatal, postnatal_weeks, kPhaseWeeks),
                });
  append_fields(fields, AtFork::may_change,
                {
                    MHSIM_FIELD(perinatal_care, screens_per_pregnancy, kRate),
                    MHSIM_FIELD(perinatal_care, team_fte_per_100k, kRate),
                    MHSIM_FIELD(perinatal_care, team_caseload_per_fte, kRate),
                    MHSIM_FIELD(perinatal_care, team_remission_rate_per_year, kRate),
                    MHSIM_FIELD(perinatal_care, team_fte_year_cost, kRate),
                });
}

}  // namespace mhsim
