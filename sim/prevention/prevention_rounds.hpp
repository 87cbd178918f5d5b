#pragma once
// The prevention programmes' yearly rounds (docs/model.md, "Prevention"). At the
// start of each reported year each programme reaches a share of its target group;
// who is reached is a keyed draw on (person, year), so nothing is stored per
// person: at a person's onset the rounds are looked back over to find when a
// programme last reached them, and the onset goes ahead with the probability of
// the decayed rate ratio (thinning: the onset time was drawn at the rate without
// prevention, which bounds it, so the accepted onsets follow the lowered,
// decaying rate exactly, whatever the time since the person's last event).
#include <array>
#include <cstddef>
#include <vector>

#include "event/step.hpp"
#include "prevention/prevention_programme.hpp"

namespace mhsim {

// A round held: its day, its reported year (the key of who it reached) and each programme's reach then.
struct PreventionRound {
  double day;
  std::size_t year;
  std::array<double, kPreventionProgrammeCount> reach;
};

// The product of the programmes' decayed rate ratios on the person's onset at `now`, after `rounds`:
// for each programme, the latest round that reached the person while in its target group sets the
// effect (a new reach renews it); 1 if none did.
double onset_rate_ratio_after(const std::vector<PreventionRound>& rounds, const Scenario& scenario,
                              const Population& people, const KeyedRandom& random, PersonId id, double now);

class PreventionRounds {
 public:
  // A round at `now`, the start of reported year `year`: the people reached are counted (and so costed).
  // Nothing happens, and nothing is kept, while every programme's reach is 0.
  void run_round(Step& step, std::size_t year, double now);

  // At the person's onset event: true (and counted) if the programmes prevent it, with probability 1 - the ratio.
  bool prevents_onset(Step& step, PersonId id, double now) const;

 private:
  std::vector<PreventionRound> rounds_;
};

// Whether `programme` reached the person at the round of reported year `year`, given its reach.
bool reached_at_round(const KeyedRandom& random, PersonId id, std::size_t year, PreventionProgramme programme,
                      double reach);

}  // namespace mhsim
