// Peer support, employment support (IPS) and assertive community treatment
// (docs/model.md, "Community services"). Services that meet a person - entry
// into care, the end of a crisis met by health care - offer every programme
// the person is eligible for; with no free place they join its waiting list,
// served first come, first served. A spell in a programme ends at a rate (its
// mean length); its effects are read by the hazards while it lasts.
#include "event/draw_purpose.hpp"
#include "illness/hazards.hpp"
#include "simulation/simulation.hpp"

namespace mhsim {
namespace {

bool eligible(Programme programme, const PersonAttributes& a, const PersonState& state) {
  switch (programme) {
    case Programme::peer_support: return is_severely_ill(state);
    case Programme::employment_support:  // IPS's evidence is in severe mental illness
      return static_cast<SmiState>(state.smi) != SmiState::none && a.employment == index_of(Employment::unemployed);
    case Programme::assertive_community_treatment:
      return static_cast<SmiState>(state.smi) != SmiState::none && state.had_repeat_crisis;
  }
  return false;
}

}  // namespace

void Simulation::size_programmes() {
  const auto& support = scenario_.employment_support;
  const auto& act = scenario_.assertive_community_treatment;
  programme_places_[index_of(Programme::peer_support)].set_servers(workforce_.peer_support_places);
  programme_places_[index_of(Programme::employment_support)].set_servers(
      servers_for(support.specialist_fte_per_100k * support.caseload_per_fte, initial_size_));
  programme_places_[index_of(Programme::assertive_community_treatment)].set_servers(
      servers_for(act.team_fte_per_100k * act.caseload_per_fte, initial_size_));
}

void Simulation::offer_community_services(PersonId id, double now) {
  offer_housing_first(id, now);
  PersonState& state = people_.state(id);
  for (std::size_t p = 0; p < kProgrammeCount; ++p) {
    const auto programme = static_cast<Programme>(p);
    const std::uint8_t bit = programme_bit(programme);
    ServerPool& places = programme_places_[p];
    if (places.servers() == 0 || ((state.programmes | state.programmes_awaited) & bit) != 0 ||
        !eligible(programme, people_.attributes(id), state)) {
      continue;
    }
    if (places.has_free_server()) {
      join_programme(id, programme, now);
    } else {
      state.programmes_awaited |= bit;
      places.join_queue(id, static_cast<float>(now));
    }
  }
}

void Simulation::join_programme(PersonId id, Programme programme, double now) {
  programme_places_[index_of(programme)].occupy();
  PersonState& state = people_.state(id);
  state.programmes |= programme_bit(programme);
  state.programmes_awaited &= static_cast<std::uint8_t>(~programme_bit(programme));
  recorder_.count(Metric::programme_entries, index_of(programme), cell_of(id));
  log(id, static_cast<JourneyEvent>(index_of(JourneyEvent::peer_support_started) + index_of(programme)), now);
}

// One spell ends, picked in proportion to the exit rates of those the person is in.
void Simulation::on_programme_exit(PersonId id, double now) {
  PersonState& state = people_.state(id);
  const auto rates = programme_exit_rates_per_year(scenario_, state);
  double total = 0;
  for (double rate : rates) total += rate;
  KeyedStream s = stream(id, purpose_of(DrawPurpose::programme_exit));
  double pick = s.uniform_open() * total;
  std::size_t ending = 0;
  for (std::size_t p = 0; p < kProgrammeCount; ++p) {
    if (rates[p] == 0) continue;
    ending = p;  // the last one held, should rounding carry the pick past them all
    if (pick < rates[p]) break;
    pick -= rates[p];
  }
  programme_places_[ending].release();
  state.programmes &= static_cast<std::uint8_t>(~programme_bit(static_cast<Programme>(ending)));
  log(id, static_cast<JourneyEvent>(index_of(JourneyEvent::peer_support_ended) + ending), now);
}

void Simulation::leave_programmes(PersonId id) {
  PersonState& state = people_.state(id);
  for (std::size_t p = 0; p < kProgrammeCount; ++p) {
    const std::uint8_t bit = programme_bit(static_cast<Programme>(p));
    if (state.programmes & bit) programme_places_[p].release();
    if (state.programmes_awaited & bit) programme_places_[p].leave_queue();
  }
  state.programmes = 0;
  state.programmes_awaited = 0;
}

// Someone who recovers, or finds work, leaves the list at once: the people
// counted as waiting are those who still need a place.
void Simulation::leave_programme_lists_if_ineligible(PersonId id) {
  PersonState& state = people_.state(id);
  if (state.programmes_awaited == 0) return;
  for (std::size_t p = 0; p < kProgrammeCount; ++p) {
    const auto programme = static_cast<Programme>(p);
    if ((state.programmes_awaited & programme_bit(programme)) == 0 ||
        eligible(programme, people_.attributes(id), state)) {
      continue;
    }
    programme_places_[p].leave_queue();
    state.programmes_awaited &= static_cast<std::uint8_t>(~programme_bit(programme));
  }
}

void Simulation::serve_programme_queues(double now) {
  for (std::size_t p = 0; p < kProgrammeCount; ++p) {
    const auto programme = static_cast<Programme>(p);
    serve_from_pool(
        programme_places_[p],
        [&](PersonId id, float) { return (people_.state(id).programmes_awaited & programme_bit(programme)) != 0; },
        [&](PersonId id) { join_programme(id, programme, now); }, now);
  }
}

}  // namespace mhsim
