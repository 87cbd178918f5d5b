#pragma once
// The engine's public entry point: one scenario, one seed, one Results; or
// one burn-in, saved, and several reforms continued from it. Safe to call
// from several threads at once; runs share nothing. With scenario/loader.hpp,
// results/results.hpp and io/hdf5_io.hpp, the only headers the command line
// and the Python bindings include.
#include <cstddef>
#include <cstdint>
#include <memory>

#include "results/results.hpp"
#include "scenario/loader.hpp"

namespace mhsim {

class Simulation;

// The budget year (0 is the first) a reported week lies in: years of 365.25
// days in whole weeks, as budgets and their tables count them (economics/budget.cpp).
std::size_t budget_year_of_week(std::size_t week);

// The version and the git revision the engine was built from.
const char* engine_version();
const char* engine_git_revision();

// Counts about the run itself, for benchmarks; not part of the results. A
// run forked from a burn-in counts the burn-in's events too.
struct RunStatistics {
  std::uint64_t events_processed = 0;
  std::uint64_t people_simulated = 0;
};

// With `burn_in_scenario`, the burn-in runs under it and the reported horizon
// under `scenario`, which may differ from it in policy only
// (scenario/policy_change.hpp; std::invalid_argument otherwise).
Results run_simulation(const LoadedScenario& scenario, std::uint64_t seed, RunStatistics* statistics = nullptr,
                       const LoadedScenario* burn_in_scenario = nullptr);

// The complete state at the end of a burn-in: people, event queue, waiting
// lists and caseloads, the recorder's running counts, journeys and every
// person's random-stream occasion. Never changed once made, so any number of
// threads may continue runs from one BurnIn at once.
class BurnIn {
 public:
  const LoadedScenario& scenario() const { return scenario_; }
  std::uint64_t seed() const { return seed_; }

 private:
  friend BurnIn run_burn_in(const LoadedScenario& scenario, std::uint64_t seed);
  friend Results run_from(const BurnIn& burn_in, const LoadedScenario& reform, RunStatistics* statistics);
  BurnIn(LoadedScenario scenario, std::uint64_t seed, std::shared_ptr<const Simulation> simulation);

  LoadedScenario scenario_;
  std::uint64_t seed_;
  std::shared_ptr<const Simulation> simulation_;
};

BurnIn run_burn_in(const LoadedScenario& scenario, std::uint64_t seed);

// Continues a copy of the burn-in's state under `reform` over the reported
// horizon: bit for bit what run_simulation(reform, seed, nullptr,
// &burn_in.scenario()) gives. The reform may differ in policy only.
Results run_from(const BurnIn& burn_in, const LoadedScenario& reform, RunStatistics* statistics = nullptr);

}  // namespace mhsim
