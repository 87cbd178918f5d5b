// mhsim._core: thin bindings over the engine. One register_* file per area.
#include <pybind11/pybind11.h>

namespace py = pybind11;

void register_scenario(py::module_& m);
void register_results(py::module_& m);
void register_engine(py::module_& m);
void register_checkpoint(py::module_& m);

PYBIND11_MODULE(_core, m) {
  m.doc() = "mhsim engine bindings (private: use the mhsim package)";
  register_scenario(m);
  register_results(m);
  register_engine(m);
  register_checkpoint(m);
}
