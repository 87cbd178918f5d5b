#include "access/access_factors.hpp"

#include <algorithm>
#include <cmath>

#include "access/cost_sharing.hpp"
#include "access/session_access.hpp"
#include "access/trust.hpp"
#include "community/programme.hpp"
#include "illness/illness_rates.hpp"
#include "youth/youth_rates.hpp"

namespace mhsim {

double factor_after_campaign(const CampaignSettings& campaigns, double factor, double spend_per_100k_per_year) {
  if (spend_per_100k_per_year <= 0) return factor;
  const double share_closed =
      campaigns.max_gap_closed * (1.0 - std::exp(-spend_per_100k_per_year / campaigns.spend_scale_per_100k_per_year));
  return factor + std::max(0.0, 1.0 - factor) * share_closed;
}

AccessFactors access_factors(const Scenario& scenario, const Population& people, PersonId id) {
  const AccessSettings& access = scenario.access;
  const CostSharingSettings& sharing = scenario.cost_sharing;
  const PersonAttributes& a = people.attributes(id);
  AccessFactors f;
  f.awareness = factor_after_campaign(scenario.campaigns, access.awareness_factor,
                                      scenario.campaigns.awareness_spend_per_100k_per_year);
  // Demand halves at the income's half-demand copay: 1 / (1 + copay / half-demand copay).
  const double copay = copay_paid(sharing, sharing.primary_care_copay_by_coverage, a.coverage, a.income);
  f.affordability = access.affordability_factor_by_income[a.income] / (1.0 + copay_burden(sharing, copay, a.income));
  // Tele options remove a share of the travel barrier, whatever the region; paid transport a share of the rest.
  const double travel = access.accessibility_factor_by_region[a.region];
  const double travel_free = first_contact_travel_free_share(scenario, a.region);
  f.accessibility = travel + (1.0 - travel) * travel_free;
  if (a.interpreter_needed) {
    f.acceptability = access.interpreter_needed_factor +
                      (1.0 - access.interpreter_needed_factor) * scenario.interpreters.first_contact_share;
  }
  // Trust moves with coercive contacts, the group's and the person's own (access/trust.hpp).
  const bool marginalised = people.attributes(id).marginalised_group;
  f.trust = factor_after_campaign(scenario.campaigns, access.stigma_factor,
                                  scenario.campaigns.anti_stigma_spend_per_100k_per_year) *
            group_trust_factor(scenario, marginalised, people.trust.coercion_ratio[marginalised]) *
            personal_trust_factor(scenario.trust, people.records[id].coercion_load,
                                  in_programme(people.state(id), Programme::peer_support));
  f.acceptability *= youth_acceptability_factor(scenario.youth_pathway, a);  // ages 12-24 (youth/)
  return f;
}

double help_seeking_rate_per_year(const Scenario& scenario, const Population& people, PersonId id) {
  if (!has_cmd(people, id)) return 0;
  const auto& access = scenario.access;
  const Severity severity = severity_of(static_cast<CmdState>(people.state(id).cmd));
  const PersonAttributes& attributes = people.attributes(id);
  return access.help_seeking_rate_per_year[index_of(severity)] * access_factors(scenario, people, id).product() *
         (attributes.housing_first_tenant ? scenario.housing_first.help_seeking_rate_ratio : 1.0) *
         pupil_help_seeking_rate_ratio(scenario.school_support, attributes);
}

}  // namespace mhsim
