#pragma once
// The engine's public entry point: one scenario, one seed, one Results.
// Safe to call from several threads at once; runs share nothing.
#include <cstdint>

#include "results/results.hpp"
#include "scenario/loader.hpp"

namespace mhsim {

// The version and the git revision the engine was built from.
const char* engine_version();
const char* engine_git_revision();

// Counts about the run itself, for benchmarks; not part of the results.
struct RunStatistics {
  std::uint64_t events_processed = 0;
  std::uint64_t people_simulated = 0;
};

Results run_simulation(const LoadedScenario& scenario, std::uint64_t seed, RunStatistics* statistics = nullptr);

}  // namespace mhsim
