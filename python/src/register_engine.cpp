#include <pybind11/pybind11.h>

#include "engine.hpp"

namespace py = pybind11;

void register_engine(py::module_& m) {
  m.attr("__version__") = mhsim::engine_version();
  m.attr("git_revision") = mhsim::engine_git_revision();
  // The GIL is released while the engine runs, so Python threads run in parallel.
  m.def(
      "run", [](const mhsim::LoadedScenario& scenario, std::uint64_t seed) { return mhsim::run_simulation(scenario, seed); },
      py::arg("scenario"), py::arg("seed"), py::call_guard<py::gil_scoped_release>());
}
