#include "care/care_schema.hpp"

#include <array>
#include <cstddef>
#include <string>

#include "scenario/field_builders.hpp"

namespace mhsim {
namespace {

// The first step's shares, one row over the steps per severity, then when to move between steps.
std::vector<FieldSpec> stepped_care_fields() {
  std::vector<FieldSpec> fields;
  for (std::size_t severity = 0; severity < kSeverityLabels.size(); ++severity) {
    auto shares = [severity](auto& s) -> auto& {
      return s.stepped_care.first_step_share_by_severity[severity];
    };
    fields.push_back(make_field("stepped_care.first_step_share." + std::string(kSeverityLabels[severity]), shares,
                                kShare, kServiceLabels, kSumsToOne));
  }
  fields.push_back(MHSIM_FIELD(stepped_care, misroute_share, kShare));
  fields.push_back(MHSIM_FIELD(stepped_care, late_step_up_probability, kShare));
  return fields;
}

// Every service has the same settings, each under services.<service label>,
// but digital self-help has no caseload and no list to order.
std::vector<FieldSpec> service_fields() {
  struct ServiceField {
    MemberField<ServiceSettings> field;
    bool staffed_only;
  };
  const std::array kServiceFields{
      ServiceField{MHSIM_MEMBER_FIELD(ServiceSettings, caseload_per_fte, kPositive), true},
      ServiceField{MHSIM_MEMBER_FIELD(ServiceSettings, treatment_weeks, kPositive), false},
      ServiceField{MHSIM_MEMBER_FIELD(ServiceSettings, sessions_per_week, kRate), false},
      ServiceField{MHSIM_MEMBER_FIELD(ServiceSettings, referral_loss_probability, kShare), false},
      ServiceField{MHSIM_MEMBER_FIELD(ServiceSettings, severity_head_start_days, kRate), true},
      ServiceField{MHSIM_MEMBER_FIELD(ServiceSettings, waiting_dropout_rate_per_year, kRate), true},
      ServiceField{MHSIM_MEMBER_FIELD(ServiceSettings, treatment_dropout_rate_per_year, kRate), false},
      ServiceField{MHSIM_MEMBER_FIELD(ServiceSettings, treatment_remission_rate_per_year, kRate), false},
      ServiceField{MHSIM_MEMBER_FIELD(ServiceSettings, treatment_improvement_rate_per_year, kRate), false},
  };
  std::vector<FieldSpec> fields;
  for (std::size_t service = 0; service < kServiceCount; ++service) {
    for (const auto& [field, staffed_only] : kServiceFields) {
      if (staffed_only && !has_capacity_limit(service)) continue;
      const std::string key_path = "services." + std::string(kServiceLabels[service]) + "." + std::string(field.name);
      auto access = [ service, member = field.member ](auto& s) -> auto& {
        return s.services[service].*member;
      };
      fields.push_back(make_field(key_path, access, field.range));
    }
    const std::string prefix = "services." + std::string(kServiceLabels[service]) + ".";
    auto course_length = [service](auto& s) -> auto& {
      return s.services[service].course_length;
    };
    fields.push_back(make_choice_field(prefix + "course_length", course_length, kCourseLengthLabels));
    if (has_capacity_limit(service)) {
      auto payment = [service](auto& s) -> auto& {
        return s.services[service].payment_model;
      };
      fields.push_back(make_choice_field(prefix + "payment_model", payment, kPaymentModelLabels));
      auto order = [service](auto& s) -> auto& {
        return s.services[service].waiting_list_order;
      };
      fields.push_back(make_choice_field(prefix + "waiting_list_order", order, kWaitingListOrderLabels));
    }
  }
  return fields;
}

}  // namespace

void add_care_fields(std::vector<FieldSpec>& fields) {
  append_fields(fields, AtFork::may_change,
                {
                    MHSIM_FIELD(primary_care, routine_visit_rate_per_year, kRate),
                    MHSIM_FIELD(primary_care, routine_visit_rate_ratio_ncd, kRateRatio),
                    MHSIM_FIELD(primary_care, detection_probability, kShare, kSeverityLabels),
                    MHSIM_FIELD(primary_care, warm_handoff_share, kShare),
                    MHSIM_FIELD(primary_care, warm_handoff_loss_ratio, kShare),
                    MHSIM_FIELD(primary_care, self_referral_loss_probability, kShare),
                    MHSIM_FIELD(screening, routine_visit_coverage, kShare),
                    MHSIM_FIELD(screening, school_screens_per_year, kRate),
                    MHSIM_FIELD(screening, sensitivity, kShare),
                    MHSIM_FIELD(screening, specificity, kShare),
                });
  append_fields(fields, AtFork::may_change, stepped_care_fields());
  append_fields(fields, AtFork::may_change,
                {
                    MHSIM_FIELD(front_door, contact_share, kShare),
                    MHSIM_FIELD(front_door, navigator_fte_per_100k, kRate),
                    MHSIM_FIELD(front_door, assessments_per_navigator_fte_week, kRate),
                    MHSIM_FIELD(front_door, detection_probability, kShare, kSeverityLabels),
                    MHSIM_FIELD(front_door, referral_loss_ratio, kShare),
                    MHSIM_FIELD(collaborative_care, registry_caseload_per_care_manager_fte, kRate),
                    MHSIM_FIELD(collaborative_care, psychiatrist_consult_hours_per_care_manager_fte_week, kRate),
                    MHSIM_FIELD(collaborative_care, rescore_interval_weeks, kPositive),
                    MHSIM_FIELD(collaborative_care, step_up_review_weeks, kPositive),
                    MHSIM_FIELD(collaborative_care, intensified_effect_ratio, kRate),
                    MHSIM_FIELD(collaborative_care, treatment_dropout_rate_ratio, kRate),
                });
  append_fields(fields, AtFork::may_change, service_fields());
  append_fields(fields, AtFork::may_change,
                {
                    MHSIM_FIELD(camhs, referral_acceptance_share, kShare),
                    MHSIM_FIELD(camhs, transition_loss_share, kShare),
                });
}

void add_medicines_fields(std::vector<FieldSpec>& fields) {
  append_fields(fields, AtFork::may_change,
                {
                    MHSIM_FIELD(medicines, adherence_effect_ratio, kRate),
                    MHSIM_FIELD(medicines, stock_out_interruption_rate_per_year, kRate),
                });
}

void add_payment_fields(std::vector<FieldSpec>& fields) {
  append_fields(fields, AtFork::may_change,
                {
                    MHSIM_FIELD(payment, course_length_ratio, kPositive, kPaymentModelLabels),
                    MHSIM_FIELD(payment, discharge_on_recovery_share, kShare, kPaymentModelLabels),
                    MHSIM_FIELD(payment, measurement_based_care_share, kShare, kPaymentModelLabels),
                    MHSIM_FIELD(payment, milder_case_head_start_days, kRate, kPaymentModelLabels),
                    MHSIM_FIELD(payment, outcome_bonus_per_recovery, kRate),
                });
}

}  // namespace mhsim
