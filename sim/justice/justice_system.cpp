// Justice after an arrest at a crisis: screening and diversion, care in jail,
// release and its link to care (docs/model.md, "Justice after arrest").
#include "justice/justice_system.hpp"

#include <algorithm>

#include "event/draw_purpose.hpp"
#include "illness/illness_rates.hpp"
#include "justice/release_risk.hpp"

namespace mhsim {
namespace {

bool has_disorder(const PersonState& state) {
  return has_cmd(state) || static_cast<SmiState>(state.smi) != SmiState::none;
}

}  // namespace

void LiaisonCapacity::resize(const Scenario& scenario, std::int64_t population) {
  const LiaisonDiversionSettings& liaison = scenario.liaison_diversion;
  screenings_per_day_ = liaison.practitioners_fte_per_100k * (static_cast<double>(population) / 1e5) *
                        liaison.screenings_per_fte_year / kDaysPerYear;
}

bool LiaisonCapacity::take(double now) {
  // A week's screenings at most wait unused (at least one, so that a small service screens at all).
  const double most = std::max(1.0, screenings_per_day_ * kDaysPerWeek);
  available_ = std::min(most, available_ + (now - since_day_) * screenings_per_day_);
  since_day_ = now;
  if (screenings_per_day_ <= 0 || available_ < 1.0) return false;
  available_ -= 1.0;
  return true;
}

double JusticeSystem::on_arrest(Step& step, PersonId id, double held_days, double now) {
  const PersonCells cell = step.cell_of(id);
  const auto [record, first_arrest] = records_.try_emplace(id);
  if (!first_arrest && now - static_cast<double>(record->second.last_arrest_day) <= kRepeatArrestWindowDays) {
    step.recorder.count(Metric::repeat_arrests, 0, cell);
  }
  record->second.last_arrest_day = static_cast<float>(now);
  record->second.diverted = false;
  PersonState& state = step.people.state(id);
  state.treated_in_jail = 0;
  if (!has_disorder(state)) return held_days;
  if (divert(step, id, now)) {
    const LiaisonDiversionSettings& liaison = step.scenario.liaison_diversion;
    record->second.diverted = true;
    record->second.supervised_until_day = static_cast<float>(now + liaison.supervision_days);
    step.recorder.count(Metric::court_diversions, 0, cell);
    return std::min(held_days, liaison.diverted_held_days);
  }
  if (draw_bernoulli(step.stream(id, purpose_of(DrawPurpose::jail_care)), step.scenario.jail_care.treated_share)) {
    state.treated_in_jail = 1;
    step.recorder.count(Metric::treated_in_jail, 0, cell);
  }
  return held_days;
}

// Screened while a practitioner is free; the court diverts a share of those with a disorder.
bool JusticeSystem::divert(Step& step, PersonId id, double now) {
  if (!liaison_.take(now)) return false;
  step.recorder.count(Metric::liaison_screenings, 0, step.cell_of(id));
  return draw_bernoulli(step.stream(id, purpose_of(DrawPurpose::court_diversion)),
                        step.scenario.liaison_diversion.diversion_share);
}

double JusticeSystem::on_release(Step& step, PersonId id, double now) {
  const PersonCells cell = step.cell_of(id);
  PersonState& state = step.people.state(id);
  step.recorder.count(Metric::jail_releases, 0, cell);
  if (state.treated_in_jail) {
    step.recorder.count(Metric::jail_care_days, 0, cell, now - static_cast<double>(step.people.crisis_since_day(id)));
  }
  const auto record = records_.find(id);
  link_at_release(step, id, record != records_.end() && record->second.diverted, now);
  state.released_from_jail = 1;
  return step.scenario.release.risk_window_days;
}

// Always after a diversion (the court's order is the link); otherwise likelier with release planning.
void JusticeSystem::link_at_release(Step& step, PersonId id, bool diverted, double now) {
  const ReleaseSettings& release = step.scenario.release;
  const PersonCells cell = step.cell_of(id);
  KeyedStream s = step.stream(id, purpose_of(DrawPurpose::release_linkage));
  const bool planned = !diverted && s.uniform_open() < release.planning_share;
  if (planned) step.recorder.count(Metric::release_plans, 0, cell);
  if (!diverted && s.uniform_open() >= (planned ? release.planned_linkage_probability : release.linkage_probability)) {
    return;
  }
  PersonState& state = step.people.state(id);
  state.follow_up_linked = 1;
  step.recorder.count(Metric::releases_linked_to_care, 0, cell);
  step.log(id, JourneyEvent::follow_up_linked, now);
  step.hand_offs.offer_community_support(id, now);
  if (has_cmd(state) && static_cast<CarePlace>(state.care_place) == CarePlace::none) {
    step.hand_offs.enter_care(id, Route::crisis, now);
  }
}

double JusticeSystem::arrest_share_ratio(const Step& step, PersonId id, double now) const {
  const auto record = records_.find(id);
  if (record == records_.end() || now >= static_cast<double>(record->second.supervised_until_day)) return 1.0;
  return step.scenario.liaison_diversion.arrest_share_ratio_supervised;
}

void JusticeSystem::leave(Step& step, PersonId id) {
  if (in_release_window(step.people.state(id))) step.recorder.count(Metric::deaths_after_release, 0, step.cell_of(id));
  records_.erase(id);
}

}  // namespace mhsim
