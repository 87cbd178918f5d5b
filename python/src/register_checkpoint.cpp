// Checkpoint and fork: a burn-in run once, continued under several reforms.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <optional>
#include <string>
#include <vector>

#include "engine.hpp"

namespace py = pybind11;

void register_checkpoint(py::module_& m) {
  py::class_<mhsim::BurnIn>(m, "BurnIn")
      .def_property_readonly("scenario", &mhsim::BurnIn::scenario)
      .def_property_readonly("seed", &mhsim::BurnIn::seed);
  // The GIL is released while the engine runs, so forks in several Python
  // threads run in parallel; a reform that changes more than policy raises
  // ValueError (std::invalid_argument) naming the keys.
  m.def("run_burn_in", &mhsim::run_burn_in, py::arg("scenario"), py::arg("seed"),
        py::call_guard<py::gil_scoped_release>());
  m.def(
      "run_from",
      [](const mhsim::BurnIn& burn_in, const mhsim::LoadedScenario& reform, mhsim::RunStatistics* statistics,
         const std::optional<std::vector<std::string>>& keep_tables) {
        auto results = mhsim::run_from(burn_in, reform, statistics);
        if (keep_tables) results.keep_tables(*keep_tables);  // as in run
        return results;
      },
      py::arg("burn_in"), py::arg("reform"), py::arg("statistics") = nullptr, py::arg("keep_tables") = std::nullopt,
      py::call_guard<py::gil_scoped_release>());
}
