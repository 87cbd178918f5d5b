#pragma once
// What a finished run reports beyond its recorded tables: the tables derived
// from them (peer contacts, YLD, costs, productivity) and every component's
// headline figures, in the order results files list them.
#include "results/results.hpp"
#include "scenario/scenario.hpp"
#include "simulation/simulation.hpp"

namespace mhsim {

// Moves the simulation's tables and journeys into `results`, then adds the derived tables and the summary.
void export_run_results(Simulation& simulation, const Scenario& scenario, Results& results);

}  // namespace mhsim
