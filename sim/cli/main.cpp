// mhsim-engine: the same runs as the Python `mhsim` command, without Python.
//   mhsim-engine run SCENARIO [--seed N] [--set key=value ...] [--out FILE.h5]
//   mhsim-engine validate SCENARIO [--set key=value ...]
// Exit status: 0 success, 2 a bad scenario or bad arguments, 1 any other failure.
#include <cstdint>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <unistd.h>

#include "engine.hpp"
#include "io/hdf5_io.hpp"

namespace {

constexpr int kUsageOrScenarioError = 2;

struct Arguments {
  std::string command;
  std::string scenario;
  std::uint64_t seed = 1;
  std::vector<std::string> overrides;
  std::optional<std::string> out;
};

class UsageError : public std::runtime_error {
  using std::runtime_error::runtime_error;
};

const char* kUsage =
    "usage: mhsim-engine run SCENARIO [--seed N] [--set key=value ...] [--out FILE.h5]\n"
    "       mhsim-engine validate SCENARIO [--set key=value ...]\n";

// An unusable --out is found before the simulation, not after it (exit status 2).
void check_destination(const std::string& out) {
  namespace fs = std::filesystem;
  if (out.empty()) throw UsageError("--out needs a file name, got ''");
  const fs::path path(out);
  if (fs::is_directory(path)) throw UsageError("--out " + out + " is a folder; give a file name");
  const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
  if (!fs::exists(folder)) throw UsageError("cannot write to --out " + out + ": " + folder.string() + " does not exist");
  if (!fs::is_directory(folder)) {
    throw UsageError("cannot write to --out " + out + ": " + folder.string() + " is a file, not a folder");
  }
  const fs::path probe = folder / (".mhsim-check-" + std::to_string(::getpid()));
  if (!std::ofstream(probe)) throw UsageError("cannot write to --out " + out + ": " + folder.string() + " is not writable");
  fs::remove(probe);
}

Arguments parse(int argc, char** argv) {
  if (argc < 3) throw UsageError("expected a command and a scenario file");
  Arguments a;
  a.command = argv[1];
  if (a.command != "run" && a.command != "validate") throw UsageError("unknown command '" + a.command + "'");
  a.scenario = argv[2];
  for (int i = 3; i < argc; ++i) {
    const std::string flag = argv[i];
    if (i + 1 >= argc) throw UsageError("option " + flag + " needs a value");
    const std::string value = argv[++i];
    if (flag == "--seed") {
      // Digits only: stoull alone would take "-1" as 2^64 - 1 and skip leading spaces.
      const bool digits = !value.empty() && value.find_first_not_of("0123456789") == std::string::npos;
      try {
        if (!digits) throw std::invalid_argument(value);
        a.seed = std::stoull(value);
      } catch (const std::exception&) {
        throw UsageError("--seed expects a whole number from 0 to 2^64 - 1, got '" + value + "'");
      }
    } else if (flag == "--set") {
      a.overrides.push_back(value);
    } else if (flag == "--out" && a.command == "run") {
      a.out = value;
    } else {
      throw UsageError("unknown option " + flag);
    }
  }
  if (a.out) check_destination(*a.out);
  return a;
}

void print_summary(const mhsim::Results& results) {
  std::printf("%-48s %14s  %s\n", "figure", "value", "unit");
  for (const auto& figure : results.summary) {
    std::printf("%-48s %14.4f  %s\n", figure.name.c_str(), figure.value, figure.unit.c_str());
  }
}

}  // namespace

int main(int argc, char** argv) {
  Arguments arguments;
  try {
    arguments = parse(argc, argv);
  } catch (const UsageError& e) {
    std::cerr << "mhsim-engine: " << e.what() << "\n" << kUsage;
    return kUsageOrScenarioError;
  }
  try {
    const mhsim::LoadedScenario scenario = mhsim::load_scenario_file(arguments.scenario, arguments.overrides);
    if (arguments.command == "validate") {
      std::cout << arguments.scenario << ": valid (scenario '" << scenario.scenario.name << "')\n";
      return 0;
    }
    mhsim::RunStatistics statistics;
    const mhsim::Results results = mhsim::run_simulation(scenario, arguments.seed, &statistics);
    if (arguments.out) mhsim::write_results(results, *arguments.out);
    std::cout << "scenario " << scenario.scenario.name << ", seed " << arguments.seed << "\n";
    print_summary(results);
    std::cout << "events " << statistics.events_processed << "\n";
    if (arguments.out) std::cout << "results written to " << *arguments.out << "\n";
    return 0;
  } catch (const mhsim::ScenarioError& e) {
    std::cerr << "mhsim-engine: invalid scenario\n" << e.what() << "\n";
    return kUsageOrScenarioError;
  } catch (const std::exception& e) {
    std::cerr << "mhsim-engine: " << e.what() << "\n";
    return 1;
  }
}
