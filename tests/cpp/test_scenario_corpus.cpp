// The broken-scenario corpus (tests/scenarios/broken): every file is refused
// with the message expected.toml gives for it, and every file is listed there.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <toml++/toml.h>

#include "engine_fixture.hpp"
#include "scenario/loader.hpp"

using mhsim::testing::source_path;

TEST_CASE("every broken scenario is refused with the expected message") {
  const std::filesystem::path directory = source_path("tests/scenarios/broken");
  const toml::table expected = toml::parse_file((directory / "expected.toml").string());
  std::set<std::string> listed;
  for (auto&& [name, message] : expected) {
    listed.emplace(name.str());
    CAPTURE(name.str());
    std::string error;
    try {
      mhsim::load_scenario_file(directory / std::string(name.str()));
    } catch (const mhsim::ScenarioError& e) {
      error = e.what();
    }
    CAPTURE(error);
    REQUIRE(message.is_string());
    CHECK(error.find(message.value<std::string>().value()) != std::string::npos);
  }
  for (const auto& entry : std::filesystem::directory_iterator(directory)) {
    const std::string name = entry.path().filename().string();
    if (name != "expected.toml") CHECK_MESSAGE(listed.contains(name), name << " is not in expected.toml");
  }
  CHECK(listed.size() >= 20);
}
