#pragma once
// The doors into care (docs/model.md, "Help-seeking and access"): a
// help-seeking contact goes through digital self-help, a self-referral, the
// front door while it has assessments left this week, or a GP; a positive
// screen comes from a routine visit, school or perinatal care. Whoever is
// recognised is handed to care with the route they came by.
#include <cstdint>

#include "event/step.hpp"

namespace mhsim {

class Doors {
 public:
  // The front door's navigators assess this many contacts in the week beginning.
  void open_week(const StaffDeployment& staff) { front_door_assessments_left_ = staff.front_door_assessments_per_week; }

  void on_help_seeking(Step& step, PersonId id, double now);
  void on_positive_screen(Step& step, PersonId id, double now);

 private:
  // Assessed at the front door; false when the week's assessments are used up.
  bool assess_at_front_door(Step& step, PersonId id, double now);

  std::int64_t front_door_assessments_left_ = 0;
};

}  // namespace mhsim
