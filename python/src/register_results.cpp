#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include "engine.hpp"
#include "io/hdf5_io.hpp"
#include "results/results.hpp"

namespace py = pybind11;

namespace {

// A numpy view on memory owned by the Results object `owner` (no copy).
template <typename T>
py::array_t<T> view(const std::vector<T>& values, py::handle owner) {
  return py::array_t<T>({static_cast<py::ssize_t>(values.size())}, values.data(), owner);
}

// The weekly table as an array of shape (weeks, dimension lengths...) in its storage type, a view.
py::array table_values(const mhsim::Results& results, const mhsim::WeeklyTable& table, py::handle owner) {
  std::vector<py::ssize_t> shape{static_cast<py::ssize_t>(table.values.rows())};
  for (const auto& name : table.dimensions) {
    shape.push_back(static_cast<py::ssize_t>(results.dimension(name).labels.size()));
  }
  return table.values.visit([&](const auto& values) -> py::array {
    using Number = typename std::decay_t<decltype(values)>::Scalar;
    return py::array_t<Number>(shape, values.data(), owner);
  });
}

}  // namespace

void register_results(py::module_& m) {
  py::register_exception<mhsim::ResultsFileError>(m, "ResultsFileError", PyExc_OSError);

  py::class_<mhsim::Results>(m, "Results")
      .def_property_readonly("provenance",
                             [](const mhsim::Results& r) {
                               const auto& p = r.provenance;
                               py::dict d;
                               d["scenario_name"] = p.scenario_name;
                               d["scenario_toml"] = p.scenario_toml;
                               d["burn_in_scenario_toml"] = p.burn_in_scenario_toml;
                               d["seed"] = p.seed;
                               d["mhsim_version"] = p.mhsim_version;
                               d["git_revision"] = p.git_revision;
                               d["created_utc"] = p.created_utc;
                               d["platform"] = p.platform;
                               return d;
                             })
      .def_property_readonly("week_start_day",
                             [](py::object self) { return view(self.cast<const mhsim::Results&>().week_start_day, self); })
      .def_property_readonly("dimensions",
                             [](const mhsim::Results& r) {
                               py::dict d;
                               for (const auto& dim : r.dimensions) d[py::str(dim.name)] = dim.labels;
                               return d;
                             })
      .def_property_readonly("table_names",
                             [](const mhsim::Results& r) {
                               std::vector<std::string> names;
                               for (const auto& t : r.weekly) names.push_back(t.name);
                               return names;
                             })
      .def("table",
           [](py::object self, const std::string& name) {
             const auto& r = self.cast<const mhsim::Results&>();
             const auto& t = r.table(name);
             py::dict d;
             d["values"] = table_values(r, t, self);
             d["dimensions"] = t.dimensions;
             d["unit"] = t.unit;
             d["description"] = t.description;
             return d;
           },
           py::arg("name"))
      .def_property_readonly("summary",
                             [](const mhsim::Results& r) {
                               py::list rows;
                               for (const auto& f : r.summary) rows.append(py::make_tuple(f.name, f.value, f.unit, f.description));
                               return rows;
                             })
      .def_property_readonly("group_summary",
                             [](const mhsim::Results& r) {
                               py::list rows;
                               for (const auto& f : r.group_summary) {
                                 rows.append(
                                     py::make_tuple(f.figure, f.dimension, f.group, f.value, f.unit, f.description));
                               }
                               return rows;
                             })
      .def_property_readonly("journeys",
                             [](py::object self) {
                               const auto& j = self.cast<const mhsim::Results&>().journeys;
                               py::dict d;
                               d["day"] = view(j.day, self);
                               d["person"] = view(j.person, self);
                               d["event"] = view(j.event, self);
                               d["event_labels"] = j.event_labels;
                               d["step"] = view(j.step, self);
                               d["step_labels"] = j.step_labels;
                               return d;
                             })
      .def_property_readonly("rule_firings",
                             [](const mhsim::Results& r) {
                               py::list rows;
                               for (const auto& f : r.rule_firings) {
                                 rows.append(py::make_tuple(f.week, f.quarter, f.rule, f.value, f.key, f.before, f.after));
                               }
                               return rows;
                             })
      .def("write", &mhsim::write_results, py::arg("path"), py::call_guard<py::gil_scoped_release>());

  m.def("read_results", &mhsim::read_results, py::arg("path"), py::call_guard<py::gil_scoped_release>());
  m.def("budget_year_of_week", &mhsim::budget_year_of_week, py::arg("week"),
        "The budget year (0 is the first) a reported week lies in.");
}
