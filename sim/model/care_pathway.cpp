// The route into and through care: routing after recognition, referral,
// waiting lists, treatment and discharge.
#include "model/draw_purpose.hpp"
#include "model/simulation.hpp"

namespace mhsim {
void Simulation::enter_care(PersonId id, Route route, double now) {
  if (static_cast<CarePlace>(people_.state[id].care_place) != CarePlace::none) return;
  const std::size_t cell = stocks_of(id).cell;
  recorder_.count(Metric::care_entries, index_of(route), cell);
  log(id, JourneyEvent::care_entry, now);
  const Severity severity = severity_of(static_cast<CmdState>(people_.state[id].cmd));
  const auto& primary_care = scenario_.primary_care;
  const bool to_therapy = draw_bernoulli(stream(id, purpose_of(DrawPurpose::therapy_referral)),
                                     primary_care.therapy_referral_share[index_of(severity)]);
  if (!to_therapy) {
    join_service(id, ServiceId::primary_care_treatment, now);
    return;
  }
  // A warm handoff (the GP introduces the therapist) loses fewer people on the way.
  const bool warm = draw_bernoulli(stream(id, purpose_of(DrawPurpose::warm_handoff)), primary_care.warm_handoff_share);
  const double loss = primary_care.referral_loss_probability * (warm ? primary_care.warm_handoff_loss_ratio : 1.0);
  refer_to_therapy(id, loss, now);
}

// People who refer themselves attend more often than people referred (IAPT:
// odds ratio about 3.5 for attending assessment), and need no GP to recognise them.
void Simulation::self_refer(PersonId id, double now) {
  if (static_cast<CarePlace>(people_.state[id].care_place) != CarePlace::none) return;
  recorder_.count(Metric::care_entries, index_of(Route::self_referral), stocks_of(id).cell);
  log(id, JourneyEvent::care_entry, now);
  refer_to_therapy(id, scenario_.primary_care.self_referral_loss_probability, now);
}

void Simulation::refer_to_therapy(PersonId id, double loss_probability, double now) {
  if (draw_bernoulli(stream(id, purpose_of(DrawPurpose::referral_loss)), loss_probability)) {
    recorder_.count(Metric::referral_losses, 0, stocks_of(id).cell);
    log(id, JourneyEvent::referral_lost, now);
    return;
  }
  join_service(id, ServiceId::psychological_therapy, now);
}

void Simulation::join_service(PersonId id, ServiceId service, double now) {
  Service& s = services_[index_of(service)];
  recorder_.count(Metric::referrals, index_of(service), stocks_of(id).cell);
  people_.state[id].care_service = static_cast<std::uint8_t>(index_of(service));
  people_.care_since_day[id] = now;
  // A free place means nobody is waiting: places are filled as soon as they free up.
  if (s.has_free_place()) {
    start_treatment(id, service, now);
    return;
  }
  people_.state[id].care_place = static_cast<std::uint8_t>(CarePlace::waiting);
  s.join_waiting_list(id, severity_of(static_cast<CmdState>(people_.state[id].cmd)), now);
  log(id, JourneyEvent::joined_waiting_list, now);
}

void Simulation::start_treatment(PersonId id, ServiceId service, double now) {
  Service& s = services_[index_of(service)];
  s.start_treatment();
  const double wait_days = now - people_.care_since_day[id];
  const std::size_t cell = stocks_of(id).cell;
  recorder_.count(Metric::treatment_starts, index_of(service), cell);
  recorder_.count(Metric::wait_days_sum, index_of(service), cell, wait_days);
  recorder_.record_wait(index_of(service), severity_of(static_cast<CmdState>(people_.state[id].cmd)), wait_days);
  people_.state[id].care_place = static_cast<std::uint8_t>(CarePlace::in_treatment);
  people_.state[id].care_service = static_cast<std::uint8_t>(index_of(service));
  people_.care_since_day[id] = now;
  people_.treatment_end_day[id] = now + s.settings().treatment_weeks * kDaysPerWeek;
  log(id, JourneyEvent::treatment_start, now);
}

void Simulation::leave_care(PersonId id) {
  Service& s = services_[people_.state[id].care_service];
  switch (static_cast<CarePlace>(people_.state[id].care_place)) {
    case CarePlace::none: return;
    case CarePlace::waiting: s.leave_waiting_list(); break;
    case CarePlace::in_treatment: s.end_treatment(); break;
  }
  people_.state[id].care_place = static_cast<std::uint8_t>(CarePlace::none);
  people_.treatment_end_day[id] = kNever;
}

void Simulation::admit_from_waiting_list(ServiceId service, double now) {
  Service& s = services_[index_of(service)];
  const auto service_index = static_cast<std::uint8_t>(index_of(service));
  const auto is_current = [&](PersonId id, double join_day) {
    return people_.state[id].alive && static_cast<CarePlace>(people_.state[id].care_place) == CarePlace::waiting &&
           people_.state[id].care_service == service_index && people_.care_since_day[id] == join_day;
  };
  while (s.has_free_place()) {
    const auto next = s.take_next_waiting(is_current);
    if (!next) return;
    const StockSet before = stocks_of(*next);
    ++people_.occasion[*next];
    start_treatment(*next, service, now);
    move_stocks(before, *next, now);
    reschedule(*next, now);
  }
}

}  // namespace mhsim
