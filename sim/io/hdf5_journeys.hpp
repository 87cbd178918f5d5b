#pragma once
// The journey log in a results file: the group /journeys, one dataset per column (day, person, event, step) beside
// the labels of the events and steps. A file written before 0.7.0 has no steps and reads with empty ones.
#include <hdf5.h>

#include "results/results.hpp"

namespace mhsim::hdf5 {

void write_journeys(hid_t file, const JourneyLog& journeys);
JourneyLog read_journeys(hid_t file);

}  // namespace mhsim::hdf5
