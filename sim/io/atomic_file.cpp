#include "io/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <system_error>

namespace mhsim {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const std::string& what) { throw std::system_error(errno, std::generic_category(), what); }

class Descriptor {
 public:
  explicit Descriptor(int fd) : fd_(fd) {}
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  ~Descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

void write_all(int fd, std::span<const std::byte> bytes, const fs::path& path) {
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) fail("write " + path.string());
    bytes = bytes.subspan(static_cast<std::size_t>(written));
  }
}

fs::path temporary_name(const fs::path& path) {
  fs::path temporary = path;
  temporary += ".tmp-" + std::to_string(::getpid());
  return temporary;
}

// Where the folder cannot hold unnamed files (some network file systems): a named
// temporary, removed on failure; only a kill between write and rename can leave it.
void write_through_named_temporary(const fs::path& path, std::span<const std::byte> bytes) {
  const fs::path temporary = temporary_name(path);
  try {
    const Descriptor file(::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
    if (file.get() < 0) fail("create " + temporary.string());
    write_all(file.get(), bytes, temporary);
    fs::rename(temporary, path);
  } catch (...) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    throw;
  }
}

}  // namespace

void write_file_atomically(const fs::path& path, std::span<const std::byte> bytes) {
  const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
  const Descriptor file(::open(folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644));
  if (file.get() < 0) {
    if (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL) return write_through_named_temporary(path, bytes);
    fail("create a file in " + folder.string());
  }
  write_all(file.get(), bytes, path);
  // Named beside the target, then renamed over it: replacing a file has to go through a name.
  const fs::path temporary = temporary_name(path);
  std::error_code ignored;
  fs::remove(temporary, ignored);  // left by an earlier process of the same id
  const std::string descriptor_path = "/proc/self/fd/" + std::to_string(file.get());
  if (::linkat(AT_FDCWD, descriptor_path.c_str(), AT_FDCWD, temporary.c_str(), AT_SYMLINK_FOLLOW) != 0) {
    fail("name " + temporary.string());
  }
  std::error_code renamed;
  fs::rename(temporary, path, renamed);
  if (renamed) {
    fs::remove(temporary, ignored);
    throw std::system_error(renamed, "rename " + temporary.string() + " to " + path.string());
  }
}

}  // namespace mhsim
