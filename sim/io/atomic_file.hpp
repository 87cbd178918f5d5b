#pragma once
// A file that appears whole or not at all, and leaves nothing behind when its writer is
// killed: the bytes go to an unnamed file in the target's folder (Linux O_TMPFILE), which
// the kernel frees if the process dies, and are given their name in one step at the end.
#include <cstddef>
#include <filesystem>
#include <span>

namespace mhsim {

// Throws std::system_error naming `path` if the file cannot be written.
void write_file_atomically(const std::filesystem::path& path, std::span<const std::byte> bytes);

}  // namespace mhsim
