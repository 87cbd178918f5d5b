#include "access/doors.hpp"

#include "access/cost_sharing.hpp"
#include "access/screening.hpp"
#include "event/draw_purpose.hpp"
#include "youth/youth_rates.hpp"
#include "youth/youth_recording.hpp"

namespace mhsim {

// Each share applies to the contacts the doors before it did not take.
void Doors::on_help_seeking(Step& step, PersonId id, double now) {
  const PersonCells cell = step.cell_of(id);
  step.recorder.count(Metric::help_seeking_contacts, step.people.attributes(id).coverage, cell);
  count_if_young(step.recorder, Metric::young_help_seeking_contacts, step.people.attributes(id), cell);
  step.log(id, JourneyEvent::help_seeking_contact, now);
  const auto& access = step.scenario.access;
  KeyedStream door = step.stream(id, purpose_of(DrawPurpose::help_seeking_door));
  if (door.uniform_open() < access.digital_self_help_share) {
    step.hand_offs.enter_care(id, Route::digital_self_help, now);
    return;
  }
  if (door.uniform_open() < access.self_referral_share) {
    step.hand_offs.enter_care(id, Route::self_referral, now);
    return;
  }
  if (door.uniform_open() < step.scenario.front_door.contact_share) {
    if (assess_at_front_door(step, id, now)) return;
    step.recorder.count(Metric::front_door_overflows, 0, cell);
  }
  const PersonAttributes& attributes = step.people.attributes(id);
  const CostSharingSettings& sharing = step.scenario.cost_sharing;
  step.recorder.count(
      Metric::out_of_pocket_paid, attributes.coverage, cell,
      copay_paid(sharing, sharing.primary_care_copay_by_coverage, attributes.coverage, attributes.income));
  const Severity severity = severity_of(static_cast<CmdState>(step.people.state(id).cmd));
  const double detection = step.scenario.primary_care.detection_probability[index_of(severity)];
  if (draw_bernoulli(step.stream(id, purpose_of(DrawPurpose::detection)), detection)) {
    step.hand_offs.enter_care(id, Route::help_seeking, now);
  } else {
    step.recorder.count(Metric::undetected_contacts, 0, cell);
  }
}

bool Doors::assess_at_front_door(Step& step, PersonId id, double now) {
  if (front_door_assessments_left_ <= 0) return false;
  --front_door_assessments_left_;
  const PersonCells cell = step.cell_of(id);
  step.recorder.count(Metric::front_door_contacts, 0, cell);
  step.log(id, JourneyEvent::front_door_contact, now);
  const Severity severity = severity_of(static_cast<CmdState>(step.people.state(id).cmd));
  const double detection = step.scenario.front_door.detection_probability[index_of(severity)];
  if (draw_bernoulli(step.stream(id, purpose_of(DrawPurpose::front_door_detection)), detection)) {
    step.hand_offs.enter_care(id, Route::front_door, now);
  } else {
    step.recorder.count(Metric::undetected_contacts, 0, cell);
  }
  return true;
}

namespace {

// Of the events of the positive_screen process, a trained teacher's referral of a pupil with a disorder
// (youth/) makes up its share of the rate; no draw where no teacher refers, so other runs are as they were.
bool referred_by_teacher(Step& step, PersonId id) {
  const double teacher_rate = teacher_identification_rate_per_year(step.scenario.school_support,
                                                                   step.people.attributes(id), step.people.state(id));
  if (teacher_rate <= 0) return false;
  return draw_bernoulli(step.stream(id, purpose_of(DrawPurpose::teacher_identification)),
                        teacher_rate / positive_screen_rate_per_year(step.scenario, step.people, id));
}

}  // namespace

// A positive screen in one of the settings, drawn in proportion to the screens there. The screens it stands
// for are split by setting too: clinic screens have their own cost. A trained
// teacher's referral is no screen.
void Doors::on_positive_screen(Step& step, PersonId id, double now) {
  const PersonCells cell = step.cell_of(id);
  if (referred_by_teacher(step, id)) {
    step.recorder.count(Metric::teacher_identifications, 0, cell);
    step.hand_offs.enter_care(id, Route::school_screening, now);
    return;
  }
  step.log(id, JourneyEvent::screened_positive, now);
  auto setting_share = screens_per_year_by_setting(step.scenario, step.people, id);
  const double screens_per_year =
      setting_share[0] + setting_share[1] + setting_share[2] + setting_share[kClinicSetting];
  for (double& share : setting_share) share /= screens_per_year;
  const double screens = screens_per_positive_screen(step.scenario, step.people, id);
  step.recorder.count(Metric::screens, 0, cell, screens * (1.0 - setting_share[kClinicSetting]));
  step.recorder.count(Metric::clinic_screens, 0, cell, screens * setting_share[kClinicSetting]);
  if (static_cast<CmdState>(step.people.state(id).cmd) == CmdState::none) {
    step.recorder.count(Metric::screen_false_positives, 0, cell);
    return;
  }
  KeyedStream s = step.stream(id, purpose_of(DrawPurpose::screening_setting));
  std::size_t setting = draw_category(setting_share, s);
  // A draw beyond the rounded cumulative shares falls where it fell before clinics screened.
  if (setting_share[setting] == 0) setting = kClinicSetting - 1;
  const Route route = kScreeningRoutes[setting];
  if (route == Route::perinatal_screening) step.recorder.count(Metric::perinatal_cases_found, 0, step.cell_of(id));
  step.hand_offs.enter_care(id, route, now);
}

}  // namespace mhsim
