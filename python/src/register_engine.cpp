#include <pybind11/pybind11.h>

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
  m.def(
      "run",
      [](const mhsim::LoadedScenario& scenario, std::uint64_t seed, const mhsim::LoadedScenario* burn_in_scenario,
         mhsim::RunStatistics* statistics) {
        return mhsim::run_simulation(scenario, seed, statistics, burn_in_scenario);
      },
      py::arg("scenario"), py::arg("seed"), py::arg("burn_in_scenario") = nullptr, py::arg("statistics") = nullptr,
      py::call_guard<py::gil_scoped_release>());
}
