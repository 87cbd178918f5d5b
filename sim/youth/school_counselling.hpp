#pragma once
// School counsellors' places (docs/model.md, "School and the youth pathway"): brief therapy in school for
// pupils school identifies, with no waiting list - a pupil is taken on while a place is free, otherwise
// triaged as after any other screen. Care holds them; the treatment is the low-intensity step's.
#include <cmath>
#include <cstdint>

#include "scenario/scenario.hpp"

namespace mhsim {

class SchoolCounselling {
 public:
  SchoolCounselling() = default;
  explicit SchoolCounselling(const Scenario& scenario) { change_capacity(scenario); }

  // The counsellors in post under `scenario`; pupils above a smaller caseload keep their places until they leave.
  void change_capacity(const Scenario& scenario) {
    const SchoolSupportSettings& school = scenario.school_support;
    places_ = std::llround(school.counsellor_fte_per_100k * static_cast<double>(scenario.population.size) / 1e5 *
                           school.counsellor_caseload);
  }
  bool has_free_place() const { return in_use_ < places_; }
  void take_place() { ++in_use_; }
  void free_place() { --in_use_; }

 private:
  std::int64_t places_ = 0;
  std::int64_t in_use_ = 0;
};

}  // namespace mhsim
