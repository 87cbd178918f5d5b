// Child and adolescent mental health services (CAMHS): the step people under
// 18 are referred to in place of the adult therapy and team steps, which
// turns some referrals away, and the move to adult care at 18, which loses
// some people (docs/model.md, "Young people").
#include "care/care.hpp"

namespace mhsim {
namespace {

// Adult care after CAMHS: the community team for the severely ill, high-intensity therapy otherwise.
ServiceId adult_step_after_camhs(Severity severity) {
  return severity == Severity::severe ? ServiceId::community_team : ServiceId::high_intensity;
}

}  // namespace

ServiceId young_persons_step(const Population& people, PersonId id, ServiceId triaged) {
  if (!people.is_under_18(id)) return triaged;
  switch (triaged) {
    case ServiceId::low_intensity:
    case ServiceId::high_intensity:
    case ServiceId::community_team: return ServiceId::camhs;
    default: return triaged;  // self-help, and the GP's own medication, stay
  }
}

bool Care::accepted_by_camhs(Step& step, PersonId id, double now) {
  const PersonCells cell = step.cell_of(id);
  step.recorder.count(Metric::camhs_referrals, 0, cell);
  if (draw_bernoulli(step.stream(id, purpose_of(DrawPurpose::camhs_acceptance)),
                     step.scenario.camhs.referral_acceptance_share)) {
    return true;
  }
  step.recorder.count(Metric::camhs_referrals_declined, 0, cell);
  step.log(id, JourneyEvent::referral_lost, now, static_cast<std::uint8_t>(index_of(ServiceId::camhs)));
  return false;
}

// Those still ill move to the adult step their severity calls for, on its list or into treatment there as a
// new referral (no referral loss: the move's loss is the transition's); a share is lost at the move.
void Care::move_to_adult_care(Step& step, PersonId id, double now) {
  PersonState& person = step.people.state(id);
  if (static_cast<CarePlace>(person.care_place) == CarePlace::none ||
      person.care_service != index_of(ServiceId::camhs)) {
    return;
  }
  leave(step, id, now);
  const auto cmd = static_cast<CmdState>(person.cmd);
  if (cmd == CmdState::none) return;  // kept on after recovering: discharged
  const PersonCells cell = step.cell_of(id);
  step.recorder.count(Metric::camhs_transitions, 0, cell);
  if (draw_bernoulli(step.stream(id, purpose_of(DrawPurpose::camhs_transition)),
                     step.scenario.camhs.transition_loss_share)) {
    step.recorder.count(Metric::camhs_transition_losses, 0, cell);
    step.log(id, JourneyEvent::referral_lost, now, static_cast<std::uint8_t>(index_of(ServiceId::camhs)));
    return;
  }
  const ServiceId adult = adult_step_after_camhs(severity_of(cmd));
  person.triaged_service = static_cast<std::uint8_t>(index_of(adult));
  join_service(step, id, adult, now);
}

}  // namespace mhsim
