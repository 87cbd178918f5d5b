// The table of every scenario key: its path, the member it fills, its range,
// labels and share sums (docs/parameters.md is generated from it).
#include "scenario/schema_fields.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <string>
#include <type_traits>
#include <utility>

namespace mhsim {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// Named ranges, so the table reads as the meaning of each number.
constexpr ValueRange kShare{.min = 0, .max = 1};                                // shares and probabilities
constexpr ValueRange kRate{.min = 0, .max = kInfinity};                         // events per person-year
constexpr ValueRange kRateRatio{.min = 0, .max = kInfinity, .min_open = true};  // 0 would silently switch a process off
constexpr ValueRange kFactor{.min = 0, .max = kInfinity};  // an access factor of 0 closes a door, which is a lever
constexpr ValueRange kPositive{.min = 0, .max = kInfinity, .min_open = true};
constexpr ValueRange kPopulationSize{.min = 1, .max = 50'000'000};
constexpr ValueRange kHorizonYears{.min = 0, .max = 100, .min_open = true};
constexpr ValueRange kBurnInYears{.min = 0, .max = 100};
constexpr ValueRange kNetGrowth{.min = -1, .max = 1};  // net entries beyond replacement may be negative
constexpr ValueRange kWorkingShare{.min = 0, .max = 1, .max_open = true};   // all time non-clinical leaves no capacity
constexpr ValueRange kPositiveShare{.min = 0, .max = 1, .min_open = true};  // a share that cannot be 0 (it divides)
constexpr ValueRange kWholeYears{.min = 0, .max = 100};
constexpr ValueRange kPriceYear{.min = 1900, .max = 2200};
constexpr ValueRange kSchemaVersion{.min = kScenarioSchemaVersion, .max = kScenarioSchemaVersion};
constexpr ShareSum kSumsToOne = ShareSum::exactly_one;
constexpr ShareSum kSumsToAtMostOne = ShareSum::at_most_one;

template <typename Access>
using MemberOf = std::remove_cvref_t<decltype(std::declval<Access>()(std::declval<Scenario&>()))>;

// A scalar field; its kind follows from the member's type.
template <typename Access>
FieldSpec make_field(std::string key_path, Access access, ValueRange range = {}) {
  using Member = MemberOf<Access>;
  FieldSpec f;
  f.key_path = std::move(key_path);
  f.range = range;
  if constexpr (std::is_same_v<Member, std::string>) {
    f.kind = FieldKind::text;
    f.store = [access](Scenario& s, const FieldValue& v) { access(s) = std::get<std::string>(v); };
    f.read = [access](const Scenario& s) -> FieldValue { return access(s); };
  } else if constexpr (std::is_integral_v<Member>) {
    f.kind = FieldKind::integer;
    f.store = [access](Scenario& s, const FieldValue& v) {
      access(s) = static_cast<Member>(std::get<std::int64_t>(v));
    };
    f.read = [access](const Scenario& s) -> FieldValue { return static_cast<std::int64_t>(access(s)); };
  } else {
    static_assert(std::is_same_v<Member, double>);
    f.kind = FieldKind::number;
    f.store = [access](Scenario& s, const FieldValue& v) { access(s) = std::get<double>(v); };
    f.read = [access](const Scenario& s) -> FieldValue { return access(s); };
  }
  return f;
}

// Numbers keyed by the labels of an attribute; the array and the labels must agree in size.
template <typename Access, std::size_t N>
FieldSpec make_field(std::string key_path, Access access, ValueRange range,
                     const std::array<std::string_view, N>& labels, ShareSum share_sum = ShareSum::free) {
  static_assert(std::is_same_v<MemberOf<Access>, std::array<double, N>>, "one label per array entry");
  FieldSpec f;
  f.key_path = std::move(key_path);
  f.kind = FieldKind::labelled_numbers;
  f.range = range;
  f.labels = labels;
  f.share_sum = share_sum;
  f.store = [access](Scenario& s, const FieldValue& v) {
    const auto& numbers = std::get<std::vector<double>>(v);
    std::copy(numbers.begin(), numbers.end(), access(s).begin());
  };
  f.read = [access](const Scenario& s) -> FieldValue {
    return std::vector<double>(access(s).begin(), access(s).end());
  };
  return f;
}

// One of a fixed set of words, stored as the enum whose values the labels name in order.
template <typename Access, std::size_t N>
FieldSpec make_choice_field(std::string key_path, Access access, const std::array<std::string_view, N>& labels) {
  using Member = MemberOf<Access>;
  static_assert(std::is_enum_v<Member>, "a choice is stored as an enum");
  FieldSpec f;
  f.key_path = std::move(key_path);
  f.kind = FieldKind::text;
  f.labels = labels;
  f.store = [access, &labels](Scenario& s, const FieldValue& v) {
    const auto found = std::find(labels.begin(), labels.end(), std::get<std::string>(v));
    access(s) = static_cast<Member>(found - labels.begin());
  };
  f.read = [access, &labels](const Scenario& s) -> FieldValue {
    return std::string(labels[static_cast<std::size_t>(access(s))]);
  };
  return f;
}

// A number in each of a repeated group of settings (every service, every cadre).
template <typename Settings>
struct MemberField {
  std::string_view name;
  double Settings::*member;
  ValueRange range;
};

// The key path is spelled once, as the member path, so key and member cannot drift apart.
#define MHSIM_TOP_FIELD(member, ...) \
  make_field(                        \
      #member, [](auto& s) -> auto& { return s.member; } __VA_OPT__(, ) __VA_ARGS__)
#define MHSIM_FIELD(section, member, ...) \
  make_field(                             \
      #section "." #member, [](auto& s) -> auto& { return s.section.member; } __VA_OPT__(, ) __VA_ARGS__)
#define MHSIM_SERVICE_FIELD(member, range)   \
  MemberField<ServiceSettings> {             \
#member, &ServiceSettings::member, range \
  }
#define MHSIM_CADRE_FIELD(member, range)   \
  MemberField<CadreSettings> {             \
#member, &CadreSettings::member, range \
  }

void add_crisis_fields(std::vector<FieldSpec>& fields) {
  constexpr ValueRange kHourOfDay{.min = 0, .max = 24, .max_open = true};
  constexpr ValueRange kHoursOfCover{.min = 0, .max = 24};
  fields.insert(fields.end(), {
                                  MHSIM_FIELD(crisis, line_awareness, kShare),
                                  MHSIM_FIELD(crisis, line_awareness_ratio_marginalised, kFactor),
                                  MHSIM_FIELD(crisis, walk_in_share, kShare),
                                  MHSIM_FIELD(crisis, walk_in_receiving_centre_share, kShare),
                                  MHSIM_FIELD(crisis, rate_ratio_by_housing, kRateRatio, kHousingLabels),
                                  MHSIM_FIELD(crisis, rate_ratio_untreated, kRateRatio),
                                  MHSIM_FIELD(crisis_line, call_handler_fte_per_100k, kRate),
                                  MHSIM_FIELD(crisis_line, call_minutes, kPositive),
                                  MHSIM_FIELD(crisis_line, patience_minutes, kPositive),
                                  MHSIM_FIELD(crisis_line, resolved_by_phone_share, kShare),
                                  MHSIM_FIELD(crisis_line, abandoned_to_police_share, kShare),
                                  MHSIM_FIELD(mobile_team, teams_per_100k, kRate),
                                  MHSIM_FIELD(mobile_team, cover_hours_per_day, kHoursOfCover),
                                  MHSIM_FIELD(mobile_team, cover_start_hour, kHourOfDay),
                                  MHSIM_FIELD(mobile_team, travel_minutes_by_region, kRate, kRegionLabels),
                                  MHSIM_FIELD(mobile_team, attendance_hours, kPositive),
                                  MHSIM_FIELD(mobile_team, max_wait_minutes, kRate),
                                  MHSIM_FIELD(mobile_team, resolved_on_site_share, kShare),
                                  MHSIM_FIELD(police, dispatch_to_mobile_team_share, kShare),
                                  MHSIM_FIELD(police, attendance_hours, kPositive),
                                  MHSIM_FIELD(police, arrest_share, kShare),
                                  MHSIM_FIELD(police, transport_share, kShare),
                                  MHSIM_FIELD(police, facility_drop_off_share, kShare),
                                  MHSIM_FIELD(police, co_responder_share, kShare),
                                  MHSIM_FIELD(police, diversion_share, kShare),
                                  MHSIM_FIELD(police, jail_days, kPositive),
                                  MHSIM_FIELD(stabilisation, chairs_per_100k, kRate),
                                  MHSIM_FIELD(stabilisation, stay_hours, kPositive),
                                  MHSIM_FIELD(stabilisation, short_term_bed_share, kShare),
                                  MHSIM_FIELD(stabilisation, inpatient_share, kShare),
                                  MHSIM_FIELD(short_term_beds, beds_per_100k, kRate),
                                  MHSIM_FIELD(short_term_beds, stay_days, kPositive),
                                  MHSIM_FIELD(short_term_beds, inpatient_share, kShare),
                                  MHSIM_FIELD(emergency_department, liaison_assessors_per_100k, kPositive),
                                  MHSIM_FIELD(emergency_department, assessment_hours, kPositive),
                                  MHSIM_FIELD(emergency_department, admission_share, kShare),
                                  MHSIM_FIELD(emergency_department, admission_share_ratio_when_full, kShare),
                                  MHSIM_FIELD(emergency_department, max_boarding_hours, kPositive),
                                  MHSIM_FIELD(inpatient, beds_per_100k, kPositive),
                                  MHSIM_FIELD(inpatient, length_of_stay_days, kPositive),
                                  MHSIM_FIELD(follow_up, linkage_probability, kShare),
                                  MHSIM_FIELD(follow_up, bridging_share, kShare),
                                  MHSIM_FIELD(follow_up, bridged_linkage_probability, kShare),
                                  MHSIM_FIELD(follow_up, risk_window_days, kPositive),
                                  MHSIM_FIELD(follow_up, suicide_rate_ratio_after_inpatient, kRateRatio),
                                  MHSIM_FIELD(follow_up, suicide_rate_ratio_after_crisis_care, kRateRatio),
                                  MHSIM_FIELD(follow_up, crisis_rate_ratio_after_discharge, kRateRatio),
                                  MHSIM_FIELD(follow_up, linked_excess_risk_ratio, kFactor),
                              });
}

}  // namespace

std::vector<FieldSpec> build_scenario_fields() {
  std::vector<FieldSpec> fields{
      MHSIM_TOP_FIELD(schema_version, kSchemaVersion),
      MHSIM_TOP_FIELD(name),
      MHSIM_TOP_FIELD(description),
      MHSIM_FIELD(simulation, horizon_years, kHorizonYears),
      MHSIM_FIELD(simulation, burn_in_years, kBurnInYears),
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
      MHSIM_FIELD(population, perinatal_share_of_women_15_44, kShare),
      MHSIM_FIELD(mortality, gompertz_rate_at_age_15_per_year, kRate),
      MHSIM_FIELD(mortality, gompertz_slope_per_year, kRate),
      MHSIM_FIELD(mortality, ncd_rate_ratio, kRateRatio),
      MHSIM_FIELD(common_mental_disorder, onset_rate_per_year, kRate),
      MHSIM_FIELD(common_mental_disorder, onset_rate_ratio_by_age_band, kRateRatio, kAgeBandLabels),
      MHSIM_FIELD(common_mental_disorder, onset_rate_ratio_female, kRateRatio),
      MHSIM_FIELD(common_mental_disorder, onset_rate_ratio_by_income, kRateRatio, kIncomeLabels),
      MHSIM_FIELD(common_mental_disorder, onset_rate_ratio_unemployed, kRateRatio),
      MHSIM_FIELD(common_mental_disorder, onset_rate_ratio_by_housing, kRateRatio, kHousingLabels),
      MHSIM_FIELD(common_mental_disorder, onset_rate_ratio_ncd, kRateRatio),
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
      MHSIM_FIELD(common_mental_disorder, excess_mortality_rate_ratio, kRateRatio),
      MHSIM_FIELD(severe_mental_illness, initial_prevalence, kShare),
      MHSIM_FIELD(severe_mental_illness, onset_rate_per_year_by_age_band, kRate, kAgeBandLabels),
      MHSIM_FIELD(severe_mental_illness, relapse_rate_per_year, kRate),
      MHSIM_FIELD(severe_mental_illness, acute_recovery_rate_per_year, kRate),
      MHSIM_FIELD(severe_mental_illness, crisis_rate_per_year_stable, kRate),
      MHSIM_FIELD(severe_mental_illness, crisis_rate_per_year_acute, kRate),
      MHSIM_FIELD(severe_mental_illness, suicide_rate_per_year_stable, kRate),
      MHSIM_FIELD(severe_mental_illness, suicide_rate_per_year_acute, kRate),
      MHSIM_FIELD(severe_mental_illness, excess_mortality_rate_ratio, kRateRatio),
      MHSIM_FIELD(access, help_seeking_rate_per_year, kRate, kSeverityLabels),
      MHSIM_FIELD(access, awareness_factor, kFactor),
      MHSIM_FIELD(access, affordability_factor_by_income, kFactor, kIncomeLabels),
      MHSIM_FIELD(access, accessibility_factor_by_region, kFactor, kRegionLabels),
      MHSIM_FIELD(access, telehealth_share, kShare),
      MHSIM_FIELD(access, interpreter_needed_factor, kFactor),
      MHSIM_FIELD(access, interpreter_availability, kShare),
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
      MHSIM_FIELD(campaigns, anti_stigma_spend_per_100k_per_year, kRate),
      MHSIM_FIELD(campaigns, awareness_spend_per_100k_per_year, kRate),
      MHSIM_FIELD(campaigns, max_gap_closed, kShare),
      MHSIM_FIELD(campaigns, spend_scale_per_100k_per_year, kPositive),
      MHSIM_FIELD(primary_care, routine_visit_rate_per_year, kRate),
      MHSIM_FIELD(primary_care, routine_visit_rate_ratio_ncd, kRateRatio),
      MHSIM_FIELD(primary_care, detection_probability, kShare, kSeverityLabels),
      MHSIM_FIELD(primary_care, warm_handoff_share, kShare),
      MHSIM_FIELD(primary_care, warm_handoff_loss_ratio, kShare),
      MHSIM_FIELD(primary_care, self_referral_loss_probability, kShare),
      MHSIM_FIELD(screening, routine_visit_coverage, kShare),
      MHSIM_FIELD(screening, school_screens_per_year, kRate),
      MHSIM_FIELD(screening, perinatal_screens_per_year, kRate),
      MHSIM_FIELD(screening, sensitivity, kShare),
      MHSIM_FIELD(screening, specificity, kShare),
  };
  for (std::size_t severity = 0; severity < kSeverityLabels.size(); ++severity) {
    auto shares = [severity](auto& s) -> auto& {
      return s.stepped_care.first_step_share_by_severity[severity];
    };
    fields.push_back(make_field("stepped_care.first_step_share." + std::string(kSeverityLabels[severity]), shares,
                                kShare, kServiceLabels, kSumsToOne));
  }
  fields.push_back(MHSIM_FIELD(stepped_care, misroute_share, kShare));
  fields.push_back(MHSIM_FIELD(stepped_care, late_step_up_probability, kShare));
  fields.push_back(MHSIM_FIELD(front_door, contact_share, kShare));
  fields.push_back(MHSIM_FIELD(front_door, navigator_fte_per_100k, kRate));
  fields.push_back(MHSIM_FIELD(front_door, assessments_per_navigator_fte_week, kRate));
  fields.push_back(MHSIM_FIELD(front_door, detection_probability, kShare, kSeverityLabels));
  fields.push_back(MHSIM_FIELD(front_door, referral_loss_ratio, kShare));
  fields.push_back(MHSIM_FIELD(collaborative_care, registry_caseload_per_care_manager_fte, kRate));
  fields.push_back(MHSIM_FIELD(collaborative_care, psychiatrist_consult_hours_per_care_manager_fte_week, kRate));
  fields.push_back(MHSIM_FIELD(collaborative_care, rescore_interval_weeks, kPositive));
  fields.push_back(MHSIM_FIELD(collaborative_care, step_up_review_weeks, kPositive));
  fields.push_back(MHSIM_FIELD(collaborative_care, intensified_effect_ratio, kRate));
  fields.push_back(MHSIM_FIELD(collaborative_care, treatment_dropout_rate_ratio, kRate));
  // Every service has the same settings, each under services.<service label>,
  // but digital self-help has no caseload and no list to order.
  struct ServiceField {
    MemberField<ServiceSettings> field;
    bool staffed_only;
  };
  const std::array kServiceFields{
      ServiceField{MHSIM_SERVICE_FIELD(caseload_per_fte, kPositive), true},
      ServiceField{MHSIM_SERVICE_FIELD(treatment_weeks, kPositive), false},
      ServiceField{MHSIM_SERVICE_FIELD(sessions_per_week, kRate), false},
      ServiceField{MHSIM_SERVICE_FIELD(referral_loss_probability, kShare), false},
      ServiceField{MHSIM_SERVICE_FIELD(severity_head_start_days, kRate), true},
      ServiceField{MHSIM_SERVICE_FIELD(waiting_dropout_rate_per_year, kRate), true},
      ServiceField{MHSIM_SERVICE_FIELD(treatment_dropout_rate_per_year, kRate), false},
      ServiceField{MHSIM_SERVICE_FIELD(treatment_remission_rate_per_year, kRate), false},
      ServiceField{MHSIM_SERVICE_FIELD(treatment_improvement_rate_per_year, kRate), false},
  };
  for (std::size_t service = 0; service < kServiceCount; ++service) {
    for (const auto& [field, staffed_only] : kServiceFields) {
      if (staffed_only && !has_capacity_limit(service)) continue;
      const std::string key_path = "services." + std::string(kServiceLabels[service]) + "." + std::string(field.name);
      auto access = [ service, member = field.member ](auto& s) -> auto& {
        return s.services[service].*member;
      };
      fields.push_back(make_field(key_path, access, field.range));
    }
    if (has_capacity_limit(service)) {
      auto payment = [service](auto& s) -> auto& {
        return s.services[service].payment_model;
      };
      fields.push_back(make_choice_field("services." + std::string(kServiceLabels[service]) + ".payment_model", payment,
                                         kPaymentModelLabels));
    }
  }
  // Every cadre has the same settings, each under workforce.<cadre label>.
  const std::array kCadreTimeFields{
      MHSIM_CADRE_FIELD(fte_per_100k, kRate),
      MHSIM_CADRE_FIELD(non_clinical_time_share, kWorkingShare),
      MHSIM_CADRE_FIELD(supervision_time_share, kWorkingShare),
  };
  const std::array kCadreSupervisionFields{
      MHSIM_CADRE_FIELD(supervision_hours_needed_per_fte_week, kRate),
      MHSIM_CADRE_FIELD(treatment_effect_ratio, kRate),
      MHSIM_CADRE_FIELD(unsupervised_effect_ratio, kRate),
      MHSIM_CADRE_FIELD(attrition_rate_per_year, kRate),
      MHSIM_CADRE_FIELD(recruitment_lag_weeks, kPositive),
      MHSIM_CADRE_FIELD(training_weeks, kRate),
      MHSIM_CADRE_FIELD(training_completion_share, kPositiveShare),
      MHSIM_CADRE_FIELD(training_cost_per_trainee, kRate),
  };
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
  fields.push_back(MHSIM_FIELD(workforce_dynamics, burnout_pressure_threshold, kPositive));
  fields.push_back(MHSIM_FIELD(workforce_dynamics, burnout_attrition_ratio_per_pressure, kRate));
  fields.push_back(MHSIM_FIELD(workforce_dynamics, attrition_rate_ratio_unsupervised, kRateRatio));
  fields.push_back(MHSIM_FIELD(workforce_dynamics, hiring_rate_ratio, kRate));
  fields.push_back(MHSIM_FIELD(medicines, adherence_effect_ratio, kRate));
  fields.push_back(MHSIM_FIELD(medicines, stock_out_interruption_rate_per_year, kRate));
  add_crisis_fields(fields);
  fields.insert(fields.end(), {
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
  fields.push_back(MHSIM_FIELD(economics, discount_rate_per_year, kShare));
  fields.push_back(MHSIM_FIELD(economics, disability_weight_cmd, kShare, kSeverityLabels));
  fields.push_back(MHSIM_FIELD(economics, disability_weight_smi, kShare, kSmiStateLabels));
  fields.insert(fields.end(), {
                                  MHSIM_FIELD(costs, currency),
                                  MHSIM_FIELD(costs, price_year, kPriceYear),
                                  MHSIM_FIELD(costs, fte_year_by_cadre, kRate, kCadreLabels),
                                  MHSIM_FIELD(costs, navigator_fte_year, kRate),
                                  MHSIM_FIELD(costs, call_handler_fte_year, kRate),
                                  MHSIM_FIELD(costs, employment_specialist_fte_year, kRate),
                                  MHSIM_FIELD(costs, act_staff_fte_year, kRate),
                                  MHSIM_FIELD(costs, medicine_per_treated_week, kRate),
                                  MHSIM_FIELD(costs, digital_self_help_per_user_week, kRate),
                                  MHSIM_FIELD(costs, inpatient_bed_day, kRate),
                                  MHSIM_FIELD(costs, short_term_bed_day, kRate),
                                  MHSIM_FIELD(costs, stabilisation_chair_day, kRate),
                                  MHSIM_FIELD(costs, mobile_team_hour, kRate),
                                  MHSIM_FIELD(costs, ed_visit, kRate),
                                  MHSIM_FIELD(costs, ed_boarding_hour, kRate),
                                  MHSIM_FIELD(costs, police_attendance_hour, kRate),
                                  MHSIM_FIELD(costs, jail_day, kRate),
                                  MHSIM_FIELD(costs, housing_first_unit_year, kRate),
                                  MHSIM_FIELD(costs, productivity_per_employed_week, kRate),
                              });
  fields.insert(fields.end(),
                {
                    MHSIM_FIELD(budget, per_100k_per_year_by_line, kRate, kBudgetLineLabels),
                    MHSIM_FIELD(budget, growth_rate_per_year, kNetGrowth),
                    MHSIM_FIELD(budget, transition_years, kWholeYears),
                    MHSIM_FIELD(budget, inpatient_share_moved, kShare),
                    MHSIM_FIELD(budget, moved_share_by_line, kShare, kReceivingLineLabels, kSumsToAtMostOne),
                });
  fields.insert(fields.end(), {
                                  MHSIM_FIELD(payment, course_length_ratio, kPositive, kPaymentModelLabels),
                                  MHSIM_FIELD(payment, discharge_on_recovery_share, kShare, kPaymentModelLabels),
                                  MHSIM_FIELD(payment, measurement_based_care_share, kShare, kPaymentModelLabels),
                                  MHSIM_FIELD(payment, milder_case_head_start_days, kRate, kPaymentModelLabels),
                                  MHSIM_FIELD(payment, outcome_bonus_per_recovery, kRate),
                              });
  fields.push_back(MHSIM_FIELD(recording, journey_sample_share, kShare));
  return fields;
}

#undef MHSIM_TOP_FIELD
#undef MHSIM_FIELD
#undef MHSIM_SERVICE_FIELD
#undef MHSIM_CADRE_FIELD

}  // namespace mhsim
