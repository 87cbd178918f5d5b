#pragma once
// Results to and from HDF5 with the HDF5 C API. The file is written under a
// temporary name and renamed when complete, so a failed write leaves nothing.
// Layout (docs/outputs.md): root attributes carry the provenance; /weekly holds
// one dataset per metric with dimension scales (week, service, region, ...) that
// xarray opens with engine="h5netcdf"; /summary holds the headline figures;
// /journeys the event log of sampled people; /rule_firings what learning-system
// rules changed (io/hdf5_rule_firings.hpp).
#include <filesystem>
#include <stdexcept>

#include "results/results.hpp"

namespace mhsim {

class ResultsFileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

void write_results(const Results& results, const std::filesystem::path& path);
Results read_results(const std::filesystem::path& path);

}  // namespace mhsim
