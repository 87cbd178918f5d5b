#pragma once
// How each payment model changes what providers do (docs/model.md, "Payment
// models"). Every table is keyed by payment model; each service says how it is
// paid (services.<service>.payment_model).
#include <array>
#include <cstdint>
#include <string_view>

namespace mhsim {

enum class PaymentModel : std::uint8_t { capitation, fee_for_service, outcome_based };
inline constexpr std::size_t kPaymentModelCount = 3;
inline constexpr std::array<std::string_view, kPaymentModelCount> kPaymentModelLabels{"capitation", "fee_for_service",
                                                                                      "outcome_based"};

struct PaymentSettings {
  std::array<double, kPaymentModelCount> course_length_ratio{};  // x the service's treatment_weeks
  // Of people who recover in treatment, discharged at once; the rest stay until the course ends.
  std::array<double, kPaymentModelCount> discharge_on_recovery_share{};
  // Of non-responders at the end of a course not stepped up for lack of
  // notice (1 - stepped_care.late_step_up_probability), found by routine outcome measures and stepped up.
  std::array<double, kPaymentModelCount> measurement_based_care_share{};
  // On the waiting list each band milder counts as having joined this many days
  // earlier, against the service's severity head start: a preference for milder cases.
  std::array<double, kPaymentModelCount> milder_case_head_start_days{};
  double outcome_bonus_per_recovery = 0;  // paid to an outcome-based service per recovery in treatment
};

}  // namespace mhsim
