#include "scenario/policy_change.hpp"

#include <array>
#include <stdexcept>
#include <string_view>

#include "scenario/schema.hpp"

namespace mhsim {
namespace {

constexpr std::array<std::string_view, 29> kPolicySections{"access.",
                                                           "campaigns.",
                                                           "costs.",
                                                           "budget.",
                                                           "payment.",
                                                           "workforce_dynamics.",
                                                           "cost_sharing.",
                                                           "primary_care.",
                                                           "screening.",
                                                           "stepped_care.",
                                                           "front_door.",
                                                           "collaborative_care.",
                                                           "services.",
                                                           "workforce.",
                                                           "medicines.",
                                                           "crisis.",
                                                           "crisis_line.",
                                                           "mobile_team.",
                                                           "police.",
                                                           "stabilisation.",
                                                           "short_term_beds.",
                                                           "emergency_department.",
                                                           "inpatient.",
                                                           "follow_up.",
                                                           "housing_first.",
                                                           "peer_support.",
                                                           "employment_support.",
                                                           "assertive_community_treatment.",
                                                           "economics."};
constexpr std::array<std::string_view, 2> kLabels{"name", "description"};

bool is_label(std::string_view key_path) {
  for (std::string_view label : kLabels) {
    if (key_path == label) return true;
  }
  return false;
}

bool is_policy_key(std::string_view key_path) {
  for (std::string_view section : kPolicySections) {
    if (key_path.starts_with(section)) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> differing_key_paths(const Scenario& a, const Scenario& b) {
  std::vector<std::string> differing;
  for (const FieldSpec& field : scenario_fields()) {
    if (field.read(a) != field.read(b)) differing.push_back(field.key_path);
  }
  return differing;
}

void require_policy_only_change(const Scenario& burn_in, const Scenario& reform) {
  std::string refused;
  for (const std::string& key_path : differing_key_paths(burn_in, reform)) {
    if (!is_policy_key(key_path) && !is_label(key_path)) refused += (refused.empty() ? "" : ", ") + key_path;
  }
  if (refused.empty()) return;
  std::string sections;
  for (std::string_view section : kPolicySections) {
    sections += std::string(sections.empty() ? "" : ", ") + std::string(section.substr(0, section.size() - 1));
  }
  throw std::invalid_argument("a reform started from a burn-in may change only " + sections +
                              " (and name and description); these keys differ from the burn-in scenario: " + refused);
}

bool policy_differs(const Scenario& burn_in, const Scenario& reform) {
  for (const std::string& key_path : differing_key_paths(burn_in, reform)) {
    if (is_policy_key(key_path)) return true;
  }
  return false;
}

}  // namespace mhsim
