#include "population/population_schema.hpp"

#include "scenario/field_builders.hpp"

namespace mhsim {
namespace {

constexpr ValueRange kPopulationSize{.min = 1, .max = 50'000'000};
// Human mortality at 15 is about 1e-4 a year; 0.1 is a tenth of the cohort a year.
constexpr ValueRange kMortalityAt15{.min = 0, .max = 0.1};
// Human mortality doubles every 7-10 years of age (0.07-0.1); 0.2 doubles it every 3.5 years.
constexpr ValueRange kGompertzSlope{.min = 0, .max = 0.2};

}  // namespace

void add_population_fields(std::vector<FieldSpec>& fields) {
  append_fields(fields, AtFork::fixed,
                {
                    MHSIM_FIELD(population, size, kPopulationSize),
                    MHSIM_FIELD(population, growth_rate_per_year, kNetGrowth),
                    MHSIM_FIELD(population, age_band_share, kShare, kAgeBandLabels, kSumsToOne),
                    MHSIM_FIELD(population, female_share, kShare),
                    MHSIM_FIELD(population, region_share, kShare, kRegionLabels, kSumsToOne),
                    MHSIM_FIELD(population, income_share, kShare, kIncomeLabels, kSumsToOne),
                    MHSIM_FIELD(population, coverage_share, kShare, kCoverageLabels, kSumsToOne),
                    MHSIM_FIELD(population, housing_share, kShare, kHousingLabels, kSumsToOne),
                    MHSIM_FIELD(population, employment_share, kShare, kEmploymentLabels, kSumsToOne),
                    MHSIM_FIELD(population, interpreter_needed_share, kShare),
                    MHSIM_FIELD(population, marginalised_group_share, kShare),
                    MHSIM_FIELD(population, ncd_share_by_age_band, kShare, kAgeBandLabels),
                    MHSIM_FIELD(population, hiv_share_by_age_band, kShare, kAgeBandLabels),
                    MHSIM_FIELD(population, offline_share_by_age_band, kShare, kAgeBandLabels),
                    MHSIM_FIELD(population, offline_rate_ratio_by_income, kFactor, kIncomeLabels),
                    MHSIM_FIELD(mortality, gompertz_rate_at_age_15_per_year, kMortalityAt15),
                    MHSIM_FIELD(mortality, gompertz_slope_per_year, kGompertzSlope),
                    MHSIM_FIELD(mortality, ncd_rate_ratio, kMortalityRateRatio),
                    MHSIM_FIELD(mortality, hiv_rate_ratio, kMortalityRateRatio),
                    MHSIM_FIELD(mortality, treated_depression_excess_share, kShare),
                });
}

}  // namespace mhsim
