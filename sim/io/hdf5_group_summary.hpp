#pragma once
// The summary by group in a results file: the group /group_summary, one dataset per
// column (figure, dimension, group, value, unit, description), a row per figure of a
// group. A file without the group (written before the summary by group existed)
// reads as an empty one.
#include <hdf5.h>

#include <vector>

#include "results/results.hpp"

namespace mhsim::hdf5 {

void write_group_summary(hid_t file, const std::vector<GroupFigure>& figures);
std::vector<GroupFigure> read_group_summary(hid_t file);

}  // namespace mhsim::hdf5
