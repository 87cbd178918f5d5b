#include "workforce/workforce_schema.hpp"

#include <array>
#include <cstddef>
#include <string>

#include "scenario/field_builders.hpp"

namespace mhsim {
namespace {

constexpr ValueRange kWorkingShare{.min = 0, .max = 1, .max_open = true};   // all time non-clinical leaves no capacity
constexpr ValueRange kPositiveShare{.min = 0, .max = 1, .min_open = true};  // a share that cannot be 0 (it divides)

// Every cadre has the same settings, each under workforce.<cadre label>.
std::vector<FieldSpec> cadre_fields() {
  const std::array kCadreTimeFields{
      MHSIM_MEMBER_FIELD(CadreSettings, fte_per_100k, kRate),
      MHSIM_MEMBER_FIELD(CadreSettings, non_clinical_time_share, kWorkingShare),
      MHSIM_MEMBER_FIELD(CadreSettings, supervision_time_share, kWorkingShare),
  };
  const std::array kCadreSupervisionFields{
      MHSIM_MEMBER_FIELD(CadreSettings, supervision_hours_needed_per_fte_week, kRate),
      MHSIM_MEMBER_FIELD(CadreSettings, treatment_effect_ratio, kRate),
      MHSIM_MEMBER_FIELD(CadreSettings, unsupervised_effect_ratio, kRate),
      MHSIM_MEMBER_FIELD(CadreSettings, attrition_rate_per_year, kRate),
      MHSIM_MEMBER_FIELD(CadreSettings, recruitment_lag_weeks, kPositive),
      MHSIM_MEMBER_FIELD(CadreSettings, training_weeks, kRate),
      MHSIM_MEMBER_FIELD(CadreSettings, training_completion_share, kPositiveShare),
      MHSIM_MEMBER_FIELD(CadreSettings, training_cost_per_trainee, kRate),
  };
  std::vector<FieldSpec> fields;
  for (std::size_t cadre = 0; cadre < kCadreCount; ++cadre) {
    const std::string prefix = "workforce." + std::string(kCadreLabels[cadre]) + ".";
    const auto add_cadre_field = [&](const MemberField<CadreSettings>& field) {
      auto access = [ cadre, member = field.member ](auto& s) -> auto& {
        return s.workforce[cadre].*member;
      };
      fields.push_back(make_field(prefix + std::string(field.name), access, field.range));
    };
    for (const auto& field : kCadreTimeFields) add_cadre_field(field);
    auto time_shares = [cadre](auto& s) -> auto& {
      return s.workforce[cadre].time_share_by_service;
    };
    fields.push_back(
        make_field(prefix + "time_share_by_service", time_shares, kShare, kStaffedServiceLabels, kSumsToAtMostOne));
    for (const auto& field : kCadreSupervisionFields) add_cadre_field(field);
  }
  return fields;
}

}  // namespace

void add_workforce_fields(std::vector<FieldSpec>& fields) {
  append_fields(fields, AtFork::may_change, cadre_fields());
  append_fields(fields, AtFork::may_change,
                {
                    MHSIM_FIELD(workforce_dynamics, burnout_pressure_threshold, kPositive),
                    MHSIM_FIELD(workforce_dynamics, burnout_attrition_ratio_per_pressure, kRate),
                    MHSIM_FIELD(workforce_dynamics, attrition_rate_ratio_unsupervised, kRateRatio),
                    MHSIM_FIELD(workforce_dynamics, hiring_rate_ratio, kRate),
                });
}

}  // namespace mhsim
