#pragma once
// The recorded figures a learning-system rule may read (scenario/rules.hpp):
// a weekly table of the recorder and a label for each of its dimensions other
// than the strata, "waiting.high_intensity" or "wait_p90_started_weeks.high_intensity".
// A figure's value over some weeks is its mean over those that hold a value (a
// quarterly wait percentile holds one only in the week closing its quarter), summed over the strata.
#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "results/results.hpp"

namespace mhsim {

// Where a figure's columns are in its table: one block, the strata varying fastest.
struct Figure {
  std::size_t table = 0;  // in the recorder's export order (Recorder::weekly_table)
  std::size_t first_column = 0;
  std::size_t columns = 1;
};

// The figure `text` names, or what was expected instead (close names, or the valid labels).
std::variant<Figure, std::string> resolve_figure(std::string_view text);

// The figure's mean over the reported weeks [first_week, end_week) of `table` that are not NaN,
// summed over the strata; NaN when every week is.
double figure_mean(const Figure& figure, const TableValues& table, std::size_t first_week, std::size_t end_week);

}  // namespace mhsim
