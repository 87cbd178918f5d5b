#pragma once
// The HDF5 types of a weekly table's storage type (results/table_values.hpp), for writing and for reading back.
#include <hdf5.h>

#include <string>

#include "io/hdf5_handles.hpp"
#include "results/table_values.hpp"

namespace mhsim::hdf5 {

struct NumberTypes {
  hid_t file;
  hid_t memory;
};

inline NumberTypes number_types(StorageType storage) {
  switch (storage) {
    case StorageType::uint32: return {H5T_STD_U32LE, H5T_NATIVE_UINT32};
    case StorageType::float32: return {H5T_IEEE_F32LE, H5T_NATIVE_FLOAT};
    case StorageType::uint16: return {H5T_STD_U16LE, H5T_NATIVE_UINT16};
    case StorageType::float64: break;
  }
  return {H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE};
}

// The storage type of a stored table: what this mhsim writes (a file of format 2 holds only float64, one of
// format 3 no uint16).
inline StorageType stored_type(hid_t dataset, const std::string& path) {
  const Handle type = datatype_handle(H5Dget_type(dataset), "get the type of " + path);
  const H5T_class_t type_class = H5Tget_class(type);
  const std::size_t bytes = H5Tget_size(type);
  const bool is_unsigned = type_class == H5T_INTEGER && H5Tget_sign(type) == H5T_SGN_NONE;
  if (is_unsigned && bytes == 2) return StorageType::uint16;
  if (is_unsigned && bytes == 4) return StorageType::uint32;
  if (type_class == H5T_FLOAT && bytes == 4) return StorageType::float32;
  if (type_class == H5T_FLOAT && bytes == 8) return StorageType::float64;
  throw ResultsFileError(path + " holds neither unsigned 16- or 32-bit integers nor 32- or 64-bit floats");
}

}  // namespace mhsim::hdf5
