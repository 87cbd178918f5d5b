#include "prevention/prevention_rounds.hpp"

#include <algorithm>

#include "event/draw_purpose.hpp"

namespace mhsim {
namespace {

constexpr std::array<Metric, kPreventionProgrammeCount> kReachedMetric{
    Metric::workplace_prevention_reached, Metric::school_prevention_reached, Metric::parenting_prevention_reached};

PreventionProgramme programme_at(std::size_t p) {
  return static_cast<PreventionProgramme>(p);
}

}  // namespace

bool reached_at_round(const KeyedRandom& random, PersonId id, std::size_t year, PreventionProgramme programme,
                      double reach) {
  // One stream a person-year, a draw for each programme in order: a programme's reach never shifts another's.
  KeyedStream stream = random.stream(id, static_cast<std::uint32_t>(year), purpose_of(DrawPurpose::prevention_reach));
  double u = 0;
  for (std::size_t p = 0; p <= static_cast<std::size_t>(programme); ++p) u = stream.uniform_open();
  return u < reach;
}

void PreventionRounds::run_round(Step& step, std::size_t year, double now) {
  PreventionRound round{now, year, {}};
  for (std::size_t p = 0; p < kPreventionProgrammeCount; ++p) {
    round.reach[p] = levers_of(step.scenario.prevention, programme_at(p)).reach_per_year;
  }
  if (std::all_of(round.reach.begin(), round.reach.end(), [](double reach) { return !(reach > 0); })) return;
  rounds_.push_back(round);
  for (PersonId id = 0; id < step.people.size(); ++id) {
    if (!step.people.state(id).alive) continue;
    for (std::size_t p = 0; p < kPreventionProgrammeCount; ++p) {
      if (!(round.reach[p] > 0) || !in_target_group(step.scenario, step.people, id, programme_at(p), now)) continue;
      if (reached_at_round(step.random, id, year, programme_at(p), round.reach[p])) {
        step.recorder.count(kReachedMetric[p], 0, step.cell_of(id));
      }
    }
  }
}

double onset_rate_ratio_after(const std::vector<PreventionRound>& rounds, const Scenario& scenario,
                              const Population& people, const KeyedRandom& random, PersonId id, double now) {
  double ratio = 1.0;
  for (std::size_t p = 0; p < kPreventionProgrammeCount; ++p) {
    const ProgrammeLevers levers = levers_of(scenario.prevention, programme_at(p));
    for (auto round = rounds.rbegin(); round != rounds.rend(); ++round) {
      if (!(round->reach[p] > 0) || round->day > now ||
          !was_in_target_group(scenario, people, id, programme_at(p), round->day, now) ||
          !reached_at_round(random, id, round->year, programme_at(p), round->reach[p])) {
        continue;
      }
      ratio *= decayed_onset_rate_ratio(levers, (now - round->day) / kDaysPerYear);
      break;
    }
  }
  return ratio;
}

bool PreventionRounds::prevents_onset(Step& step, PersonId id, double now) const {
  if (rounds_.empty()) return false;
  const double ratio = onset_rate_ratio_after(rounds_, step.scenario, step.people, step.random, id, now);
  if (!(ratio < 1.0)) return false;
  KeyedStream stream = step.stream(id, purpose_of(DrawPurpose::prevention_onset));
  if (stream.uniform_open() < ratio) return false;
  step.recorder.count(Metric::prevention_onsets_averted, 0, step.cell_of(id));
  return true;
}

}  // namespace mhsim
