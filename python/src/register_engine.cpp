#include <pybind11/pybind11.h>

#include "engine.hpp"

namespace py = pybind11;

void register_engine(py::module_& m) {
  m.attr("__version__") = mhsim::engine_version();
  m.attr("git_revision") = mhsim::engine_git_revision();
  // The GIL is released while the engine runs, so Python threads run in parallel.
  // With burn_in_scenario, the burn-in runs under it (what a fork from its checkpoint gives).
  m.def(
      "run",
      [](const mhsim::LoadedScenario& scenario, std::uint64_t seed, const mhsim::LoadedScenario* burn_in_scenario) {
        return mhsim::run_simulation(scenario, seed, nullptr, burn_in_scenario);
      },
      py::arg("scenario"), py::arg("seed"), py::arg("burn_in_scenario") = nullptr,
      py::call_guard<py::gil_scoped_release>());
}
