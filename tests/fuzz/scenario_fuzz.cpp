// libFuzzer target for the scenario loader and `--set` parsing (make fuzz): see
// scenario_input.hpp for what an input is and what counts as a finding.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "scenario_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  mhsim::fuzz::run_input(std::string_view(reinterpret_cast<const char*>(data), size),
                         MHSIM_SOURCE_DIR "/scenarios/baseline.toml");
  return 0;
}
