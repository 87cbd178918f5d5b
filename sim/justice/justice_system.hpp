#pragma once
// Justice after an arrest at a crisis (docs/model.md, "Justice after arrest").
// The crisis pathway hands an arrested person over (event/hand_offs.hpp): a
// liaison and diversion practitioner screens them while one is free, and a
// court may divert a person with a disorder to community care under a mental
// health court's supervision; the rest are held, some treated in jail. At
// release the person may be linked to care (always after a diversion), and a
// risk window follows. Repeat arrests are arrests within a year of the last.
// Keeps a record only of people arrested, so it costs nothing per person.
#include <cstdint>
#include <unordered_map>

#include "event/step.hpp"

namespace mhsim {

inline constexpr double kRepeatArrestWindowDays = 365.0;

// Screenings a day from the practitioners in post; time unused in a week is lost.
class LiaisonCapacity {
 public:
  LiaisonCapacity() = default;
  LiaisonCapacity(const Scenario& scenario, std::int64_t population) { resize(scenario, population); }
  void resize(const Scenario& scenario, std::int64_t population);
  // Takes one screening if one is free by `now`.
  bool take(double now);
  double screenings_per_day() const { return screenings_per_day_; }

 private:
  double screenings_per_day_ = 0;
  double available_ = 0;
  double since_day_ = 0;
};

class JusticeSystem {
 public:
  JusticeSystem() = default;
  JusticeSystem(const Scenario& scenario, std::int64_t population) : liaison_(scenario, population) {}
  void change_capacity(const Scenario& scenario, std::int64_t population) { liaison_.resize(scenario, population); }
  const LiaisonCapacity& liaison() const { return liaison_; }

  // The days an arrested person is held, from the `held_days` drawn for them.
  double on_arrest(Step& step, PersonId id, double held_days, double now);
  // The days of the risk window after the release (0 for none).
  double on_release(Step& step, PersonId id, double now);
  // On the police's arrest share at a crisis of this person.
  double arrest_share_ratio(const Step& step, PersonId id, double now) const;
  // On death: counted if in the window after a release; their record is dropped.
  void leave(Step& step, PersonId id);

 private:
  struct ArrestRecord {
    float last_arrest_day = 0;
    float supervised_until_day = 0;  // under a mental health court's supervision until then
    bool diverted = false;           // the current custody ends in a diversion
  };
  bool divert(Step& step, PersonId id, double now);
  void link_at_release(Step& step, PersonId id, bool diverted, double now);

  LiaisonCapacity liaison_;
  std::unordered_map<PersonId, ArrestRecord> records_;
};

}  // namespace mhsim
