#pragma once
// Typed reading and writing of the pieces a results file is made of: string and
// number attributes, datasets of numbers and of strings, groups. Datasets and
// groups go by their absolute path in the file, so errors name exactly what failed.
#include <hdf5.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "io/hdf5_handles.hpp"

namespace mhsim::hdf5 {

// Variable-length UTF-8 strings: what h5py and h5netcdf read back as str.
inline Handle utf8_string_type() {
  Handle type = datatype_handle(H5Tcopy(H5T_C_S1), "copy the string type");
  check(H5Tset_size(type, H5T_VARIABLE), "make the string type variable-length");
  check(H5Tset_cset(type, H5T_CSET_UTF8), "make the string type UTF-8");
  return type;
}

// Creation properties shared by groups and the file (whose root group is a group
// too): no modification times, so equal results give equal bytes; links listed
// in creation order, so tables and dimensions read back in the order written.
inline void set_reproducible_group_creation(hid_t plist) {
  check(H5Pset_obj_track_times(plist, false), "switch off object times");
  check(H5Pset_link_creation_order(plist, H5P_CRT_ORDER_TRACKED | H5P_CRT_ORDER_INDEXED),
        "track link creation order");
}

inline void create_group(hid_t file, const std::string& path) {
  Handle plist = property_list_handle(H5Pcreate(H5P_GROUP_CREATE), "create group properties");
  set_reproducible_group_creation(plist);
  group_handle(H5Gcreate2(file, path.c_str(), H5P_DEFAULT, plist, H5P_DEFAULT), "create group " + path);
}

inline Handle open_group(hid_t file, const std::string& path) {
  if (H5Lexists(file, path.c_str(), H5P_DEFAULT) <= 0) throw ResultsFileError("missing group " + path);
  return group_handle(H5Gopen2(file, path.c_str(), H5P_DEFAULT), "open group " + path);
}

inline Handle open_dataset(hid_t file, const std::string& path) {
  if (H5Lexists(file, path.c_str(), H5P_DEFAULT) <= 0) throw ResultsFileError("missing dataset " + path);
  return dataset_handle(H5Dopen2(file, path.c_str(), H5P_DEFAULT), "open dataset " + path);
}

inline void write_string_attribute(hid_t object, const std::string& name, const std::string& value) {
  const Handle type = utf8_string_type();
  const Handle space = dataspace_handle(H5Screate(H5S_SCALAR), "create a scalar dataspace");
  const Handle attribute =
      attribute_handle(H5Acreate2(object, name.c_str(), type, space, H5P_DEFAULT, H5P_DEFAULT), "create attribute " + name);
  const char* text = value.c_str();
  check(H5Awrite(attribute, type, &text), "write attribute " + name);
}

template <typename Number>
void write_number_attribute(hid_t object, const std::string& name, hid_t file_type, hid_t memory_type, Number value) {
  const Handle space = dataspace_handle(H5Screate(H5S_SCALAR), "create a scalar dataspace");
  const Handle attribute = attribute_handle(H5Acreate2(object, name.c_str(), file_type, space, H5P_DEFAULT, H5P_DEFAULT),
                                            "create attribute " + name);
  check(H5Awrite(attribute, memory_type, &value), "write attribute " + name);
}

inline Handle open_attribute(hid_t object, const std::string& name, const std::string& owner) {
  if (H5Aexists(object, name.c_str()) <= 0) throw ResultsFileError("missing attribute " + name + " of " + owner);
  return attribute_handle(H5Aopen(object, name.c_str(), H5P_DEFAULT), "open attribute " + name + " of " + owner);
}

// A memory type for reading variable-length strings stored with `file_type`,
// keeping its character set so HDF5 need not convert between ASCII and UTF-8.
inline Handle string_memory_type(hid_t file_type, const std::string& what) {
  if (H5Tget_class(file_type) != H5T_STRING || H5Tis_variable_str(file_type) <= 0) {
    throw ResultsFileError(what + " is not a variable-length string");
  }
  Handle type = utf8_string_type();
  check(H5Tset_cset(type, H5Tget_cset(file_type)), "set the character set of " + what);
  return type;
}

inline std::string read_string_attribute(hid_t object, const std::string& name, const std::string& owner) {
  const Handle attribute = open_attribute(object, name, owner);
  const Handle file_type = datatype_handle(H5Aget_type(attribute), "get the type of attribute " + name);
  const Handle type = string_memory_type(file_type, "attribute " + name + " of " + owner);
  char* text = nullptr;
  check(H5Aread(attribute, type, &text), "read attribute " + name + " of " + owner);
  std::string value = text != nullptr ? text : "";
  H5free_memory(text);
  return value;
}

template <typename Number>
Number read_number_attribute(hid_t object, const std::string& name, hid_t memory_type, const std::string& owner) {
  const Handle attribute = open_attribute(object, name, owner);
  Number value{};
  check(H5Aread(attribute, memory_type, &value), "read attribute " + name + " of " + owner);
  return value;
}

// A chunk of about 64 KiB runs along the first axis (a table's weeks) as far as it goes, then over as many whole
// trailing axes as fit: each chunk holds every week of a few neighbouring cells, which gzip packs about 15% tighter
// than slabs of whole weeks (issue 20). A split axis takes the largest divisor that fits, so no chunk is padded.
inline std::vector<hsize_t> chunk_shape(const std::vector<hsize_t>& shape, hsize_t item_bytes) {
  constexpr hsize_t kChunkBytes = 64 * 1024;
  std::vector<hsize_t> chunk(shape.size(), 1);
  chunk[0] = std::clamp<hsize_t>(kChunkBytes / item_bytes, 1, shape[0]);
  hsize_t bytes = chunk[0] * item_bytes;
  for (std::size_t axis = shape.size() - 1; axis > 0; --axis) {
    hsize_t cells = std::max<hsize_t>(1, kChunkBytes / bytes);
    if (cells < shape[axis]) {
      while (shape[axis] % cells != 0) --cells;
      chunk[axis] = cells;
      break;
    }
    chunk[axis] = shape[axis];
    bytes *= shape[axis];
  }
  return chunk;
}

// How a dataset is laid out: small ones plain; large ones compressed with shuffle + gzip (which depend only on the
// data, so the bytes stay reproducible) in chunks of chunk_shape, or in one chunk (a table of zeros: a few bytes for
// the whole table, and no chunk index). Gzip level 6, zlib's default: 0.2 MiB less than level 4 at 1,000,000 people
// over 10 years, for 0.5 s more writing.
enum class Layout : std::uint8_t { contiguous, chunked, one_chunk };

// Numbers of any shape, in C order.
inline Handle write_numbers(hid_t file, const std::string& path, hid_t file_type, hid_t memory_type,
                            const std::vector<hsize_t>& shape, const void* data, Layout layout) {
  const Handle space = dataspace_handle(H5Screate_simple(static_cast<int>(shape.size()), shape.data(), nullptr),
                                        "create the dataspace of " + path);
  const Handle plist = property_list_handle(H5Pcreate(H5P_DATASET_CREATE), "create dataset properties");
  check(H5Pset_obj_track_times(plist, false), "switch off object times");
  hsize_t count = 1;
  for (const hsize_t length : shape) count *= length;
  if (layout != Layout::contiguous && count > 0) {
    const std::vector<hsize_t> chunk = layout == Layout::one_chunk ? shape : chunk_shape(shape, H5Tget_size(file_type));
    check(H5Pset_chunk(plist, static_cast<int>(chunk.size()), chunk.data()), "set the chunks of " + path);
    check(H5Pset_shuffle(plist), "set the shuffle filter of " + path);
    constexpr unsigned kGzipLevel = 6;
    check(H5Pset_deflate(plist, kGzipLevel), "set the gzip filter of " + path);
  }
  Handle dataset = dataset_handle(H5Dcreate2(file, path.c_str(), file_type, space, H5P_DEFAULT, plist, H5P_DEFAULT),
                                  "create dataset " + path);
  if (count > 0) check(H5Dwrite(dataset, memory_type, H5S_ALL, H5S_ALL, H5P_DEFAULT, data), "write dataset " + path);
  return dataset;
}

inline Handle write_strings(hid_t file, const std::string& path, const std::vector<std::string>& values) {
  std::vector<const char*> texts;
  texts.reserve(values.size());
  for (const auto& value : values) texts.push_back(value.c_str());
  const Handle type = utf8_string_type();
  return write_numbers(file, path, type, type, {values.size()}, texts.data(), Layout::contiguous);
}

// A column of a summary as fixed-length UTF-8 strings, compressed: names, units and descriptions repeat from row to
// row, and variable-length strings sit in a heap that no filter compresses (0.2 MiB a file, issue 20).
inline void write_packed_strings(hid_t file, const std::string& path, const std::vector<std::string>& values) {
  std::size_t width = 1;
  for (const auto& value : values) width = std::max(width, value.size());
  std::string packed(width * values.size(), '\0');
  for (std::size_t i = 0; i < values.size(); ++i) packed.replace(i * width, values[i].size(), values[i]);
  const Handle type = datatype_handle(H5Tcopy(H5T_C_S1), "copy the string type");
  check(H5Tset_size(type, width), "size the strings of " + path);
  check(H5Tset_strpad(type, H5T_STR_NULLPAD), "pad the strings of " + path);
  check(H5Tset_cset(type, H5T_CSET_UTF8), "make the strings of " + path + " UTF-8");
  write_numbers(file, path, type, type, {values.size()}, packed.data(), Layout::chunked);
}

// A dataset whose shape claims far more than the file stores (a damaged or forged file)
// is refused before anything is allocated: gzip cannot shrink data more than about 1032 times.
inline void check_stored(hid_t dataset, const std::vector<hsize_t>& shape, const std::string& path) {
  constexpr double kMostCompression = 2048.0;
  constexpr double kSlackBytes = 1 << 20;
  const Handle type = datatype_handle(H5Dget_type(dataset), "get the type of " + path);
  double claimed_bytes = static_cast<double>(H5Tget_size(type));
  for (const hsize_t extent : shape) claimed_bytes *= static_cast<double>(extent);
  const auto stored_bytes = static_cast<double>(H5Dget_storage_size(dataset));
  if (claimed_bytes > kMostCompression * stored_bytes + kSlackBytes) {
    throw ResultsFileError(path + " claims " + std::to_string(static_cast<std::uint64_t>(claimed_bytes)) +
                           " bytes of data but the file stores " +
                           std::to_string(static_cast<std::uint64_t>(stored_bytes)) + " (a damaged file?)");
  }
}

inline std::vector<hsize_t> shape_of(hid_t dataset, const std::string& path) {
  const Handle space = dataspace_handle(H5Dget_space(dataset), "get the dataspace of " + path);
  const int rank = check(H5Sget_simple_extent_ndims(space), "get the rank of " + path);
  std::vector<hsize_t> shape(static_cast<std::size_t>(rank));
  check(H5Sget_simple_extent_dims(space, shape.data(), nullptr), "get the shape of " + path);
  check_stored(dataset, shape, path);
  return shape;
}

inline hsize_t length_of_list(hid_t dataset, const std::string& path) {
  const std::vector<hsize_t> shape = shape_of(dataset, path);
  if (shape.size() != 1) throw ResultsFileError(path + " should be one-dimensional");
  return shape[0];
}

template <typename Number>
std::vector<Number> read_numbers(hid_t file, const std::string& path, hid_t memory_type) {
  const Handle dataset = open_dataset(file, path);
  std::vector<Number> values(length_of_list(dataset, path));
  if (!values.empty()) {
    check(H5Dread(dataset, memory_type, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()), "read dataset " + path);
  }
  return values;
}

// Fixed-length strings (write_packed_strings), each up to its first null byte.
inline std::vector<std::string> read_packed_strings(hid_t dataset, hid_t file_type, std::size_t count,
                                                    const std::string& path) {
  const std::size_t width = H5Tget_size(file_type);
  std::string packed(width * count, '\0');
  check(H5Dread(dataset, file_type, H5S_ALL, H5S_ALL, H5P_DEFAULT, packed.data()), "read dataset " + path);
  std::vector<std::string> values;
  values.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    const std::string_view text(packed.data() + i * width, width);
    values.emplace_back(text.substr(0, text.find('\0')));
  }
  return values;
}

inline std::vector<std::string> read_dataset_strings(hid_t dataset, const std::string& path) {
  std::vector<char*> texts(length_of_list(dataset, path), nullptr);
  if (texts.empty()) return {};
  const Handle file_type = datatype_handle(H5Dget_type(dataset), "get the type of " + path);
  if (H5Tget_class(file_type) == H5T_STRING && H5Tis_variable_str(file_type) == 0) {
    return read_packed_strings(dataset, file_type, texts.size(), path);
  }
  const Handle type = string_memory_type(file_type, path);
  check(H5Dread(dataset, type, H5S_ALL, H5S_ALL, H5P_DEFAULT, texts.data()), "read dataset " + path);
  std::vector<std::string> values;
  values.reserve(texts.size());
  for (char* text : texts) {
    values.emplace_back(text != nullptr ? text : "");
    H5free_memory(text);
  }
  return values;
}

inline std::vector<std::string> read_strings(hid_t file, const std::string& path) {
  return read_dataset_strings(open_dataset(file, path), path);
}

}  // namespace mhsim::hdf5
