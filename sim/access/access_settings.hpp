#pragma once
// What stands between an ill person and care: the five dimensions of access,
// what care costs them, and the campaigns that move stigma and awareness.
#include <array>

namespace mhsim {

// The five dimensions of access; each factor multiplies the help-seeking rate.
struct AccessSettings {
  std::array<double, 3> help_seeking_rate_per_year{};      // by severity, for a person with every factor 1
  double awareness_factor = 0;                             // mental health literacy in the population
  std::array<double, 3> affordability_factor_by_income{};  // costs of care beyond copays (time off work, travel)
  std::array<double, 3> accessibility_factor_by_region{};
  double interpreter_needed_factor = 0;     // acceptability without an interpreter (with one: [interpreters])
  double stigma_factor = 0;                 // applies to everyone
  double marginalised_group_trust_factor = 0;
  double self_referral_share = 0;      // of help-seeking contacts: referred by themselves, no GP needed
  double digital_self_help_share = 0;  // of help-seeking contacts: straight to digital self-help
};

// What people pay at the point of care, by coverage, per visit or session
// (docs/model.md, "Cost-sharing and parity"). A copay lowers help-seeking (the
// primary care copay) and raises drop-out (the copay of the service), the
// more so the lower the person's income. A sliding scale lowers it by income.
struct CostSharingSettings {
  std::array<double, 3> primary_care_copay_by_coverage{};
  std::array<double, 3> therapy_copay_by_coverage{};          // low- and high-intensity therapy sessions
  std::array<double, 3> medication_copay_by_coverage{};       // medication management visits and prescriptions
  std::array<double, 3> physical_health_copay_by_coverage{};  // the level parity brings mental health copays to
  double parity_share = 0;  // share of the gap above physical health copays that parity closes (1: full parity)
  std::array<double, 3> half_demand_copay_by_income{};  // the copay at which help-seeking halves
  double dropout_rate_ratio_at_half_demand_copay = 0;   // on treatment drop-out, rising linearly with the copay
  std::array<double, 3> copay_ratio_by_income{};        // a sliding scale: on every copay after parity (1: none)
};

// Anti-stigma and awareness campaigns (docs/model.md, "Campaigns"): a spend a
// year closes part of the gap between access.stigma_factor (or
// access.awareness_factor) and 1, with diminishing returns.
struct CampaignSettings {
  double anti_stigma_spend_per_100k_per_year = 0;
  double awareness_spend_per_100k_per_year = 0;
  double max_gap_closed = 0;                 // of 1 - the factor, with unlimited spend
  double spend_scale_per_100k_per_year = 0;  // the spend that closes 1 - 1/e (63%) of the most a campaign can
};

// Trust as a state that moves (docs/model.md, "Trust"): coercive contacts - a
// police attendance at a crisis, an arrest, an involuntary admission - lower
// the help-seeking of the person and, through the group's smoothed rate of
// such contacts, of their group; safeguards, grievance paths, peers and
// data-sovereignty agreements hold or restore it. Group arrays are by
// marginalised_group (not_marginalised, marginalised).
struct TrustSettings {
  double personal_ratio_per_contact = 0;   // on the person's help-seeking, per unit of recent coercion
  double personal_half_life_years = 0;     // the person's coercion load halves in this time
  double guardrail_share = 0;              // of coercive contacts, with an advocate and least-restrictive practice
  double guardrail_loss_ratio = 0;         // on the loss of a contact with those safeguards
  double grievance_path_share = 0;         // of coercive contacts, followed by a working complaint route
  double grievance_restored_share = 0;     // of a contact's loss, restored by a working complaint route
  double peer_support_restored_share = 0;  // of the person's loss, restored while in peer support
  double group_sensitivity = 0;            // elasticity of the group factor to its coercion rate (0: fixed)
  double group_time_constant_years = 0;    // of the exponential smoothing of the group's rate
  std::array<double, 2> reference_coercive_contacts_per_100k_per_year{};  // the baseline's steady state
  double data_sovereignty_share = 0;            // of the marginalised group, under a data-sovereignty agreement
  double data_sovereignty_gap_closed = 0;       // of 1 - the group factor, at full coverage
  double gap_closed_per_peer_fte_per_100k = 0;  // of 1 - the group factor, per peer worker in post
};

}  // namespace mhsim
