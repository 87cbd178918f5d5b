#include "recording/figures.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include "recording/recorder.hpp"
#include "scenario/schema.hpp"

namespace mhsim {
namespace {

constexpr std::array<std::string_view, 4> kStrata{"region", "income", "sex", "age_band"};

struct CatalogueTable {
  std::string name;
  std::vector<Dimension> labelled;  // the dimensions a figure names a label of, outermost first
  std::size_t strata_columns = 1;   // the columns of one label combination
};

// The recorder's tables as a one-week recorder exports them: always its real names and dimensions.
const std::vector<CatalogueTable>& catalogue() {
  static const std::vector<CatalogueTable> tables = [] {
    Recorder recorder(1);
    Results results;
    recorder.export_to(results);
    std::vector<CatalogueTable> out;
    for (const WeeklyTable& table : results.weekly) {
      CatalogueTable entry{.name = table.name, .labelled = {}};
      for (const std::string& name : table.dimensions) {
        const Dimension& dimension = results.dimension(name);
        if (std::find(kStrata.begin(), kStrata.end(), name) != kStrata.end()) {
          entry.strata_columns *= dimension.labels.size();
        } else {
          entry.labelled.push_back(dimension);
        }
      }
      out.push_back(std::move(entry));
    }
    return out;
  }();
  return tables;
}

std::vector<std::string> split_dots(std::string_view text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t dot = text.find('.'); dot != std::string_view::npos; dot = text.find('.', start)) {
    parts.emplace_back(text.substr(start, dot - start));
    start = dot + 1;
  }
  parts.emplace_back(text.substr(start));
  return parts;
}

std::string spelled(const CatalogueTable& table) {
  std::string out = table.name;
  for (const Dimension& dimension : table.labelled) out += ".<" + dimension.name + ">";
  return out;
}

std::string unknown_table(std::string_view name) {
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (const CatalogueTable& table : catalogue()) {
    const std::size_t d = edit_distance(table.name, name);
    if (d <= std::max<std::size_t>(2, name.size() / 3) || table.name.starts_with(name))
      scored.emplace_back(d, spelled(table));
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> close;
  for (std::size_t i = 0; i < scored.size() && i < 3; ++i) close.push_back(scored[i].second);
  const std::string what = "a recorded weekly figure (docs/outputs.md) with a label for each dimension but the strata";
  return close.empty() ? what : what + "; did you mean " + join_or(close) + "?";
}

}  // namespace

std::variant<Figure, std::string> resolve_figure(std::string_view text) {
  const std::vector<std::string> parts = split_dots(text);
  const auto& tables = catalogue();
  const auto found = std::find_if(tables.begin(), tables.end(), [&](const auto& t) { return t.name == parts[0]; });
  if (found == tables.end()) return unknown_table(parts[0]);
  if (parts.size() != found->labelled.size() + 1) {
    return "the table " + found->name + " with a label for each of its dimensions but the strata: " + spelled(*found);
  }
  Figure figure{
      .table = static_cast<std::size_t>(found - tables.begin()), .first_column = 0, .columns = found->strata_columns};
  for (std::size_t d = 0; d < found->labelled.size(); ++d) {
    const std::vector<std::string>& labels = found->labelled[d].labels;
    const auto label = std::find(labels.begin(), labels.end(), parts[d + 1]);
    if (label == labels.end()) {
      return "a label of " + found->labelled[d].name + " in " + spelled(*found) + ": " + join_or(labels);
    }
    figure.first_column = figure.first_column * labels.size() + static_cast<std::size_t>(label - labels.begin());
  }
  figure.first_column *= found->strata_columns;
  return figure;
}

double figure_mean(const Figure& figure, const TableValues& table, std::size_t first_week, std::size_t end_week) {
  double sum = 0;
  std::size_t weeks = 0;
  for (std::size_t w = first_week; w < end_week; ++w) {
    const double week = table.visit([&](const auto& values) {
      return values.row(static_cast<Eigen::Index>(w))
          .segment(static_cast<Eigen::Index>(figure.first_column), static_cast<Eigen::Index>(figure.columns))
          .template cast<double>()
          .sum();
    });
    if (std::isnan(week)) continue;
    sum += week;
    ++weeks;
  }
  return weeks == 0 ? std::numeric_limits<double>::quiet_NaN() : sum / static_cast<double>(weeks);
}

}  // namespace mhsim
