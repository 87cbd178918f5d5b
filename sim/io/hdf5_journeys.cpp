#include "io/hdf5_journeys.hpp"

#include <cstdint>
#include <string>

#include "io/hdf5_handles.hpp"
#include "io/hdf5_io.hpp"
#include "io/hdf5_values.hpp"

namespace mhsim::hdf5 {
namespace {

// The step of each event; a file written before 0.7.0 has none, and its log keeps empty steps.
void read_journey_steps(hid_t file, JourneyLog& journeys) {
  if (check(H5Lexists(file, "/journeys/step", H5P_DEFAULT), "look for /journeys/step") <= 0) return;
  journeys.step_labels = read_strings(file, "/journeys/step_labels");
  journeys.step = read_numbers<std::uint8_t>(file, "/journeys/step", H5T_NATIVE_UINT8);
  if (journeys.step.size() != journeys.day.size()) {
    throw ResultsFileError("/journeys/step holds " + std::to_string(journeys.step.size()) + " steps for " +
                           std::to_string(journeys.day.size()) + " events");
  }
  for (const std::uint8_t code : journeys.step) {
    if (code != kNoJourneyStep && code >= journeys.step_labels.size()) {
      throw ResultsFileError("/journeys/step holds the code " + std::to_string(code) + ", beyond the " +
                             std::to_string(journeys.step_labels.size()) + " labels of /journeys/step_labels");
    }
  }
}

}  // namespace

void write_journeys(hid_t file, const JourneyLog& journeys) {
  create_group(file, "/journeys");
  const hsize_t events = journeys.day.size();
  write_numbers(file, "/journeys/day", H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, {events}, journeys.day.data(),
                Layout::chunked);
  write_numbers(file, "/journeys/person", H5T_STD_U32LE, H5T_NATIVE_UINT32, {events}, journeys.person.data(),
                Layout::chunked);
  write_numbers(file, "/journeys/event", H5T_STD_U8LE, H5T_NATIVE_UINT8, {events}, journeys.event.data(),
                Layout::chunked);
  write_strings(file, "/journeys/event_labels", journeys.event_labels);
  if (journeys.step_labels.empty()) return;  // read from a file written before steps were recorded
  write_numbers(file, "/journeys/step", H5T_STD_U8LE, H5T_NATIVE_UINT8, {events}, journeys.step.data(),
                Layout::chunked);
  write_strings(file, "/journeys/step_labels", journeys.step_labels);
}

JourneyLog read_journeys(hid_t file) {
  open_group(file, "/journeys");
  JourneyLog journeys;
  journeys.event_labels = read_strings(file, "/journeys/event_labels");
  journeys.day = read_numbers<double>(file, "/journeys/day", H5T_NATIVE_DOUBLE);
  journeys.person = read_numbers<std::uint32_t>(file, "/journeys/person", H5T_NATIVE_UINT32);
  journeys.event = read_numbers<std::uint8_t>(file, "/journeys/event", H5T_NATIVE_UINT8);
  if (journeys.person.size() != journeys.day.size() || journeys.event.size() != journeys.day.size()) {
    throw ResultsFileError("the datasets of /journeys differ in length");
  }
  for (const std::uint8_t code : journeys.event) {
    if (code >= journeys.event_labels.size()) {
      throw ResultsFileError("/journeys/event holds the code " + std::to_string(code) + ", beyond the " +
                             std::to_string(journeys.event_labels.size()) + " labels of /journeys/event_labels");
    }
  }
  read_journey_steps(file, journeys);
  return journeys;
}

}  // namespace mhsim::hdf5
