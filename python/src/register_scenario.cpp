#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include "scenario/loader.hpp"

namespace py = pybind11;

void register_scenario(py::module_& m) {
  // A ValueError, so callers that catch bad input generically still catch it.
  py::register_exception<mhsim::ScenarioError>(m, "ScenarioError", PyExc_ValueError);

  py::class_<mhsim::LoadedScenario>(m, "LoadedScenario")
      .def_property_readonly("name", [](const mhsim::LoadedScenario& s) { return s.scenario.name; })
      .def_property_readonly("description", [](const mhsim::LoadedScenario& s) { return s.scenario.description; })
      .def_property_readonly("population_size", [](const mhsim::LoadedScenario& s) { return s.scenario.population.size; })
      .def_readonly("resolved_toml", &mhsim::LoadedScenario::resolved_toml)
      .def_readonly("origin", &mhsim::LoadedScenario::origin);

  m.def("load_scenario_file", &mhsim::load_scenario_file, py::arg("path"),
        py::arg("overrides") = std::vector<std::string>{});
  m.def("load_scenario_text", &mhsim::load_scenario_text, py::arg("text"), py::arg("origin"),
        py::arg("overrides") = std::vector<std::string>{}, py::arg("base_directory") = std::filesystem::path("."));
}
