// The scenario loader: extends, overrides, strict validation, resolved TOML.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "engine_fixture.hpp"
#include "scenario/loader.hpp"
#include "scenario/schema.hpp"

using namespace mhsim;
using mhsim::testing::source_path;

namespace {

// A scratch directory of scenario files, removed at the end of the test. Named by
// process too: ctest runs each test case in its own process, several at once.
class ScratchDirectory {
 public:
  ScratchDirectory()
      : path_(std::filesystem::temp_directory_path() /
              ("mhsim-loader-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++))) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDirectory() { std::filesystem::remove_all(path_); }
  std::filesystem::path write(const std::string& name, const std::string& text) const {
    const auto file = path_ / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file) << text;
    return file;
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  static inline int counter_ = 0;
  std::filesystem::path path_;
};

std::vector<ScenarioProblem> problems_of(auto&& load) {
  try {
    load();
  } catch (const ScenarioError& e) {
    return e.problems();
  }
  return {};
}

std::string baseline_extends() { return "extends = \"" + source_path("scenarios/baseline.toml") + "\"\n"; }

}  // namespace

TEST_CASE("the baseline loads and its resolved TOML reloads to the same text") {
  const LoadedScenario baseline = load_scenario_file(source_path("scenarios/baseline.toml"));
  CHECK(baseline.scenario.name == "baseline");
  CHECK(baseline.scenario.schema_version == kScenarioSchemaVersion);
  CHECK(baseline.scenario.population.size == 1'000'000);
  CHECK(baseline.scenario.population.region_share[0] == doctest::Approx(0.80));
  const LoadedScenario again = load_scenario_text(baseline.resolved_toml, "resolved");
  CHECK(again.resolved_toml == baseline.resolved_toml);
  CHECK(again.scenario.common_mental_disorder.fast_remission_rate_per_year ==
        baseline.scenario.common_mental_disorder.fast_remission_rate_per_year);
  CHECK(baseline.resolved_toml.find("extends") == std::string::npos);
}

TEST_CASE("extends merges: the child's keys and labels win, the rest is inherited") {
  ScratchDirectory dir;
  const auto child = dir.write("child.toml", baseline_extends() +
                                                 "name = \"child\"\n"
                                                 "[population]\nsize = 5000\n"
                                                 "region_share = { urban = 0.7, rural = 0.27 }\n");
  const LoadedScenario loaded = load_scenario_file(child);
  CHECK(loaded.scenario.name == "child");
  CHECK(loaded.scenario.population.size == 5000);
  CHECK(loaded.scenario.population.region_share[0] == doctest::Approx(0.7));
  CHECK(loaded.scenario.population.region_share[2] == doctest::Approx(0.03));  // inherited label
  CHECK(loaded.scenario.access.stigma_factor == doctest::Approx(0.8));           // inherited key
}

TEST_CASE("extends is followed through a chain, relative to each file") {
  ScratchDirectory dir;
  dir.write("a/base.toml", baseline_extends() + "name = \"base\"\n");
  dir.write("a/b/middle.toml", "extends = \"../base.toml\"\n[population]\nsize = 7000\n");
  const auto top = dir.write("top.toml", "extends = \"a/b/middle.toml\"\nname = \"top\"\n");
  const LoadedScenario loaded = load_scenario_file(top);
  CHECK(loaded.scenario.name == "top");
  CHECK(loaded.scenario.population.size == 7000);
}

TEST_CASE("overrides: dotted keys in TOML syntax, bare words as strings, labels one at a time") {
  const LoadedScenario loaded =
      load_scenario_file(source_path("scenarios/baseline.toml"),
                         {"population.size=20000", "name=my_run", "access.affordability_factor_by_income.low=0.9",
                          "population.income_share={ low = 0.5, middle = 0.25, high = 0.25 }"});
  CHECK(loaded.scenario.population.size == 20000);
  CHECK(loaded.scenario.name == "my_run");
  CHECK(loaded.scenario.access.affordability_factor_by_income[0] == doctest::Approx(0.9));
  CHECK(loaded.scenario.population.income_share[0] == doctest::Approx(0.5));
}

TEST_CASE("an integer is accepted where a number is expected, not the other way round") {
  const LoadedScenario loaded = load_scenario_file(source_path("scenarios/baseline.toml"), {"access.stigma_factor=1"});
  CHECK(loaded.scenario.access.stigma_factor == 1.0);
  const auto problems = problems_of([] { load_scenario_file(source_path("scenarios/baseline.toml"), {"population.size=2.5"}); });
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].key_path == "population.size");
  CHECK(problems[0].value == "2.5");
  CHECK(problems[0].expected.find("an integer") != std::string::npos);
}

TEST_CASE("every problem is reported at once, each naming file, key, value and expectation") {
  const auto problems = problems_of([] {
    load_scenario_file(source_path("scenarios/baseline.toml"),
                       {"population.size=-1", "access.stigma_factr=1", "population.female_share=\"half\""});
  });
  REQUIRE(problems.size() == 3);
  std::map<std::string, ScenarioProblem> by_key;
  for (const auto& p : problems) by_key[p.key_path] = p;
  CHECK(by_key.at("population.size").file == "<override>");
  CHECK(by_key.at("population.size").value == "-1");
  CHECK(by_key.at("population.size").expected == "an integer in [1, 50000000]");
  CHECK(by_key.at("access.stigma_factr").expected.find("access.stigma_factor") != std::string::npos);
  CHECK(by_key.at("population.female_share").expected == "a number in [0, 1]");
  CHECK(by_key.at("population.female_share").message() ==
        "<override>: population.female_share = \"half\": expected a number in [0, 1]");
}

