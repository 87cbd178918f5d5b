#pragma once
// The specialist community perinatal mental health team (docs/model.md,
// "Perinatal"): a caseload of women pregnant or in the postnatal year with a
// moderate or severe common mental disorder, beside the care step that treats
// them. Offered when care meets such a woman; with no free place she joins its
// first-come, first-served list. She leaves the caseload when she recovers or
// her postnatal year ends, and the list when she is no longer eligible.
#include <cstdint>

#include "core/server_pool.hpp"
#include "event/step.hpp"

namespace mhsim {

class PerinatalTeam {
 public:
  PerinatalTeam() = default;
  PerinatalTeam(const Scenario& scenario, std::int64_t population) { change_capacity(scenario, population); }

  const ServerPool& places() const { return places_; }
  void change_capacity(const Scenario& scenario, std::int64_t population);
  void offer(Step& step, PersonId id, double now);
  // After each of the woman's events: discharged on recovery or at the end of the postnatal year.
  void discharge_if_done(Step& step, PersonId id, double now);
  void leave(Step& step, PersonId id);  // on death
  void serve_queue(Step& step, double now);

 private:
  void join(Step& step, PersonId id, double now);

  ServerPool places_;
};

bool eligible_for_perinatal_team(const PersonAttributes& a, const PersonState& state);

}  // namespace mhsim
