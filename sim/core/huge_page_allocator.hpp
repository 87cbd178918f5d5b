#pragma once
// An allocator for the per-person columns. The event loop reads people in random order, so at a million people
// most reads miss the TLB as well as the cache; columns on 2 MiB pages (transparent huge pages, asked for with
// madvise where the kernel leaves it to the program) take the page walks away. Blocks are also 64-byte aligned,
// so a record of 64 bytes is one cache line.
#include <cstddef>
#include <cstdlib>
#include <new>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace mhsim {

inline constexpr std::size_t kHugePageBytes = std::size_t{2} << 20;
inline constexpr std::size_t kCacheLineBytes = 64;

template <class T>
struct HugePageAllocator {
  using value_type = T;

  HugePageAllocator() = default;
  template <class U>
  HugePageAllocator(const HugePageAllocator<U>&) {}  // NOLINT(google-explicit-constructor): rebinding

  T* allocate(std::size_t n) {
    const std::size_t bytes = n * sizeof(T);
    if (bytes < kHugePageBytes) {
      return static_cast<T*>(::operator new(bytes, std::align_val_t{kCacheLineBytes}));
    }
    const std::size_t rounded = (bytes + kHugePageBytes - 1) / kHugePageBytes * kHugePageBytes;
    void* block = std::aligned_alloc(kHugePageBytes, rounded);
    if (block == nullptr) throw std::bad_alloc();
#if defined(__linux__)
    madvise(block, rounded, MADV_HUGEPAGE);  // a hint: without huge pages the columns work as before
#endif
    return static_cast<T*>(block);
  }

  void deallocate(T* block, std::size_t n) {
    if (n * sizeof(T) < kHugePageBytes) {
      ::operator delete(block, std::align_val_t{kCacheLineBytes});
    } else {
      std::free(block);
    }
  }

  friend bool operator==(const HugePageAllocator&, const HugePageAllocator&) { return true; }
};

// A per-person column.
template <class T>
using PersonColumn = std::vector<T, HugePageAllocator<T>>;

}  // namespace mhsim
