// Housing and work as they move, and Housing First (docs/model.md, "Housing
// and work"). A social_change event moves a person's housing or work; Housing
// First offers a unit, when services meet them, to homeless people with severe
// illness, first come first served while units are full.
#include "community/community_services.hpp"
#include "community/social_moves.hpp"
#include "event/draw_purpose.hpp"
#include "illness/illness_rates.hpp"

namespace mhsim {

bool eligible_for_housing_first(const PersonAttributes& a, const PersonState& state) {
  return a.housing == index_of(Housing::homeless) && is_severely_ill(state) && !a.housing_first_tenant;
}

void CommunityServices::on_social_change(Step& step, PersonId id, double now) {
  const SocialMoveRates rates = social_move_rates(step.scenario, step.people, id);
  KeyedStream s = step.stream(id, purpose_of(DrawPurpose::social_move));
  const double pick = s.uniform_open() * rates.total_per_year();
  PersonAttributes& a = step.people.attributes(id);
  if (pick < rates.housing_down_per_year) {
    if (a.housing_first_tenant) {
      end_tenancy(step, id);
      step.recorder.count(Metric::housing_first_exits, 0, step.cell_of(id));
      step.log(id, JourneyEvent::tenancy_ended, now);
    } else {
      ++a.housing;
      step.log(id, JourneyEvent::housing_worsened, now);
    }
  } else if (pick < rates.housing_down_per_year + rates.housing_up_per_year) {
    --a.housing;
    step.log(id, JourneyEvent::housing_improved, now);
  } else {
    const bool employed = a.employment == index_of(Employment::employed);
    a.employment = static_cast<std::uint8_t>(index_of(employed ? Employment::unemployed : Employment::employed));
    step.log(id, employed ? JourneyEvent::job_lost : JourneyEvent::job_found, now);
    if (!employed) {
      step.recorder.count(Metric::jobs_found, 0, step.cell_of(id));
      if (in_programme(step.people.state(id), Programme::employment_support)) {
        step.recorder.count(Metric::jobs_found_in_employment_support, 0, step.cell_of(id));
      }
    }
  }
}

// Services that meet a homeless person with severe illness offer Housing First.
void CommunityServices::offer_housing_first(Step& step, PersonId id, double now) {
  PersonAttributes& a = step.people.attributes(id);
  if (housing_first_units_.servers() == 0 || a.awaiting_housing_first ||
      !eligible_for_housing_first(a, step.people.state(id))) {
    return;
  }
  if (housing_first_units_.has_free_server()) {
    start_tenancy(step, id, now);
    return;
  }
  a.awaiting_housing_first = 1;
  housing_first_units_.join_queue(id, now);
}

void CommunityServices::start_tenancy(Step& step, PersonId id, double now) {
  PersonAttributes& a = step.people.attributes(id);
  housing_first_units_.occupy();
  a.housing_first_tenant = 1;
  a.awaiting_housing_first = 0;
  a.housing = static_cast<std::uint8_t>(index_of(Housing::stable));
  step.recorder.count(Metric::housing_first_entries, 0, step.cell_of(id));
  step.log(id, JourneyEvent::tenancy_started, now);
}

void CommunityServices::end_tenancy(Step& step, PersonId id) {
  PersonAttributes& a = step.people.attributes(id);
  housing_first_units_.release();
  a.housing_first_tenant = 0;
  a.housing = static_cast<std::uint8_t>(index_of(Housing::unstable));
}

}  // namespace mhsim
