// What a care episode came to, as studies measure it: the state 12 months after
// entering care (a trial's assessment), and whether it had minimally adequate treatment.
#include "care/care.hpp"

namespace mhsim {

// A trial follows everyone it enrolled to 12 months, whatever care they have again in between: a follow-up begins
// at an entry into care when none is under way, with the step triage chose then.
void Care::start_follow_up_if_none(Step& step, PersonId id, double now) {
  FollowUp& follow_up = step.people.follow_up(id);
  if (follow_up.service != kNoService) return;
  const PersonState& person = step.people.state(id);
  follow_up = {static_cast<float>(now), person.episode_start_score, person.episode_first_service};
}

// A score moves only at the person's own events, so their state at the 12-month mark is the state before their
// first event at or after it (IMPACT, Unutzer et al. 2002: response is assessed at 12 months, not ever within them).
void Care::assess_at_12_months_if_due(Step& step, PersonId id, double now) {
  FollowUp& follow_up = step.people.follow_up(id);
  if (follow_up.service == kNoService || now < static_cast<double>(follow_up.start_day) + kDaysPerYear) return;
  const PersonState& person = step.people.state(id);
  const PersonCells cell = step.cell_of(id);
  step.recorder.count(Metric::assessed_12_months_after_entry, follow_up.service, cell);
  if (2 * static_cast<int>(person.score) <= static_cast<int>(follow_up.start_score)) {  // as is_responder
    step.recorder.count(Metric::responding_12_months_after_entry, follow_up.service, cell);
  }
  follow_up.service = kNoService;
}

// Minimally adequate treatment (Thornicroft et al. 2017, after Wang et al. 2005): psychotherapy of at least 8
// visits, or medication with at least 4 visits to a doctor - here the prescribing visit and 3 reviews, which at
// the baseline's review every 6 weeks is also more than the month of medication asked for. Self-help is not
// delivered by a professional and is never adequate.
bool is_minimally_adequate_course(std::size_t service, double sessions) {
  constexpr double kTherapySessions = 8.0;
  constexpr double kMedicationReviews = 3.0;
  switch (static_cast<ServiceId>(service)) {
    case ServiceId::digital_self_help: return false;
    case ServiceId::medication_management: return sessions >= kMedicationReviews;
    case ServiceId::low_intensity:
    case ServiceId::high_intensity:
    case ServiceId::community_team:
    case ServiceId::camhs: return sessions >= kTherapySessions;
  }
  return false;
}

void Care::record_if_adequate(Step& step, PersonId id, double sessions) {
  PersonState& person = step.people.state(id);
  if (person.episode_adequately_treated || !is_minimally_adequate_course(person.care_service, sessions)) return;
  person.episode_adequately_treated = 1;
  step.recorder.count(Metric::adequately_treated_episodes, person.care_service, step.cell_of(id));
}

}  // namespace mhsim
