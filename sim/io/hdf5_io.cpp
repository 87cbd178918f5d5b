#include "io/hdf5_io.hpp"

#include <hdf5.h>
#include <hdf5_hl.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <system_error>
#include <vector>

#include "io/atomic_file.hpp"
#include "io/hdf5_group_summary.hpp"
#include "io/hdf5_handles.hpp"
#include "io/hdf5_journeys.hpp"
#include "io/hdf5_rule_firings.hpp"
#include "io/hdf5_table_types.hpp"
#include "io/hdf5_values.hpp"
#include "io/superblock_checksum.hpp"

namespace mhsim {
namespace {

using hdf5::check;
using hdf5::Handle;

namespace fs = std::filesystem;

// 2 added the root attribute burn_in_scenario_toml; 3 stores each weekly table in its own type (counts as
// uint32, amounts as float32), where 2 stored every table as float64; 4 stores a count table as uint16 when
// every count fits, chunks a table by cells over all weeks, a table of zeros as one chunk, in HDF5 1.10's format.
constexpr int kResultsFormat = 4;
constexpr int kOldestResultsFormat = 2;
// Not "days since ...": xarray would try to decode that as dates and fail, and a
// bare "days" is decoded as durations by some xarray versions.
constexpr const char* kWeekUnit = "days after the end of the burn-in";
constexpr const char* kWeekDescription = "first day of the week";

std::string quoted(const std::string& name) { return "'" + name + "'"; }

const Dimension* find_dimension(const Results& results, const std::string& name) {
  const auto found = std::find_if(results.dimensions.begin(), results.dimensions.end(),
                                  [&](const Dimension& d) { return d.name == name; });
  return found == results.dimensions.end() ? nullptr : &*found;
}

// Inconsistent results would give a file that reads back differently (or that
// xarray rejects), so they are refused before anything is written.
void check_consistent(const Results& results) {
  std::vector<std::string> weekly_names{"week"};
  const auto claim_name = [&](const std::string& name, const char* kind) {
    if (name.empty() || name.find('/') != std::string::npos || name == ".") {
      throw ResultsFileError(std::string(kind) + " name " + quoted(name) + " cannot name an HDF5 dataset");
    }
    if (std::find(weekly_names.begin(), weekly_names.end(), name) != weekly_names.end()) {
      throw ResultsFileError(std::string(kind) + " name " + quoted(name) + " is already taken in /weekly");
    }
    weekly_names.push_back(name);
  };
  for (const auto& dimension : results.dimensions) claim_name(dimension.name, "dimension");
  const auto weeks = static_cast<Eigen::Index>(results.week_start_day.size());
  for (const auto& table : results.weekly) {
    claim_name(table.name, "weekly table");
    Eigen::Index columns = 1;
    for (std::size_t i = 0; i < table.dimensions.size(); ++i) {
      const Dimension* dimension = find_dimension(results, table.dimensions[i]);
      if (dimension == nullptr) {
        throw ResultsFileError("weekly table " + quoted(table.name) + " has unknown dimension " +
                               quoted(table.dimensions[i]));
      }
      if (std::find(table.dimensions.begin(), table.dimensions.begin() + static_cast<std::ptrdiff_t>(i),
                    table.dimensions[i]) != table.dimensions.begin() + static_cast<std::ptrdiff_t>(i)) {
        throw ResultsFileError("weekly table " + quoted(table.name) + " repeats dimension " + quoted(dimension->name));
      }
      columns *= static_cast<Eigen::Index>(dimension->labels.size());
    }
    if (table.values.rows() != weeks || table.values.cols() != columns) {
      throw ResultsFileError("weekly table " + quoted(table.name) + " is " + std::to_string(table.values.rows()) +
                             " x " + std::to_string(table.values.cols()) + " but its weeks and dimensions make " +
                             std::to_string(weeks) + " x " + std::to_string(columns));
    }
  }
  const JourneyLog& journeys = results.journeys;
  if (journeys.person.size() != journeys.day.size() || journeys.event.size() != journeys.day.size()) {
    throw ResultsFileError("the journey log has " + std::to_string(journeys.day.size()) + " days, " +
                           std::to_string(journeys.person.size()) + " people and " +
                           std::to_string(journeys.event.size()) + " events");
  }
  if (!journeys.step.empty() && journeys.step.size() != journeys.day.size()) {
    throw ResultsFileError("the journey log has " + std::to_string(journeys.day.size()) + " events but " +
                           std::to_string(journeys.step.size()) + " steps");
  }
}

// ---- writing -------------------------------------------------------------

void write_provenance(hid_t file, const Provenance& provenance) {
  hdf5::write_string_attribute(file, "scenario_name", provenance.scenario_name);
  hdf5::write_string_attribute(file, "scenario_toml", provenance.scenario_toml);
  hdf5::write_string_attribute(file, "burn_in_scenario_toml", provenance.burn_in_scenario_toml);
  hdf5::write_number_attribute(file, "seed", H5T_STD_U64LE, H5T_NATIVE_UINT64, provenance.seed);
  hdf5::write_string_attribute(file, "mhsim_version", provenance.mhsim_version);
  hdf5::write_string_attribute(file, "git_revision", provenance.git_revision);
  hdf5::write_string_attribute(file, "created_utc", provenance.created_utc);
  hdf5::write_string_attribute(file, "platform", provenance.platform);
  hdf5::write_number_attribute(file, "mhsim_results_format", H5T_STD_I32LE, H5T_NATIVE_INT, kResultsFormat);
}

// A table of zeros (a service the scenario does not run) is stored as one chunk.
bool all_zero_bytes(const TableValues& values) {
  const auto* bytes = static_cast<const std::byte*>(values.data());
  return std::all_of(bytes, bytes + values.bytes(), [](std::byte b) { return b == std::byte{0}; });
}

// Every axis of every table carries an HDF5 dimension scale: that is what
// h5netcdf turns into named dimensions, and the scales' values into coordinates.
void write_weekly(hid_t file, const Results& results) {
  hdf5::create_group(file, "/weekly");
  const hsize_t weeks = results.week_start_day.size();
  const Handle week = hdf5::write_numbers(file, "/weekly/week", H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, {weeks},
                                          results.week_start_day.data(), hdf5::Layout::contiguous);
  check(H5DSset_scale(week, "week"), "make /weekly/week a dimension scale");
  hdf5::write_string_attribute(week, "units", kWeekUnit);
  hdf5::write_string_attribute(week, "description", kWeekDescription);

  std::vector<Handle> scales;
  for (const auto& dimension : results.dimensions) {
    const std::string path = "/weekly/" + dimension.name;
    scales.push_back(hdf5::write_strings(file, path, dimension.labels));
    check(H5DSset_scale(scales.back(), dimension.name.c_str()), "make " + path + " a dimension scale");
  }

  // Scales are attached once every table is written: each attachment rewrites the scale's list of the tables
  // attached to it, and space it frees between two tables' chunks would stay in the file unused.
  struct Attachment {
    Handle dataset;
    std::vector<hid_t> scales;  // one per axis
    std::string path;
  };
  std::vector<Attachment> attachments;
  for (const auto& table : results.weekly) {
    const std::string path = "/weekly/" + table.name;
    std::vector<hsize_t> shape{weeks};
    std::vector<hid_t> axis_scales{week};
    for (const auto& name : table.dimensions) {
      const Dimension* dimension = find_dimension(results, name);
      shape.push_back(dimension->labels.size());
      axis_scales.push_back(scales[static_cast<std::size_t>(dimension - results.dimensions.data())]);
    }
    const hdf5::NumberTypes types = hdf5::number_types(table.values.storage());
    const hdf5::Layout layout = all_zero_bytes(table.values) ? hdf5::Layout::one_chunk : hdf5::Layout::chunked;
    Handle dataset = hdf5::write_numbers(file, path, types.file, types.memory, shape, table.values.data(), layout);
    hdf5::write_string_attribute(dataset, "units", table.unit);
    hdf5::write_string_attribute(dataset, "description", table.description);
    attachments.push_back({std::move(dataset), std::move(axis_scales), path});
  }
  for (const auto& [dataset, axis_scales, path] : attachments) {
    for (std::size_t axis = 0; axis < axis_scales.size(); ++axis) {
      check(H5DSattach_scale(dataset, axis_scales[axis], static_cast<unsigned>(axis)),
            "attach dimension " + std::to_string(axis) + " of " + path);
    }
  }
}

void write_summary(hid_t file, const std::vector<SummaryFigure>& summary) {
  hdf5::create_group(file, "/summary");
  std::vector<std::string> names, units, descriptions;
  std::vector<double> values;
  for (const auto& figure : summary) {
    names.push_back(figure.name);
    values.push_back(figure.value);
    units.push_back(figure.unit);
    descriptions.push_back(figure.description);
  }
  hdf5::write_packed_strings(file, "/summary/name", names);
  hdf5::write_numbers(file, "/summary/value", H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, {values.size()}, values.data(),
                      hdf5::Layout::contiguous);
  hdf5::write_packed_strings(file, "/summary/unit", units);
  hdf5::write_packed_strings(file, "/summary/description", descriptions);
}

// The whole file in memory (the core driver, no backing store): it reaches the disk in one
// write, so a run killed while writing leaves nothing at or beside the results path.
std::vector<std::byte> file_image(const Results& results) {
  const Handle creation = hdf5::property_list_handle(H5Pcreate(H5P_FILE_CREATE), "create file properties");
  hdf5::set_reproducible_group_creation(creation);
  const Handle access = hdf5::property_list_handle(H5Pcreate(H5P_FILE_ACCESS), "create file access properties");
  // The file format of HDF5 1.10 (which HDF5 has read since 1.10.0, 2016): a table's chunks are found through a
  // fixed array instead of a B-tree of mostly empty nodes (issue 20).
  check(H5Pset_libver_bounds(access, H5F_LIBVER_V110, H5F_LIBVER_V110), "set the file format");
  constexpr std::size_t kGrowthBytes = 4 << 20;
  check(H5Pset_fapl_core(access, kGrowthBytes, false), "keep the file in memory");
  Handle file = hdf5::file_handle(H5Fcreate("results-in-memory.h5", H5F_ACC_TRUNC, creation, access), "create the file");
  write_provenance(file, results.provenance);
  write_weekly(file, results);
  write_summary(file, results.summary);
  hdf5::write_journeys(file, results.journeys);
  hdf5::write_rule_firings(file, results.rule_firings);
  hdf5::write_group_summary(file, results.group_summary);
  check(H5Fflush(file, H5F_SCOPE_GLOBAL), "finish writing the file");
  std::vector<std::byte> image(static_cast<std::size_t>(check(H5Fget_file_image(file, nullptr, 0), "size the file")));
  check(H5Fget_file_image(file, image.data(), image.size()), "copy the file");
  hdf5::seal_superblock(image);
  file.close("close the file");
  return image;
}

// ---- reading -------------------------------------------------------------

Provenance read_provenance(hid_t file) {
  const auto text = [&](const char* name) { return hdf5::read_string_attribute(file, name, "/"); };
  const int format = hdf5::read_number_attribute<int>(file, "mhsim_results_format", H5T_NATIVE_INT, "/");
  if (format < kOldestResultsFormat || format > kResultsFormat) {
    throw ResultsFileError("results format " + std::to_string(format) + " is not a format this mhsim reads (" +
                           std::to_string(kOldestResultsFormat) + " to " + std::to_string(kResultsFormat) + ")");
  }
  Provenance provenance;
  provenance.scenario_name = text("scenario_name");
  provenance.scenario_toml = text("scenario_toml");
  provenance.burn_in_scenario_toml = text("burn_in_scenario_toml");
  provenance.seed = hdf5::read_number_attribute<std::uint64_t>(file, "seed", H5T_NATIVE_UINT64, "/");
  provenance.mhsim_version = text("mhsim_version");
  provenance.git_revision = text("git_revision");
  provenance.created_utc = text("created_utc");
  provenance.platform = text("platform");
  return provenance;
}

// Member names in the order they were written (by name if the file did not track it).
std::vector<std::string> member_names(hid_t group, const std::string& path) {
  const Handle creation = hdf5::property_list_handle(H5Gget_create_plist(group), "get the properties of " + path);
  unsigned order_flags = 0;
  check(H5Pget_link_creation_order(creation, &order_flags), "get the link order of " + path);
  const H5_index_t index = (order_flags & H5P_CRT_ORDER_TRACKED) != 0 ? H5_INDEX_CRT_ORDER : H5_INDEX_NAME;
  H5G_info_t info;
  check(H5Gget_info(group, &info), "list " + path);
  std::vector<std::string> names;
  for (hsize_t i = 0; i < info.nlinks; ++i) {
    const ssize_t length =
        check(H5Lget_name_by_idx(group, ".", index, H5_ITER_INC, i, nullptr, 0, H5P_DEFAULT), "list " + path);
    std::string name(static_cast<std::size_t>(length), '\0');
    check(H5Lget_name_by_idx(group, ".", index, H5_ITER_INC, i, name.data(), name.size() + 1, H5P_DEFAULT),
          "list " + path);
    names.push_back(std::move(name));
  }
  return names;
}

// The name of the dimension scale attached to one axis of a table.
std::string scale_name(hid_t dataset, unsigned axis, const std::string& path) {
  const auto take_name = [](hid_t, unsigned, hid_t scale, void* data) -> herr_t {
    const ssize_t length = H5Iget_name(scale, nullptr, 0);
    if (length <= 0) return -1;
    std::string full(static_cast<std::size_t>(length), '\0');
    H5Iget_name(scale, full.data(), full.size() + 1);
    *static_cast<std::string*>(data) = full.substr(full.rfind('/') + 1);
    return 1;  // the first scale is the one
  };
  std::string name;
  if (H5DSget_num_scales(dataset, axis) <= 0 || H5DSiterate_scales(dataset, axis, nullptr, take_name, &name) <= 0) {
    throw ResultsFileError("axis " + std::to_string(axis) + " of " + path + " has no dimension scale");
  }
  return name;
}

WeeklyTable read_table(const std::string& name, hid_t dataset, Eigen::Index weeks) {
  const std::string path = "/weekly/" + name;
  const std::vector<hsize_t> shape = hdf5::shape_of(dataset, path);
  if (shape.empty() || shape[0] != static_cast<hsize_t>(weeks) || scale_name(dataset, 0, path) != "week") {
    throw ResultsFileError(path + " does not run over the " + std::to_string(weeks) + " weeks of /weekly/week");
  }
  WeeklyTable table{name, hdf5::read_string_attribute(dataset, "units", path),
                    hdf5::read_string_attribute(dataset, "description", path), {}, {}};
  hsize_t columns = 1;
  for (unsigned axis = 1; axis < shape.size(); ++axis) {
    table.dimensions.push_back(scale_name(dataset, axis, path));
    columns *= shape[axis];
  }
  const StorageType storage = hdf5::stored_type(dataset, path);
  table.values = TableValues::zero(storage, weeks, static_cast<Eigen::Index>(columns));
  if (weeks > 0 && columns > 0) {
    check(H5Dread(dataset, hdf5::number_types(storage).memory, H5S_ALL, H5S_ALL, H5P_DEFAULT, table.values.data()),
          "read " + path);
  }
  return table;
}

void read_weekly(hid_t file, Results& results) {
  const Handle group = hdf5::open_group(file, "/weekly");
  results.week_start_day = hdf5::read_numbers<double>(file, "/weekly/week", H5T_NATIVE_DOUBLE);
  const auto weeks = static_cast<Eigen::Index>(results.week_start_day.size());
  for (const auto& name : member_names(group, "/weekly")) {
    if (name == "week") continue;
    const std::string path = "/weekly/" + name;
    const Handle dataset = hdf5::open_dataset(file, path);
    if (check(H5DSis_scale(dataset), "inspect " + path) > 0) {
      results.dimensions.push_back({name, hdf5::read_dataset_strings(dataset, path)});
    } else {
      results.weekly.push_back(read_table(name, dataset, weeks));
    }
  }
}

std::vector<SummaryFigure> read_summary(hid_t file) {
  hdf5::open_group(file, "/summary");
  const auto names = hdf5::read_strings(file, "/summary/name");
  const auto values = hdf5::read_numbers<double>(file, "/summary/value", H5T_NATIVE_DOUBLE);
  const auto units = hdf5::read_strings(file, "/summary/unit");
  const auto descriptions = hdf5::read_strings(file, "/summary/description");
  if (values.size() != names.size() || units.size() != names.size() || descriptions.size() != names.size()) {
    throw ResultsFileError("the datasets of /summary differ in length");
  }
  std::vector<SummaryFigure> summary;
  for (std::size_t i = 0; i < names.size(); ++i) summary.push_back({names[i], values[i], units[i], descriptions[i]});
  return summary;
}

Results read_file(const fs::path& path) {
  const Handle access = hdf5::property_list_handle(H5Pcreate(H5P_FILE_ACCESS), "create file access properties");
  check(H5Pset_fclose_degree(access, H5F_CLOSE_STRONG), "set the file close degree");
  const Handle file = hdf5::file_handle(H5Fopen(path.c_str(), H5F_ACC_RDONLY, access), "open the file");
  Results results;
  results.provenance = read_provenance(file);
  read_weekly(file, results);
  results.summary = read_summary(file);
  results.journeys = hdf5::read_journeys(file);
  results.rule_firings = hdf5::read_rule_firings(file);
  results.group_summary = hdf5::read_group_summary(file);
  return results;
}

}  // namespace

void write_results(const Results& results, const fs::path& path) {
  const hdf5::QuietErrors quiet;
  try {
    check_consistent(results);
    write_file_atomically(path, file_image(results));
  } catch (const std::exception& error) {
    throw ResultsFileError("cannot write results to " + path.string() + ": " + error.what());
  }
}

Results read_results(const fs::path& path) {
  const hdf5::QuietErrors quiet;
  std::error_code error;
  if (!fs::is_regular_file(path, error)) throw ResultsFileError("no results file at " + path.string());
  if (H5Fis_hdf5(path.c_str()) <= 0) throw ResultsFileError(path.string() + " is not an HDF5 file");
  try {
    return read_file(path);
  } catch (const ResultsFileError& failure) {
    throw ResultsFileError("cannot read results from " + path.string() + ": " + failure.what());
  }
}

}  // namespace mhsim
