// Results files: exact round trips, reproducible bytes, and failures that leave
// nothing behind and say which file and which part went wrong.
#include <doctest/doctest.h>
#include <hdf5.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <span>
#include <string>
#include <thread>
#include <utility>

#include "io/atomic_file.hpp"
#include "io/hdf5_io.hpp"
#include "io/superblock_checksum.hpp"
#include "results/results.hpp"

using namespace mhsim;
namespace fs = std::filesystem;

namespace {

// A fresh directory per test, removed afterwards.
class ScratchDirectory {
 public:
  ScratchDirectory() {
    static int count = 0;
    path_ = fs::temp_directory_path() / ("mhsim-hdf5-" + std::to_string(::getpid()) + "-" + std::to_string(count++));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;
  ~ScratchDirectory() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  fs::path operator/(const std::string& name) const { return path_ / name; }
  std::size_t entries() const { return static_cast<std::size_t>(std::distance(fs::directory_iterator(path_), {})); }

 private:
  fs::path path_;
};

// Three weeks, service x region, a table by region only (with a NaN) and one
// with no dimension besides the week.
Results sample_results() {
  Results results;
  results.provenance = {"baseline",      "[population]\nsize = 1000\nname = \"Zürich\"\n",
                        "[access]\nstigma_factor = 0.5\n",
                        std::numeric_limits<std::uint64_t>::max(),
                        "0.1.0",         "0123abcd",
                        "2024-05-01T12:00:00Z",
                        "Linux x86_64"};
  results.week_start_day = {0, 7, 14};
  results.dimensions = {{"service", {"medication_management", "high_intensity"}},
                        {"region", {"urban", "rural", "remote"}}};
  // One table of each storage type: amounts as float32, means as float64, counts as uint32 and uint16 (and one of
  // zeros).
  WeeklyFloats waiting_values(3, 6);
  for (Eigen::Index i = 0; i < waiting_values.size(); ++i) waiting_values.data()[i] = 0.5F * static_cast<float>(i);
  WeeklyTable waiting{"waiting", "people", "people on the service's waiting list", {"service", "region"},
                      std::move(waiting_values)};
  WeeklyTable wait_mean{"wait_mean_days", "days", "mean wait (NaN if none started)", {"region"}, WeeklyMatrix(3, 3)};
  wait_mean.doubles() << 1, 2, 3, 4, std::nan(""), 6, -0.0, 8, 9;
  WeeklyCounts death_counts(3, 1);
  death_counts << 1, 0, 4'000'000'000U;
  WeeklyTable deaths{"deaths", "people", "deaths from all causes", {}, std::move(death_counts)};
  WeeklySmallCounts referral_counts(3, 2);
  referral_counts << 0, 65535, 3, 2, 1, 0;
  WeeklyTable referrals{"referrals", "people", "referrals to each step", {"service"}, std::move(referral_counts)};
  WeeklyTable rescores{"rescores", "people", "rescored", {"region"}, WeeklyCounts(WeeklyCounts::Zero(3, 3))};
  results.weekly = {waiting, wait_mean, deaths, referrals, rescores};
  results.summary = {{"cmd_prevalence", 0.125, "share", "mean point prevalence"},
                     {"wait_mean_days_high_intensity", std::nan(""), "days", "mean wait"}};
  results.journeys = {{"entered_population", "cmd_onset_mild", "death"}, {-35.5, 0.25, 13}, {4, 4, 7}, {0, 1, 2}};
  results.group_summary = {{"crises_per_100k_per_year", "housing", "homeless", 2500.5, "per 100,000 person-years",
                            "mental health crises"},
                           {"effective_coverage", "coverage", "uninsured", std::nan(""), "share", "no episodes"}};
  return results;
}

bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

void check_same(const Results& a, const Results& b) {
  CHECK(a.provenance.scenario_name == b.provenance.scenario_name);
  CHECK(a.provenance.scenario_toml == b.provenance.scenario_toml);
  CHECK(a.provenance.burn_in_scenario_toml == b.provenance.burn_in_scenario_toml);
  CHECK(a.provenance.seed == b.provenance.seed);
  CHECK(a.provenance.mhsim_version == b.provenance.mhsim_version);
  CHECK(a.provenance.git_revision == b.provenance.git_revision);
  CHECK(a.provenance.created_utc == b.provenance.created_utc);
  CHECK(a.provenance.platform == b.provenance.platform);
  CHECK(a.week_start_day == b.week_start_day);
  REQUIRE(a.dimensions.size() == b.dimensions.size());
  for (std::size_t d = 0; d < a.dimensions.size(); ++d) {
    CHECK(a.dimensions[d].name == b.dimensions[d].name);
    CHECK(a.dimensions[d].labels == b.dimensions[d].labels);
  }
  REQUIRE(a.weekly.size() == b.weekly.size());
  for (std::size_t t = 0; t < a.weekly.size(); ++t) {
    const WeeklyTable& x = a.weekly[t];
    const WeeklyTable& y = b.weekly[t];
    CAPTURE(x.name);
    CHECK(x.name == y.name);
    CHECK(x.unit == y.unit);
    CHECK(x.description == y.description);
    CHECK(x.dimensions == y.dimensions);
    CHECK(x.values.storage() == y.values.storage());
    REQUIRE(x.values.rows() == y.values.rows());
    REQUIRE(x.values.cols() == y.values.cols());
    // Bitwise, so NaN and -0.0 count too; an empty table has no data to compare (memcmp of null is UB).
    CHECK((x.values.bytes() == 0 || std::memcmp(x.values.data(), y.values.data(), x.values.bytes()) == 0));
  }
  REQUIRE(a.summary.size() == b.summary.size());
  for (std::size_t f = 0; f < a.summary.size(); ++f) {
    CHECK(a.summary[f].name == b.summary[f].name);
    CHECK(same_bits(a.summary[f].value, b.summary[f].value));
    CHECK(a.summary[f].unit == b.summary[f].unit);
    CHECK(a.summary[f].description == b.summary[f].description);
  }
  REQUIRE(a.group_summary.size() == b.group_summary.size());
  for (std::size_t f = 0; f < a.group_summary.size(); ++f) {
    const GroupFigure &x = a.group_summary[f], &y = b.group_summary[f];
    CHECK((x.figure == y.figure && x.dimension == y.dimension && x.group == y.group));
    CHECK(same_bits(x.value, y.value));
    CHECK((x.unit == y.unit && x.description == y.description));
  }
  CHECK(a.journeys.event_labels == b.journeys.event_labels);
  CHECK(a.journeys.day == b.journeys.day);
  CHECK(a.journeys.person == b.journeys.person);
  CHECK(a.journeys.event == b.journeys.event);
  CHECK(a.journeys.step_labels == b.journeys.step_labels);
  CHECK(a.journeys.step == b.journeys.step);
}

std::string file_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The message of the ResultsFileError `action` throws ("" if it throws none).
template <typename Action>
std::string results_file_error(Action action) {
  try {
    action();
  } catch (const ResultsFileError& error) {
    return error.what();
  }
  return "";
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("results read back from HDF5 equal what was written, and no temporary file is left") {
  const ScratchDirectory directory;
  const Results results = sample_results();
  write_results(results, directory / "run.h5");
  check_same(read_results(directory / "run.h5"), results);
  CHECK(directory.entries() == 1);
}

TEST_CASE("a table's chunks run over every week of a few cells, and a table of zeros is one small chunk") {
  const ScratchDirectory directory;
  Results results;
  constexpr Eigen::Index kWeeks = 600;
  constexpr Eigen::Index kCells = 40;
  for (Eigen::Index week = 0; week < kWeeks; ++week) results.week_start_day.push_back(7.0 * static_cast<double>(week));
  results.dimensions = {{"area", std::vector<std::string>(kCells, "")}};
  for (Eigen::Index cell = 0; cell < kCells; ++cell) results.dimensions[0].labels[cell] = std::to_string(cell);
  WeeklyCounts counts = WeeklyCounts::Zero(kWeeks, kCells);
  counts(kWeeks - 1, kCells - 1) = 3;
  results.weekly = {{"crises", "people", "crises", {"area"}, counts},
                    {"rescores", "people", "rescored", {"area"}, WeeklyCounts(WeeklyCounts::Zero(kWeeks, kCells))}};
  write_results(results, directory / "run.h5");
  check_same(read_results(directory / "run.h5"), results);

  const hid_t file = H5Fopen((directory / "run.h5").c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
  REQUIRE(file >= 0);
  const auto stored_bytes_and_chunk = [&](const char* path) {
    const hid_t dataset = H5Dopen2(file, path, H5P_DEFAULT);
    const hid_t creation = H5Dget_create_plist(dataset);
    std::array<hsize_t, 2> chunk{};
    H5Pget_chunk(creation, 2, chunk.data());
    const std::pair<hsize_t, std::array<hsize_t, 2>> found{H5Dget_storage_size(dataset), chunk};
    H5Pclose(creation);
    H5Dclose(dataset);
    return found;
  };
  // 600 weeks x 4 bytes a cell: 20 cells, the largest divisor of 40 within 64 KiB.
  CHECK(stored_bytes_and_chunk("/weekly/crises").second == std::array<hsize_t, 2>{600, 20});
  const auto [zero_bytes, zero_chunk] = stored_bytes_and_chunk("/weekly/rescores");
  CHECK(zero_chunk == std::array<hsize_t, 2>{600, 40});
  CHECK(zero_bytes < 200);  // of 96,000
  H5Fclose(file);
}

TEST_CASE("the superblock checksum is lookup3's, as Bob Jenkins' own checks give it") {
  const std::string text = "Four score and seven years ago";
  CHECK(hdf5::metadata_checksum(std::as_bytes(std::span(text))) == 0x17770551U);
  CHECK(hdf5::metadata_checksum({}) == 0xdeadbeefU);
}

TEST_CASE("empty journeys, no summary figures and no weeks read back too") {
  const ScratchDirectory directory;
  Results results = sample_results();
  results.week_start_day.clear();
  for (auto& table : results.weekly) table.values = TableValues::zero(table.values.storage(), 0, table.values.cols());
  results.summary.clear();
  results.journeys = {};
  write_results(results, directory / "empty.h5");
  check_same(read_results(directory / "empty.h5"), results);

  Results nothing;
  write_results(nothing, directory / "nothing.h5");
  check_same(read_results(directory / "nothing.h5"), nothing);
}

TEST_CASE("the same results give byte-identical files, whenever they are written") {
  const ScratchDirectory directory;
  Results results = sample_results();
  write_results(results, directory / "first.h5");
  // HDF5 object times have a resolution of one second: wait past it so that
  // any stored time would show.
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  write_results(results, directory / "second.h5");
  const std::string first = file_bytes(directory / "first.h5");
  CHECK(!first.empty());
  CHECK(first == file_bytes(directory / "second.h5"));

  results.provenance.created_utc = "2024-05-01T12:00:01Z";
  write_results(results, directory / "later.h5");
  CHECK(first != file_bytes(directory / "later.h5"));
}

TEST_CASE("writing over an existing results file replaces it") {
  const ScratchDirectory directory;
  write_results(sample_results(), directory / "run.h5");
  Results other = sample_results();
  other.provenance.seed = 2;
  other.weekly.pop_back();
  write_results(other, directory / "run.h5");
  check_same(read_results(directory / "run.h5"), other);
  CHECK(directory.entries() == 1);
}

TEST_CASE("a writer killed while writing leaves nothing at or beside the path") {
  const ScratchDirectory directory;
  int ready[2];
  REQUIRE(::pipe(ready) == 0);
  const pid_t writer = ::fork();
  REQUIRE(writer >= 0);
  if (writer == 0) {
    const std::vector<std::byte> bytes(std::size_t{512} << 20);  // long enough to be killed in the middle
    const char go = 'w';
    (void)::write(ready[1], &go, 1);
    mhsim::write_file_atomically(directory / "run.h5", bytes);
    ::_exit(0);
  }
  char go = 0;
  REQUIRE(::read(ready[0], &go, 1) == 1);
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  ::kill(writer, SIGKILL);
  int status = 0;
  ::waitpid(writer, &status, 0);
  ::close(ready[0]);
  ::close(ready[1]);
  CHECK(WIFSIGNALED(status));  // killed before it finished, so the check below means something
  CHECK(directory.entries() == 0);
}

TEST_CASE("a failed write throws, names the path and leaves nothing") {
  const ScratchDirectory directory;
  const fs::path nowhere = directory / "missing-directory" / "run.h5";
  const std::string message = results_file_error([&] { write_results(sample_results(), nowhere); });
  CHECK(contains(message, nowhere.string()));
  CHECK(directory.entries() == 0);

  Results inconsistent = sample_results();
  inconsistent.weekly[0].values = WeeklyMatrix(3, 5);
  const std::string shape_message = results_file_error([&] { write_results(inconsistent, directory / "run.h5"); });
  CHECK(contains(shape_message, "'waiting'"));
  Results unknown_dimension = sample_results();
  unknown_dimension.weekly[1].dimensions = {"income"};
  CHECK(contains(results_file_error([&] { write_results(unknown_dimension, directory / "run.h5"); }), "'income'"));
  Results uneven_journeys = sample_results();
  uneven_journeys.journeys.person.pop_back();
  CHECK(contains(results_file_error([&] { write_results(uneven_journeys, directory / "run.h5"); }), "journey"));
  CHECK(directory.entries() == 0);
}

TEST_CASE("reading names the path when the file is missing, is not HDF5 or lacks a part") {
  const ScratchDirectory directory;
  const fs::path missing = directory / "missing.h5";
  CHECK(contains(results_file_error([&] { read_results(missing); }), missing.string()));

  const fs::path text = directory / "notes.h5";
  std::ofstream(text) << "not a results file\n";
  const std::string not_hdf5 = results_file_error([&] { read_results(text); });
  CHECK(contains(not_hdf5, text.string()));
  CHECK(contains(not_hdf5, "not an HDF5 file"));

  const fs::path partial = directory / "partial.h5";
  write_results(sample_results(), partial);
  const hid_t file = H5Fopen(partial.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
  REQUIRE(file >= 0);
  CHECK(H5Ldelete(file, "/summary/unit", H5P_DEFAULT) >= 0);
  H5Fclose(file);
  const std::string incomplete = results_file_error([&] { read_results(partial); });
  CHECK(contains(incomplete, partial.string()));
  CHECK(contains(incomplete, "/summary/unit"));
}

TEST_CASE("results look up tables, figures and dimensions by name and list the others when one is missing") {
  const Results results = sample_results();
  CHECK(results.table("wait_mean_days").unit == "days");
  CHECK(results.summary_value("cmd_prevalence") == 0.125);
  CHECK(results.dimension("region").labels.size() == 3);
  const auto out_of_range = [](auto lookup) -> std::string {
    try {
      lookup();
    } catch (const std::out_of_range& error) {
      return error.what();
    }
    return "";
  };
  const std::string table = out_of_range([&] { results.table("waitng"); });
  CHECK(contains(table, "'waitng'"));
  CHECK(contains(table, "waiting, wait_mean_days, deaths"));
  CHECK(contains(out_of_range([&] { results.summary_value("prevalence"); }), "cmd_prevalence"));
  CHECK(contains(out_of_range([&] { results.dimension("age_band"); }), "service, region"));
  CHECK(contains(out_of_range([&] { Results().table("waiting"); }), "(none)"));
}