TEST_CASE("an override holds one value: a newline cannot slip a second key past validation") {
  const auto problems = problems_of([] {
    load_scenario_file(source_path("scenarios/baseline.toml"), {"population.size=5000\npopulaton.sise=3"});
  });
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message() ==
        "<override>: population.size = 5000\\npopulaton.sise=3: expected one TOML value after '=', not further keys");
}

TEST_CASE("a long value is cut in the message, with its length") {
  const auto problems = problems_of([] {
    load_scenario_file(source_path("scenarios/baseline.toml"), {"population.size=" + std::string(100000, '9')});
  });
  REQUIRE(problems.size() == 1);
  // Too long to be a TOML integer, the value is read as a string and shown quoted.
  CHECK(problems[0].value == "\"" + std::string(199, '9') + "... (100002 characters)");
}

TEST_CASE("a misspelled key suggests close keys, and a key in the wrong table finds its home") {
  CHECK(unknown_key_expectation("population.sise").find("population.size") != std::string::npos);
  CHECK(unknown_key_expectation("access.stigma_factor_") .find("access.stigma_factor") != std::string::npos);
  CHECK(unknown_key_expectation("population.stigma_factor").find("access.stigma_factor") != std::string::npos);
  CHECK(unknown_key_expectation("workforce.psychologist.fte").find("workforce.psychologist.fte_per_100k") !=
        std::string::npos);
  CHECK(unknown_key_expectation("services.counselling").find("high_intensity") != std::string::npos);
  CHECK(unknown_key_expectation("population.region_share.city").find("urban, rural or remote") != std::string::npos);
  CHECK(unknown_key_expectation("zzzzzzzz").find("none is similar") != std::string::npos);
}

TEST_CASE("shares must sum to 1 within the tolerance, and the error names the file that set them") {
  ScratchDirectory dir;
  const auto child = dir.write("child.toml", baseline_extends() + "[population]\nregion_share.urban = 0.9\n");
  const auto problems = problems_of([&] { load_scenario_file(child); });
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].key_path == "population.region_share");
  CHECK(problems[0].file == child.lexically_normal().string());
  CHECK(problems[0].line == 3);
  CHECK(problems[0].expected.find("sum to 1.1") != std::string::npos);
  CHECK_NOTHROW(load_scenario_file(source_path("scenarios/baseline.toml"),
                                   {"population.region_share={ urban = 0.8004, rural = 0.17, remote = 0.03 }"}));
}

TEST_CASE("a missing key is an error naming the key, and many missing keys are one error") {
  const std::string resolved = load_scenario_file(source_path("scenarios/baseline.toml")).resolved_toml;
  std::string without_region = resolved;
  const auto start = without_region.find("region_share = ");
  without_region.erase(start, without_region.find('\n', start) - start + 1);
  auto problems = problems_of([&] { load_scenario_text(without_region, "partial.toml"); });
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message() ==
        "partial.toml: population.region_share: expected a table of numbers in [0, 1] keyed by urban, rural, remote, "
        "summing to 1, but it is missing");

  problems = problems_of([&] { load_scenario_text("schema_version = 1\nname = \"lone\"\n", "lone.toml"); });
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].expected.find(std::to_string(scenario_fields().size() - 2) + " are missing") != std::string::npos);
  CHECK(problems[0].expected.find("extends") != std::string::npos);
}

TEST_CASE("extends: a missing file and a cycle are errors, not crashes") {
  ScratchDirectory dir;
  const auto orphan = dir.write("orphan.toml", "extends = \"nowhere.toml\"\n");
  auto problems = problems_of([&] { load_scenario_file(orphan); });
  REQUIRE(!problems.empty());
  CHECK(problems[0].key_path == "extends");
  CHECK(problems[0].expected.find("does not exist") != std::string::npos);

  dir.write("ping.toml", "extends = \"pong.toml\"\n");
  const auto pong = dir.write("pong.toml", "extends = \"ping.toml\"\n");
  problems = problems_of([&] { load_scenario_file(pong); });
  REQUIRE(!problems.empty());
  CHECK(problems[0].expected.find("no cycle of extends") != std::string::npos);
  CHECK(problems[0].expected.find("ping.toml") != std::string::npos);

  const auto self = dir.write("self.toml", "extends = \"self.toml\"\n");
  CHECK(!problems_of([&] { load_scenario_file(self); }).empty());
}

TEST_CASE("a schema version other than the engine's is refused") {
  const auto problems = problems_of([] { load_scenario_file(source_path("scenarios/baseline.toml"), {"schema_version=2"}); });
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].expected == "an integer equal to 1");
}

TEST_CASE("invalid TOML names the file and the line") {
  const auto problems = problems_of([] { load_scenario_text("name = \"x\"\n[population\n", "broken.toml"); });
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].file == "broken.toml");
  CHECK(problems[0].line == 2);
  CHECK(problems[0].expected.find("valid TOML") != std::string::npos);
}

TEST_CASE("toml_number reads back exactly") {
  for (const double x : {0.1, 1.0 / 3.0, 1e-12, 123456789.0, 0.00011, 4.63, -2.5}) {
    const std::string text = toml_number(x);
    CHECK(std::stod(text) == x);
    CHECK(text.find_first_of(".e") != std::string::npos);
  }
}
