#include "severe_illness/severe_illness_rates.hpp"

#include <cmath>

#include "community/programme.hpp"

namespace mhsim {
namespace {

// Whose rate ratios apply: one team at a time, the most intensive.
enum class SmiTeam { none, community_team, early_intervention };

SmiTeam team_of(const PersonState& state) {
  if (in_programme(state, Programme::early_intervention_psychosis)) return SmiTeam::early_intervention;
  if (in_programme(state, Programme::community_mental_health_team) &&
      !in_programme(state, Programme::assertive_community_treatment))
    return SmiTeam::community_team;
  return SmiTeam::none;
}

}  // namespace

bool reached_by_relapse_prevention(const RelapsePreventionSettings& settings, PersonId id) {
  constexpr double kGoldenRatioFraction = 0.6180339887498949;
  const double position = std::fmod(static_cast<double>(id) * kGoldenRatioFraction, 1.0);
  return position < settings.reach_share;
}

double smi_care_relapse_rate_ratio(const Scenario& scenario, const PersonState& state, PersonId id) {
  double ratio = 1.0;
  switch (team_of(state)) {
    case SmiTeam::none: break;
    case SmiTeam::community_team: ratio = scenario.community_mental_health_team.relapse_rate_ratio; break;
    case SmiTeam::early_intervention: ratio = scenario.early_intervention_psychosis.relapse_rate_ratio; break;
  }
  if (reached_by_relapse_prevention(scenario.relapse_prevention, id)) {
    ratio *= scenario.relapse_prevention.relapse_rate_ratio;
  }
  return ratio;
}

double smi_team_crisis_rate_ratio(const Scenario& scenario, const PersonState& state) {
  switch (team_of(state)) {
    case SmiTeam::none: return 1.0;
    case SmiTeam::community_team: return scenario.community_mental_health_team.crisis_rate_ratio;
    case SmiTeam::early_intervention: return scenario.early_intervention_psychosis.crisis_rate_ratio;
  }
  return 1.0;
}

}  // namespace mhsim
