#include "io/superblock_checksum.hpp"

#include <bit>

#include "io/hdf5_io.hpp"

namespace mhsim::hdf5 {
namespace {

struct Lookup3 {
  std::uint32_t a, b, c;

  void mix() {
    a -= c, a ^= std::rotl(c, 4), c += b;
    b -= a, b ^= std::rotl(a, 6), a += c;
    c -= b, c ^= std::rotl(b, 8), b += a;
    a -= c, a ^= std::rotl(c, 16), c += b;
    b -= a, b ^= std::rotl(a, 19), a += c;
    c -= b, c ^= std::rotl(b, 4), b += a;
  }
  void finish() {
    c ^= b, c -= std::rotl(b, 14);
    a ^= c, a -= std::rotl(c, 11);
    b ^= a, b -= std::rotl(a, 25);
    c ^= b, c -= std::rotl(b, 16);
    a ^= c, a -= std::rotl(c, 4);
    b ^= a, b -= std::rotl(a, 14);
    c ^= b, c -= std::rotl(b, 24);
  }
  // Up to 12 bytes, little-endian words, the missing bytes zero.
  void add(std::span<const std::byte> block) {
    std::uint32_t words[3] = {0, 0, 0};
    for (std::size_t i = 0; i < block.size(); ++i) {
      words[i / 4] |= static_cast<std::uint32_t>(block[i]) << (8 * (i % 4));
    }
    a += words[0], b += words[1], c += words[2];
  }
};

// Superblock versions 2 and 3: signature (8 bytes), version, sizes of offsets and lengths, flags, four addresses,
// then the checksum of all that.
constexpr std::size_t kSignatureBytes = 8;
constexpr std::size_t kChecksummedWithoutAddresses = 12;
constexpr std::size_t kAddresses = 4;

}  // namespace

std::uint32_t metadata_checksum(std::span<const std::byte> bytes) {
  constexpr std::size_t kBlock = 12;
  const auto start = static_cast<std::uint32_t>(0xdeadbeefU + static_cast<std::uint32_t>(bytes.size()));
  Lookup3 hash{start, start, start};
  if (bytes.empty()) return hash.c;
  for (; bytes.size() > kBlock; bytes = bytes.subspan(kBlock)) {
    hash.add(bytes.first(kBlock));
    hash.mix();
  }
  hash.add(bytes);
  hash.finish();
  return hash.c;
}

void seal_superblock(std::span<std::byte> image) {
  if (image.size() <= kSignatureBytes + 1) throw ResultsFileError("the file image has no superblock");
  const auto version = static_cast<unsigned>(image[kSignatureBytes]);
  if (version < 2) return;
  const auto offset_bytes = static_cast<std::size_t>(image[kSignatureBytes + 1]);
  const std::size_t checksummed = kChecksummedWithoutAddresses + kAddresses * offset_bytes;
  if (image.size() < checksummed + 4) throw ResultsFileError("the file image ends inside its superblock");
  std::uint32_t checksum = metadata_checksum(image.first(checksummed));
  for (std::size_t i = 0; i < 4; ++i, checksum >>= 8) image[checksummed + i] = static_cast<std::byte>(checksum & 0xFF);
}

}  // namespace mhsim::hdf5
