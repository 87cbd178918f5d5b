// Peer support, employment support (IPS), assertive community treatment and
// the teams for severe mental illness (docs/model.md, "Community services",
// "Severe illness in the community"), and what community services do
// together: the offer when a service meets a person, waiting lists, and
// leaving. A spell in a programme ends at a rate (its mean length); its effects
// are read by the rates while it lasts.
#include "community/community_services.hpp"
#include "community/social_moves.hpp"
#include "event/draw_purpose.hpp"
#include "illness/illness_rates.hpp"

namespace mhsim {
namespace {

bool eligible(Programme programme, const PersonAttributes& a, const PersonState& state) {
  switch (programme) {
    case Programme::peer_support: return is_severely_ill(state);
    case Programme::employment_support:  // IPS's evidence is in severe mental illness
      return static_cast<SmiState>(state.smi) != SmiState::none && a.employment == index_of(Employment::unemployed);
    case Programme::assertive_community_treatment:
      return static_cast<SmiState>(state.smi) != SmiState::none && state.had_repeat_crisis;
    case Programme::early_intervention_psychosis:  // referred at onset (refer_to_early_intervention), waits while alive
      return static_cast<SmiState>(state.smi) != SmiState::none;
    case Programme::community_mental_health_team: {  // one team at a time: not for those EIP or ACT holds
      const std::uint8_t held = programme_bit(Programme::early_intervention_psychosis) |
                                programme_bit(Programme::assertive_community_treatment);
      const std::uint8_t awaited = programme_bit(Programme::early_intervention_psychosis);
      return static_cast<SmiState>(state.smi) != SmiState::none && (state.programmes & held) == 0 &&
             (state.programmes_awaited & awaited) == 0;
    }
  }
  return false;
}

constexpr std::array<JourneyEvent, kProgrammeCount> kStartedEvents{
    JourneyEvent::peer_support_started, JourneyEvent::employment_support_started,
    JourneyEvent::assertive_community_treatment_started, JourneyEvent::early_intervention_psychosis_started,
    JourneyEvent::community_mental_health_team_started};
constexpr std::array<JourneyEvent, kProgrammeCount> kEndedEvents{
    JourneyEvent::peer_support_ended, JourneyEvent::employment_support_ended,
    JourneyEvent::assertive_community_treatment_ended, JourneyEvent::early_intervention_psychosis_ended,
    JourneyEvent::community_mental_health_team_ended};

// NICE's access standard for early intervention: treatment within two weeks of referral.
constexpr double kEarlyInterventionStandardDays = 14.0;

}  // namespace

void CommunityServices::change_capacity(const Scenario& scenario, const StaffDeployment& staff,
                                        std::int64_t population) {
  housing_first_units_.set_servers(servers_for(scenario.housing_first.units_per_100k, population));
  const auto& support = scenario.employment_support;
  const auto& act = scenario.assertive_community_treatment;
  programme_places_[index_of(Programme::peer_support)].set_servers(staff.peer_support_places);
  programme_places_[index_of(Programme::employment_support)].set_servers(
      servers_for(support.specialist_fte_per_100k * support.caseload_per_fte, population));
  programme_places_[index_of(Programme::assertive_community_treatment)].set_servers(
      servers_for(act.team_fte_per_100k * act.caseload_per_fte, population));
  const auto& eip = scenario.early_intervention_psychosis;
  const auto& cmht = scenario.community_mental_health_team;
  programme_places_[index_of(Programme::early_intervention_psychosis)].set_servers(
      servers_for(eip.coordinator_fte_per_100k * eip.caseload_per_coordinator, population));
  programme_places_[index_of(Programme::community_mental_health_team)].set_servers(
      servers_for(cmht.staff_fte_per_100k * cmht.caseload_per_fte, population));
}

void CommunityServices::offer(Step& step, PersonId id, double now) {
  offer_housing_first(step, id, now);
  offer_programmes(step, id, now);
}

void CommunityServices::offer_programmes(Step& step, PersonId id, double now) {
  PersonState& state = step.people.state(id);
  for (std::size_t p = 0; p < kProgrammeCount; ++p) {
    const auto programme = static_cast<Programme>(p);
    const std::uint8_t bit = programme_bit(programme);
    ServerPool& places = programme_places_[p];
    if (!offered_when_services_meet(programme) || places.servers() == 0 ||
        ((state.programmes | state.programmes_awaited) & bit) != 0 ||
        !eligible(programme, step.people.attributes(id), state)) {
      continue;
    }
    if (places.has_free_server()) {
      join_programme(step, id, programme, now);
    } else if (keeps_waiting_list(programme)) {
      state.programmes_awaited |= bit;
      places.join_queue(id, now);
    } else {
      step.recorder.count(Metric::community_team_referrals_declined, 0, step.cell_of(id));
    }
  }
}

// A share of first episodes is referred at onset; with no free place they wait, as long as it takes.
void CommunityServices::refer_to_early_intervention(Step& step, PersonId id, double now) {
  constexpr auto programme = Programme::early_intervention_psychosis;
  ServerPool& places = programme_places_[index_of(programme)];
  if (places.servers() == 0 || !draw_bernoulli(step.stream(id, purpose_of(DrawPurpose::early_intervention_referral)),
                                               step.scenario.early_intervention_psychosis.referral_share)) {
    return;
  }
  step.recorder.count(Metric::early_intervention_referrals, 0, step.cell_of(id));
  step.log(id, JourneyEvent::referred_to_early_intervention, now);
  if (places.has_free_server()) {
    join_programme(step, id, programme, now);
    return;
  }
  step.people.state(id).programmes_awaited |= programme_bit(programme);
  places.join_queue(id, now);
}

void CommunityServices::join_programme(Step& step, PersonId id, Programme programme, double now, double waited_days) {
  programme_places_[index_of(programme)].occupy();
  PersonState& state = step.people.state(id);
  state.programmes |= programme_bit(programme);
  state.programmes_awaited &= static_cast<std::uint8_t>(~programme_bit(programme));
  const PersonCells cell = step.cell_of(id);
  step.recorder.count(Metric::programme_entries, index_of(programme), cell);
  step.log(id, kStartedEvents[index_of(programme)], now);
  if (programme == Programme::early_intervention_psychosis) {
    step.recorder.count(Metric::early_intervention_wait_days_sum, 0, cell, waited_days);
    if (waited_days <= kEarlyInterventionStandardDays)
      step.recorder.count(Metric::early_intervention_starts_within_2_weeks, 0, cell);
  }
  // ACT takes over from the community mental health team.
  if (programme == Programme::assertive_community_treatment &&
      in_programme(state, Programme::community_mental_health_team)) {
    end_spell(step, id, Programme::community_mental_health_team, now);
  }
}

void CommunityServices::end_spell(Step& step, PersonId id, Programme programme, double now) {
  programme_places_[index_of(programme)].release();
  step.people.state(id).programmes &= static_cast<std::uint8_t>(~programme_bit(programme));
  step.log(id, kEndedEvents[index_of(programme)], now);
}

// One spell ends, picked in proportion to the exit rates of those the person is in.
void CommunityServices::on_programme_exit(Step& step, PersonId id, double now) {
  PersonState& state = step.people.state(id);
  const auto rates = programme_exit_rates_per_year(step.scenario, state);
  double total = 0;
  for (double rate : rates) total += rate;
  KeyedStream s = step.stream(id, purpose_of(DrawPurpose::programme_exit));
  double pick = s.uniform_open() * total;
  std::size_t ending = 0;
  for (std::size_t p = 0; p < kProgrammeCount; ++p) {
    if (rates[p] == 0) continue;
    ending = p;  // the last one held, should rounding carry the pick past them all
    if (pick < rates[p]) break;
    pick -= rates[p];
  }
  end_spell(step, id, static_cast<Programme>(ending), now);
  // Leaving early intervention, the person is offered what services offer whom they meet (a team among it).
  if (static_cast<Programme>(ending) == Programme::early_intervention_psychosis) offer(step, id, now);
}

void CommunityServices::leave(Step& step, PersonId id) {
  PersonAttributes& a = step.people.attributes(id);
  if (a.housing_first_tenant) {
    housing_first_units_.release();
    a.housing_first_tenant = 0;
  }
  if (a.awaiting_housing_first) {
    housing_first_units_.leave_queue();
    a.awaiting_housing_first = 0;
  }
  PersonState& state = step.people.state(id);
  for (std::size_t p = 0; p < kProgrammeCount; ++p) {
    const std::uint8_t bit = programme_bit(static_cast<Programme>(p));
    if (state.programmes & bit) programme_places_[p].release();
    if (state.programmes_awaited & bit) programme_places_[p].leave_queue();
  }
  state.programmes = 0;
  state.programmes_awaited = 0;
}

void CommunityServices::leave_lists_if_ineligible(Step& step, PersonId id) {
  PersonAttributes& a = step.people.attributes(id);
  PersonState& state = step.people.state(id);
  if (a.awaiting_housing_first && !eligible_for_housing_first(a, state)) {
    housing_first_units_.leave_queue();
    a.awaiting_housing_first = 0;
  }
  if (state.programmes_awaited == 0) return;
  for (std::size_t p = 0; p < kProgrammeCount; ++p) {
    const auto programme = static_cast<Programme>(p);
    if ((state.programmes_awaited & programme_bit(programme)) == 0 || eligible(programme, a, state)) continue;
    programme_places_[p].leave_queue();
    state.programmes_awaited &= static_cast<std::uint8_t>(~programme_bit(programme));
  }
}

// A freed unit or place goes to whoever has waited longest for it.
void CommunityServices::serve_queues(Step& step, double now) {
  step.serve(
      housing_first_units_, [&](PersonId id, double) { return step.people.attributes(id).awaiting_housing_first != 0; },
      [&](PersonId id) { start_tenancy(step, id, now); }, now);
  for (std::size_t p = 0; p < kProgrammeCount; ++p) {
    const auto programme = static_cast<Programme>(p);
    if (!keeps_waiting_list(programme)) continue;
    // One lane: the last entry found current is the one served, so its join day is the person's.
    double joined_day = now;
    step.serve(
        programme_places_[p],
        [&](PersonId id, double join_day) {
          joined_day = join_day;
          return (step.people.state(id).programmes_awaited & programme_bit(programme)) != 0;
        },
        [&](PersonId id) { join_programme(step, id, programme, now, now - joined_day); }, now);
  }
}

}  // namespace mhsim
