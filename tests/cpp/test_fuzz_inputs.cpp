// The fuzz corpus and every input the fuzzer (or a person) found to crash, run through the
// same function as the fuzz target: each must load or be refused with a reason, and run.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "../fuzz/scenario_input.hpp"
#include "engine_fixture.hpp"

namespace fs = std::filesystem;
using mhsim::testing::source_path;

TEST_CASE("every fuzz corpus and regression input loads or is refused, and runs if it loads") {
  int inputs = 0;
  for (const char* folder : {"tests/fuzz/corpus", "tests/fuzz/regressions"}) {
    for (const auto& entry : fs::directory_iterator(source_path(folder))) {
      if (entry.path().extension() == ".md") continue;
      std::ifstream file(entry.path(), std::ios::binary);
      const std::string input((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
      CAPTURE(entry.path().string());
      CHECK_NOTHROW(mhsim::fuzz::run_input(input, source_path("scenarios/baseline.toml")));
      ++inputs;
    }
  }
  CHECK(inputs >= 10);
}
