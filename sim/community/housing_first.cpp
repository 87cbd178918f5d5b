// Housing and work as they move, and Housing First (docs/model.md, "Housing
// and work"). A social_change event moves a person's housing or work; Housing
// First offers a unit, when services meet them, to homeless people with severe
// illness, first come first served while units are full.
#include "event/draw_purpose.hpp"
#include "illness/hazards.hpp"
#include "simulation/simulation.hpp"

namespace mhsim {
namespace {

bool eligible_for_housing_first(const PersonAttributes& a, const PersonState& state) {
  return a.housing == index_of(Housing::homeless) && is_severely_ill(state) && !a.housing_first_tenant;
}

}  // namespace

void Simulation::on_social_change(PersonId id, double now) {
  const SocialMoveRates rates = social_move_rates(scenario_, people_, id);
  KeyedStream s = stream(id, purpose_of(DrawPurpose::social_move));
  const double pick = s.uniform_open() * rates.total_per_year();
  PersonAttributes& a = people_.attributes(id);
  if (pick < rates.housing_down_per_year) {
    if (a.housing_first_tenant) {
      end_tenancy(id);
      recorder_.count(Metric::housing_first_exits, 0, cell_of(id));
      log(id, JourneyEvent::tenancy_ended, now);
    } else {
      ++a.housing;
      log(id, JourneyEvent::housing_worsened, now);
    }
  } else if (pick < rates.housing_down_per_year + rates.housing_up_per_year) {
    --a.housing;
    log(id, JourneyEvent::housing_improved, now);
  } else {
    const bool employed = a.employment == index_of(Employment::employed);
    a.employment = static_cast<std::uint8_t>(index_of(employed ? Employment::unemployed : Employment::employed));
    log(id, employed ? JourneyEvent::job_lost : JourneyEvent::job_found, now);
    if (!employed) {
      recorder_.count(Metric::jobs_found, 0, cell_of(id));
      if (in_programme(people_.state(id), Programme::employment_support)) {
        recorder_.count(Metric::jobs_found_in_employment_support, 0, cell_of(id));
      }
    }
  }
}

// Services that meet a homeless person with severe illness offer Housing First.
void Simulation::offer_housing_first(PersonId id, double now) {
  PersonAttributes& a = people_.attributes(id);
  if (housing_first_units_.servers() == 0 || a.awaiting_housing_first ||
      !eligible_for_housing_first(a, people_.state(id))) {
    return;
  }
  if (housing_first_units_.has_free_server()) {
    start_tenancy(id, now);
    return;
  }
  a.awaiting_housing_first = 1;
  housing_first_units_.join_queue(id, static_cast<float>(now));
}

void Simulation::start_tenancy(PersonId id, double now) {
  PersonAttributes& a = people_.attributes(id);
  housing_first_units_.occupy();
  a.housing_first_tenant = 1;
  a.awaiting_housing_first = 0;
  a.housing = static_cast<std::uint8_t>(index_of(Housing::stable));
  recorder_.count(Metric::housing_first_entries, 0, cell_of(id));
  log(id, JourneyEvent::tenancy_started, now);
}

void Simulation::end_tenancy(PersonId id) {
  PersonAttributes& a = people_.attributes(id);
  housing_first_units_.release();
  a.housing_first_tenant = 0;
  a.housing = static_cast<std::uint8_t>(index_of(Housing::unstable));
}

void Simulation::leave_community_services(PersonId id) {
  PersonAttributes& a = people_.attributes(id);
  if (a.housing_first_tenant) {
    housing_first_units_.release();
    a.housing_first_tenant = 0;
  }
  if (a.awaiting_housing_first) {
    housing_first_units_.leave_queue();
    a.awaiting_housing_first = 0;
  }
}

// Someone housed by other means, or no longer severely ill, leaves the list at
// once: the people counted as waiting are those who still need a unit.
void Simulation::leave_housing_first_list_if_ineligible(PersonId id) {
  PersonAttributes& a = people_.attributes(id);
  if (!a.awaiting_housing_first || eligible_for_housing_first(a, people_.state(id))) return;
  housing_first_units_.leave_queue();
  a.awaiting_housing_first = 0;
}

// A freed unit goes to whoever has waited longest.
void Simulation::serve_housing_first_queue(double now) {
  serve_from_pool(
      housing_first_units_, [&](PersonId id, float) { return people_.attributes(id).awaiting_housing_first != 0; },
      [&](PersonId id) { start_tenancy(id, now); }, now);
}

// The people a Housing First reform is for, fixed when the reported horizon
// begins so that every arm of a comparison follows the same people.
void Simulation::mark_homeless_ill_cohort(double now) {
  for (PersonId id = 0; id < people_.size(); ++id) {
    const PersonAttributes& a = people_.attributes(id);
    if (!people_.state(id).alive || !(eligible_for_housing_first(a, people_.state(id)) || a.housing_first_tenant))
      continue;
    const StockSet before = stocks_of(id);
    people_.attributes(id).homeless_ill_cohort = 1;
    move_stocks(before, id, now);
  }
}

}  // namespace mhsim
