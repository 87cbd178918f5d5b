#include "scenario/policy_change.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "scenario/schema.hpp"

namespace mhsim {
namespace {

constexpr std::array<std::string_view, 2> kLabels{"name", "description"};

bool is_label(std::string_view key_path) {
  for (std::string_view label : kLabels) {
    if (key_path == label) return true;
  }
  return false;
}

// The fields whose values differ, in schema order.
std::vector<const FieldSpec*> differing_fields(const Scenario& a, const Scenario& b) {
  std::vector<const FieldSpec*> differing;
  for (const FieldSpec& field : scenario_fields()) {
    if (field.read(a) != field.read(b)) differing.push_back(&field);
  }
  return differing;
}

}  // namespace

std::vector<std::string> policy_sections() {
  std::vector<std::string> sections;
  for (const FieldSpec& field : scenario_fields()) {
    if (!field.policy) continue;
    std::string section = field.key_path.substr(0, field.key_path.find('.'));
    if (std::find(sections.begin(), sections.end(), section) == sections.end()) sections.push_back(std::move(section));
  }
  return sections;
}

std::vector<std::string> differing_key_paths(const Scenario& a, const Scenario& b) {
  std::vector<std::string> differing;
  for (const FieldSpec* field : differing_fields(a, b)) differing.push_back(field->key_path);
  return differing;
}

void require_policy_only_change(const Scenario& burn_in, const Scenario& reform) {
  std::string refused;
  for (const FieldSpec* field : differing_fields(burn_in, reform)) {
    if (!field->policy && !is_label(field->key_path)) refused += (refused.empty() ? "" : ", ") + field->key_path;
  }
  if (refused.empty()) return;
  std::string sections;
  for (const std::string& section : policy_sections()) sections += (sections.empty() ? "" : ", ") + section;
  throw std::invalid_argument("a reform started from a burn-in may change only " + sections +
                              " (and name and description); these keys differ from the burn-in scenario: " + refused);
}

bool policy_differs(const Scenario& burn_in, const Scenario& reform) {
  const auto differing = differing_fields(burn_in, reform);
  return std::any_of(differing.begin(), differing.end(), [](const FieldSpec* field) { return field->policy; });
}

}  // namespace mhsim
