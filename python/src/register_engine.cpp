#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <optional>
#include <string>
#include <vector>

#include "engine.hpp"

namespace py = pybind11;

void register_engine(py::module_& m) {
  m.attr("__version__") = mhsim::engine_version();
  m.attr("git_revision") = mhsim::engine_git_revision();
  // Counts about a run itself (events processed, people simulated), filled by run and run_from when given.
  py::class_<mhsim::RunStatistics>(m, "RunStatistics")
      .def(py::init<>())
      .def_readonly("events_processed", &mhsim::RunStatistics::events_processed)
      .def_readonly("people_simulated", &mhsim::RunStatistics::people_simulated);
  // The GIL is released while the engine runs, so Python threads run in parallel.
  // With burn_in_scenario, the burn-in runs under it (what a fork from its checkpoint gives).
  // With keep_tables, only those weekly tables are returned (the summary is computed from all):
  // many runs held together for a comparison then take only the memory of what is read.
  m.def(
      "run",
      [](const mhsim::LoadedScenario& scenario, std::uint64_t seed, const mhsim::LoadedScenario* burn_in_scenario,
         mhsim::RunStatistics* statistics, const std::optional<std::vector<std::string>>& keep_tables) {
        auto results = mhsim::run_simulation(scenario, seed, statistics, burn_in_scenario);
        if (keep_tables) results.keep_tables(*keep_tables);
        return results;
      },
      py::arg("scenario"), py::arg("seed"), py::arg("burn_in_scenario") = nullptr, py::arg("statistics") = nullptr,
      py::arg("keep_tables") = std::nullopt, py::call_guard<py::gil_scoped_release>());
}
