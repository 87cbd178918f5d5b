#pragma once
// Owning wrappers for HDF5 identifiers, so that every exception closes what was
// opened, and checks that turn a failed HDF5 call into an exception saying what
// failed and why (HDF5's own printing to stderr is switched off meanwhile).
#include <hdf5.h>

#include <string>
#include <string_view>
#include <utility>

#include "io/hdf5_io.hpp"

namespace mhsim::hdf5 {

// The most specific message on HDF5's error stack: the reason at the bottom.
inline std::string hdf5_reason() {
  std::string reason;
  const auto take_first = [](unsigned n, const H5E_error2_t* error, void* data) -> herr_t {
    auto& out = *static_cast<std::string*>(data);
    if (n == 0 && error->desc != nullptr) out = error->desc;
    return 0;
  };
  H5Ewalk2(H5E_DEFAULT, H5E_WALK_UPWARD, take_first, &reason);
  H5Eclear2(H5E_DEFAULT);
  return reason;
}

[[noreturn]] inline void fail(std::string_view what) {
  std::string message = "could not " + std::string(what);
  if (const std::string reason = hdf5_reason(); !reason.empty()) message += " (" + reason + ")";
  throw ResultsFileError(message);
}

// HDF5 signals failure with a negative identifier or status.
template <typename Result>
Result check(Result result, std::string_view what) {
  if (result < 0) fail(what);
  return result;
}

class Handle {
 public:
  using Closer = herr_t (*)(hid_t);

  Handle(hid_t id, Closer closer, std::string_view what) : id_(check(id, what)), close_(closer) {}
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  Handle(Handle&& other) noexcept : id_(std::exchange(other.id_, H5I_INVALID_HID)), close_(other.close_) {}
  Handle& operator=(Handle&& other) noexcept {
    if (this != &other) {
      reset();
      id_ = std::exchange(other.id_, H5I_INVALID_HID);
      close_ = other.close_;
    }
    return *this;
  }
  ~Handle() { reset(); }

  operator hid_t() const { return id_; }  // NOLINT: handles stand in for ids in C calls

  // Closing a file flushes it, so a write must see this failure.
  void close(std::string_view what) { check(close_(std::exchange(id_, H5I_INVALID_HID)), what); }

 private:
  void reset() {
    if (id_ >= 0) close_(id_);
    id_ = H5I_INVALID_HID;
  }

  hid_t id_;
  Closer close_;
};

inline Handle file_handle(hid_t id, std::string_view what) { return {id, H5Fclose, what}; }
inline Handle group_handle(hid_t id, std::string_view what) { return {id, H5Gclose, what}; }
inline Handle dataset_handle(hid_t id, std::string_view what) { return {id, H5Dclose, what}; }
inline Handle attribute_handle(hid_t id, std::string_view what) { return {id, H5Aclose, what}; }
inline Handle dataspace_handle(hid_t id, std::string_view what) { return {id, H5Sclose, what}; }
inline Handle datatype_handle(hid_t id, std::string_view what) { return {id, H5Tclose, what}; }
inline Handle property_list_handle(hid_t id, std::string_view what) { return {id, H5Pclose, what}; }

// Silences HDF5's automatic error printing for the lifetime of the guard: failures
// reach the caller as exceptions instead of a stack dump on stderr.
class QuietErrors {
 public:
  QuietErrors() {
    H5Eget_auto2(H5E_DEFAULT, &function_, &data_);
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
  }
  QuietErrors(const QuietErrors&) = delete;
  QuietErrors& operator=(const QuietErrors&) = delete;
  ~QuietErrors() { H5Eset_auto2(H5E_DEFAULT, function_, data_); }

 private:
  H5E_auto2_t function_ = nullptr;
  void* data_ = nullptr;
};

}  // namespace mhsim::hdf5
