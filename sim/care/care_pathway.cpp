// The route into care: triage to a first step, hand-offs (each referral may
// be lost), misroutes, waiting lists, treatment and leaving it. Moves between
// steps are in care/stepped_care.cpp.
#include <algorithm>
#include <array>

#include "event/draw_purpose.hpp"
#include "illness/hazards.hpp"
#include "simulation/simulation.hpp"

namespace mhsim {
namespace {

// Event times are stored in float (population.hpp): a milestone may fire up to a
// few minutes early, so "is the course over" and "which re-score is this" allow for it.
// The registry of collaborative care covers people treated in primary care.
bool is_primary_care_step(ServiceId s) {
  return s == ServiceId::low_intensity || s == ServiceId::medication_management;
}

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

}  // namespace

void Simulation::enter_care(PersonId id, Route route, double now) {
  PersonState& person = people_.state(id);
  if (static_cast<CarePlace>(person.care_place) != CarePlace::none) return;
  recorder_.count(Metric::care_entries, index_of(route), cell_of(id));
  log(id, JourneyEvent::care_entry, now);
  offer_community_services(id, now);
  person.episode_start_score = person.score;
  person.episode_responded = 0;
  person.episode_treated = 0;
  people_.episode_start_day[id] = static_cast<float>(now);

  ServiceId triaged = ServiceId::digital_self_help;
  if (route != Route::digital_self_help) {
    KeyedStream s = stream(id, purpose_of(DrawPurpose::first_step));
    const Severity severity = severity_of(static_cast<CmdState>(person.cmd));
    const auto& shares = scenario_.stepped_care.first_step_share_by_severity[index_of(severity)];
    triaged = static_cast<ServiceId>(
        draw_category(route == Route::self_referral ? psychological_therapy_shares(shares) : shares, s));
  }
  person.triaged_service = static_cast<std::uint8_t>(index_of(triaged));
  person.episode_first_service = person.triaged_service;
  recorder_.count(Metric::triaged, index_of(triaged), cell_of(id));
  // A structured assessment at the front door places people on the right step;
  // elsewhere some are sent one step too high or too low.
  ServiceId sent = triaged;
  // A GP who keeps the person on medication refers nobody, so misroutes nobody.
  const bool assessed_at_front_door = route == Route::front_door || route == Route::digital_self_help;
  if (!assessed_at_front_door && triaged != ServiceId::medication_management) {
    KeyedStream s = stream(id, purpose_of(DrawPurpose::misroute));
    const bool misrouted = s.uniform_open() < scenario_.stepped_care.misroute_share;
    const bool higher = s.uniform_open() < 0.5;
    if (misrouted) sent = neighbouring_step(triaged, higher);
  }

  double loss = scenario_.services[index_of(sent)].referral_loss_probability;
  const auto& primary_care = scenario_.primary_care;
  if (route == Route::self_referral) {
    loss = primary_care.self_referral_loss_probability;  // they chose to come (IAPT: odds ratio ~3.5 for attending)
  } else if (route == Route::front_door) {
    loss *= scenario_.front_door.referral_loss_ratio;  // a navigator carries the referral
  } else if (route != Route::digital_self_help &&
             draw_bernoulli(stream(id, purpose_of(DrawPurpose::warm_handoff)), primary_care.warm_handoff_share)) {
    loss *= primary_care.warm_handoff_loss_ratio;  // the GP introduces the next clinician in person
  }
  refer(id, sent, loss, DrawPurpose::referral_loss, now);
}

void Simulation::refer(PersonId id, ServiceId service, double loss_probability, DrawPurpose loss_draw, double now) {
  if (draw_bernoulli(stream(id, purpose_of(loss_draw)), loss_probability)) {
    recorder_.count(Metric::referral_losses, index_of(service), cell_of(id));
    log(id, JourneyEvent::referral_lost, now);
    return;
  }
  join_service(id, service, now);
}

void Simulation::join_service(PersonId id, ServiceId service, double now) {
  Service& s = services_[index_of(service)];
  recorder_.count(Metric::referrals, index_of(service), cell_of(id));
  people_.state(id).care_service = static_cast<std::uint8_t>(index_of(service));
  people_.care_since_day[id] = now;
  if (s.has_free_place() && s.waiting() == 0) {
    start_treatment(id, service, now);
    return;
  }
  people_.state(id).care_place = static_cast<std::uint8_t>(CarePlace::waiting);
  s.join_waiting_list(id, severity_of(static_cast<CmdState>(people_.state(id).cmd)), now);
  log(id, JourneyEvent::joined_waiting_list, now);
}

void Simulation::start_treatment(PersonId id, ServiceId service, double now) {
  PersonState& person = people_.state(id);
  if (person.triaged_service != index_of(service)) {
    bounce(id, now);
    return;
  }
  Service& s = services_[index_of(service)];
  s.start_treatment();
  const double wait_days = now - people_.care_since_day[id];
  const std::size_t cell = cell_of(id);
  const std::size_t service_severity =
      index_of(service) * kSeverityLabels.size() + index_of(severity_of(static_cast<CmdState>(person.cmd)));
  recorder_.count(Metric::treatment_starts, service_severity, cell);
  recorder_.count(Metric::wait_days_sum, service_severity, cell, wait_days);
  recorder_.record_wait(index_of(service), wait_days);
  person.care_place = static_cast<std::uint8_t>(CarePlace::in_treatment);
  people_.care_since_day[id] = now;
  people_.treatment_end_day[id] = now + s.settings().treatment_weeks * kDaysPerWeek;
  if (!person.episode_treated) {
    person.episode_treated = 1;
    recorder_.count(Metric::first_treatment_starts, index_of(service), cell);
  }
  if (is_primary_care_step(service) && registry_in_use_ < workforce_.registry_places) {
    person.on_registry = 1;
    ++registry_in_use_;
  }
  log(id, JourneyEvent::treatment_start, now);
}

// Assessment at the wrong step finds the misroute; the person is sent on, and
// the second hand-off can lose them too. The wait for the wrong step is the delay.
void Simulation::bounce(PersonId id, double now) {
  PersonState& person = people_.state(id);
  recorder_.count(Metric::misroutes, person.care_service, cell_of(id));
  log(id, JourneyEvent::misrouted, now);
  person.care_place = static_cast<std::uint8_t>(CarePlace::none);
  const auto right = static_cast<ServiceId>(person.triaged_service);
  refer(id, right, scenario_.services[index_of(right)].referral_loss_probability, DrawPurpose::bounce_loss, now);
}

// The sessions of the course so far, and the copays paid for them.
void Simulation::record_sessions(PersonId id, double now) {
  const PersonState& person = people_.state(id);
  const std::size_t cell = cell_of(id);
  const double sessions = sessions_so_far(id, now);
  recorder_.count(Metric::sessions, person.care_service, cell, sessions);
  const std::uint8_t coverage = people_.attributes(id).coverage;
  recorder_.count(Metric::out_of_pocket_paid, coverage, cell,
                  sessions * session_copay(scenario_.cost_sharing, coverage, person.care_service));
}

void Simulation::leave_care(PersonId id, double now) {
  PersonState& person = people_.state(id);
  Service& s = services_[person.care_service];
  switch (static_cast<CarePlace>(person.care_place)) {
    case CarePlace::none: return;
    case CarePlace::waiting: s.leave_waiting_list(); break;
    case CarePlace::in_treatment:
      s.end_treatment();
      record_sessions(id, now);
      break;
  }
  leave_registry(id);
  person.intensified = 0;
  person.care_place = static_cast<std::uint8_t>(CarePlace::none);
  people_.treatment_end_day[id] = kNever;
}

double Simulation::sessions_so_far(PersonId id, double now) const {
  const double weeks_treated = (now - people_.care_since_day[id]) / kDaysPerWeek;
  return weeks_treated * services_[people_.state(id).care_service].settings().sessions_per_week;
}

// A course that ran its length or ended in remission; recovery as NHS Talking
// Therapies counts it: from caseness at the start to below it at the end.
void Simulation::record_finished_course(PersonId id, std::size_t cell, double now) {
  const PersonState& person = people_.state(id);
  recorder_.count(Metric::finished_courses, person.care_service, cell);
  recorder_.count(Metric::finished_course_sessions, person.care_service, cell, sessions_so_far(id, now));
  if (person.episode_start_score < kCasenessScore) return;
  recorder_.count(Metric::finished_from_caseness, person.care_service, cell);
  if (person.score < kCasenessScore) recorder_.count(Metric::recovered_from_caseness, person.care_service, cell);
}

void Simulation::admit_from_waiting_list(ServiceId service, double now) {
  Service& s = services_[index_of(service)];
  const auto service_index = static_cast<std::uint8_t>(index_of(service));
  const auto is_current = [&](PersonId id, double join_day) {
    return people_.state(id).alive && static_cast<CarePlace>(people_.state(id).care_place) == CarePlace::waiting &&
           people_.state(id).care_service == service_index && people_.care_since_day[id] == join_day;
  };
  while (s.has_free_place()) {
    const auto next = s.take_next_waiting(is_current);
    if (!next) return;
    const StockSet before = stocks_of(*next);
    ++people_.occasion(*next);
    start_treatment(*next, service, now);
    move_stocks(before, *next, now);
    reschedule(*next, now);
  }
}

void Simulation::leave_registry(PersonId id) {
  PersonState& person = people_.state(id);
  if (!person.on_registry) return;
  person.on_registry = 0;
  --registry_in_use_;
}

}  // namespace mhsim
