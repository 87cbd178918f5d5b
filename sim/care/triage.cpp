// The route into care: triage to a first step, misroutes, and the referral to
// it (each referral may be lost), onto its waiting list or into treatment.
#include <algorithm>
#include <array>

#include "care/care.hpp"

namespace mhsim {
namespace {

// The referral ladder a misroute moves along: the steps a GP refers to (not
// medication, which the GP keeps).
constexpr std::array kReferralLadder{ServiceId::digital_self_help, ServiceId::low_intensity, ServiceId::high_intensity,
                                     ServiceId::community_team};

// People refer themselves to psychological therapy: its service places them on
// its own steps in the proportions triage uses for them (low intensity if triage
// would send nobody there).
std::array<double, kServiceCount> psychological_therapy_shares(const std::array<double, kServiceCount>& shares) {
  std::array<double, kServiceCount> therapy{};
  double sum = 0;
  for (ServiceId s : {ServiceId::digital_self_help, ServiceId::low_intensity, ServiceId::high_intensity}) {
    therapy[index_of(s)] = shares[index_of(s)];
    sum += shares[index_of(s)];
  }
  if (sum <= 0) {
    therapy[index_of(ServiceId::low_intensity)] = 1.0;
    return therapy;
  }
  for (double& share : therapy) share /= sum;
  return therapy;
}

ServiceId neighbouring_step(ServiceId triaged, bool higher) {
  const auto found = std::find(kReferralLadder.begin(), kReferralLadder.end(), triaged);
  const auto rung = static_cast<int>(found - kReferralLadder.begin());
  const int last = static_cast<int>(kReferralLadder.size()) - 1;
  int other = higher ? rung + 1 : rung - 1;
  if (other < 0 || other > last) other = higher ? rung - 1 : rung + 1;  // at either end the only neighbour
  return kReferralLadder[static_cast<std::size_t>(other)];
}

ServiceId triage(Step& step, PersonId id, Route route) {
  if (route == Route::digital_self_help) return ServiceId::digital_self_help;
  KeyedStream s = step.stream(id, purpose_of(DrawPurpose::first_step));
  const Severity severity = severity_of(static_cast<CmdState>(step.people.state(id).cmd));
  const auto& shares = step.scenario.stepped_care.first_step_share_by_severity[index_of(severity)];
  return static_cast<ServiceId>(
      draw_category(route == Route::self_referral ? psychological_therapy_shares(shares) : shares, s));
}

// A structured assessment at the front door places people on the right step;
// elsewhere some are sent one step too high or too low. A GP who keeps the
// person on medication refers nobody, so misroutes nobody.
ServiceId step_sent_to(Step& step, PersonId id, Route route, ServiceId triaged) {
  const bool assessed_at_front_door = route == Route::front_door || route == Route::digital_self_help;
  if (assessed_at_front_door || triaged == ServiceId::medication_management) return triaged;
  KeyedStream s = step.stream(id, purpose_of(DrawPurpose::misroute));
  const bool misrouted = s.uniform_open() < step.scenario.stepped_care.misroute_share;
  const bool higher = s.uniform_open() < 0.5;
  return misrouted ? neighbouring_step(triaged, higher) : triaged;
}

// A positive screen in an NCD or HIV clinic may start brief therapy there (the Friendship Bench began in HIV
// care): the low-intensity step, for people not severely ill.
bool offered_clinic_therapy(Step& step, PersonId id, Route route) {
  if (route != Route::clinic_screening) return false;
  if (static_cast<CmdState>(step.people.state(id).cmd) == CmdState::severe) return false;
  return draw_bernoulli(step.stream(id, purpose_of(DrawPurpose::clinic_therapy)),
                        step.scenario.physical_health.clinic_therapy_share);
}

// A pupil school identifies, not severely ill, starts brief therapy with a school counsellor while one has a
// place (youth/): the low-intensity step, delivered in school without its waiting list.
bool offered_school_counselling(Step& step, PersonId id, Route route, const SchoolCounselling& counselling) {
  return route == Route::school_screening && static_cast<CmdState>(step.people.state(id).cmd) != CmdState::severe &&
         counselling.has_free_place();
}

// The screener (or teacher) introduces the counsellor in the same clinic (or school): the loss of a warm
// hand-off, without a misroute.
double in_place_therapy_loss_probability(const Scenario& scenario) {
  return scenario.services[index_of(ServiceId::low_intensity)].referral_loss_probability *
         scenario.primary_care.warm_handoff_loss_ratio;
}

double referral_loss_probability(Step& step, PersonId id, Route route, ServiceId sent) {
  double loss = step.scenario.services[index_of(sent)].referral_loss_probability;
  const auto& primary_care = step.scenario.primary_care;
  if (route == Route::self_referral) {
    loss = primary_care.self_referral_loss_probability;  // they chose to come (IAPT: odds ratio ~3.5 for attending)
  } else if (route == Route::front_door) {
    loss *= step.scenario.front_door.referral_loss_ratio;  // a navigator carries the referral
  } else if (route != Route::digital_self_help &&
             draw_bernoulli(step.stream(id, purpose_of(DrawPurpose::warm_handoff)), primary_care.warm_handoff_share)) {
    loss *= primary_care.warm_handoff_loss_ratio;  // the GP introduces the next clinician in person
    step.recorder.count(Metric::warm_handoffs, 0, step.cell_of(id));
  }
  return loss;
}

}  // namespace

void Care::enter(Step& step, PersonId id, Route route, double now) {
  PersonState& person = step.people.state(id);
  if (static_cast<CarePlace>(person.care_place) != CarePlace::none) return;
  assess_at_12_months_if_due(step, id, now);  // a follow-up whose mark has passed, with the state until now
  step.recorder.count(Metric::care_entries, index_of(route), step.cell_of(id));
  step.log(id, JourneyEvent::care_entry, now);
  step.hand_offs.offer_community_support(id, now);
  person.episode_start_score = person.score;
  person.episode_responded = 0;
  person.episode_treated = 0;
  person.episode_adequately_treated = 0;
  person.clinic_episode = route == Route::clinic_screening ? 1 : 0;
  step.people.episode_start_day(id) = static_cast<float>(now);

  const bool in_clinic = offered_clinic_therapy(step, id, route);
  const bool in_school = !in_clinic && offered_school_counselling(step, id, route, school_counselling_);
  const ServiceId triaged = in_clinic || in_school ? ServiceId::low_intensity
                                                   : young_persons_step(step.people, id, triage(step, id, route));
  person.triaged_service = static_cast<std::uint8_t>(index_of(triaged));
  person.episode_first_service = person.triaged_service;
  step.recorder.count(Metric::triaged, index_of(triaged), step.cell_of(id));
  start_follow_up_if_none(step, id, now);
  if (in_clinic || in_school) {
    person.school_counselled = in_school ? 1 : 0;  // join_service then starts them on a counsellor's place
    refer(step, id, triaged, in_place_therapy_loss_probability(step.scenario), DrawPurpose::referral_loss, now);
    if (static_cast<CarePlace>(person.care_place) == CarePlace::none) person.school_counselled = 0;  // lost
    return;
  }
  if (triaged == ServiceId::camhs) {  // CAMHS assesses its own referrals: no misroute, but some are turned away
    const double loss = referral_loss_probability(step, id, route, triaged);
    if (accepted_by_camhs(step, id, now)) refer(step, id, triaged, loss, DrawPurpose::referral_loss, now);
    return;
  }
  const ServiceId sent = young_persons_step(step.people, id, step_sent_to(step, id, route, triaged));
  refer(step, id, sent, referral_loss_probability(step, id, route, sent), DrawPurpose::referral_loss, now);
}

void Care::refer(Step& step, PersonId id, ServiceId service, double loss_probability, DrawPurpose loss_draw,
                 double now) {
  if (draw_bernoulli(step.stream(id, purpose_of(loss_draw)), loss_probability)) {
    step.recorder.count(Metric::referral_losses, index_of(service), step.cell_of(id));
    step.log(id, JourneyEvent::referral_lost, now, static_cast<std::uint8_t>(index_of(service)));
    return;
  }
  join_service(step, id, service, now);
}

void Care::join_service(Step& step, PersonId id, ServiceId service, double now) {
  Service& s = services_[index_of(service)];
  PersonState& person = step.people.state(id);
  // A step with no caseload places (no staff, or less than one place's worth) would hold its list for ever:
  // the referral is refused at once and the person is back outside care, free to seek help again.
  if (s.capacity_places() == 0 && !person.school_counselled) {
    step.recorder.count(Metric::referrals_refused_no_places, index_of(service), step.cell_of(id));
    step.log(id, JourneyEvent::referral_lost, now);
    return;
  }
  step.recorder.count(Metric::referrals, index_of(service), step.cell_of(id));
  person.care_service = static_cast<std::uint8_t>(index_of(service));
  step.people.care_since_day(id) = now;
  if (person.school_counselled || (s.has_free_place() && s.waiting() == 0)) {
    start_treatment(step, id, service, now);
    return;
  }
  person.care_place = static_cast<std::uint8_t>(CarePlace::waiting);
  s.join_waiting_list(id, severity_of(static_cast<CmdState>(person.cmd)), now);
  step.log(id, JourneyEvent::joined_waiting_list, now);
}

// Assessment at the wrong step finds the misroute; the person is sent on, and
// the second hand-off can lose them too. The wait for the wrong step is the delay.
void Care::bounce(Step& step, PersonId id, double now) {
  PersonState& person = step.people.state(id);
  step.recorder.count(Metric::misroutes, person.care_service, step.cell_of(id));
  step.log(id, JourneyEvent::misrouted, now, person.care_service);  // perhaps never on its list
  person.care_place = static_cast<std::uint8_t>(CarePlace::none);
  const auto right = static_cast<ServiceId>(person.triaged_service);
  refer(step, id, right, step.scenario.services[index_of(right)].referral_loss_probability, DrawPurpose::bounce_loss,
        now);
}

}  // namespace mhsim
