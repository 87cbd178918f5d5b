#pragma once
// The checksum that ends an HDF5 superblock of version 2 or 3. H5Fget_file_image clears the superblock's
// "open for writing" flag in the image it returns but, before HDF5 1.14.7 (HDFGroup/hdf5 pull request 5489),
// leaves the checksum of the flag set, so the image would not open; the writer seals it again.
#include <cstddef>
#include <cstdint>
#include <span>

namespace mhsim::hdf5 {

// HDF5's metadata checksum: Bob Jenkins' lookup3 hash ("hashlittle", public domain) with initial value 0.
std::uint32_t metadata_checksum(std::span<const std::byte> bytes);

// Rewrites the checksum of the superblock at the start of `image` (version 2 or 3; older ones have none).
void seal_superblock(std::span<std::byte> image);

}  // namespace mhsim::hdf5
