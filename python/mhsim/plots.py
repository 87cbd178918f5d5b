"""Charts of results, replications and comparisons, drawn with matplotlib.

The classes call these through thin methods (``Results.plot``,
``Replications.plot_weekly``, ``Comparison.plot``); each returns what it drew on, so
a caller can add to it. The charts explain themselves: titles and axis labels in plain
words with units (from each weekly table's description and unit, ``mhsim.figures()``
and the labels of ``mhsim.headline``), and lines told apart by their style and markers
as well as their colour, so they read in black and white too.
"""

from __future__ import annotations

import math
import re
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import xarray as xr

from .catalogue import check_figures
from .catalogue import figures as figure_catalogue
from .headline import HEADLINES, headline_figures
from .results import DAYS_PER_WEEK, weekly_totals

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from .compare import Comparison
    from .replicate import Replications
    from .results import Results

LINE_STYLES = ["-", "--", ":", "-."]
MARKERS = ["o", "s", "^", "D", "v", "x", "P"]  # 4 styles x 7 markers: 28 lines told apart
MARKS_PER_LINE = 10
DAYS_PER_YEAR = 365.25
TITLE_WIDTH = 40  # characters a line of a forest plot panel's title
YEARS_LABEL = "years since the start of the reported horizon (after the burn-in)"
# Weekly tables of means or percentiles (wait_mean_days, wait_p90_days, ...): never summed.
NOT_ADDITIVE = re.compile(r"(^|_)(mean|p90)(_|$)")


def plain(name: str) -> str:
    """An identifier as words: 'high_intensity' -> 'high intensity'."""
    return str(name).replace("_", " ")


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def line_style(index: int, points: int) -> dict:
    """The line style and markers of the ``index``-th line of ``points`` points."""
    return {
        "linestyle": LINE_STYLES[index % len(LINE_STYLES)],
        "marker": MARKERS[index % len(MARKERS)],
        "markersize": 4,
        "markevery": max(1, points // MARKS_PER_LINE),
    }


def _kept(variable: xr.DataArray, metric: str, by: str | None, keep: Sequence[str]) -> tuple[str, ...]:
    """The dimensions a chart keeps (``keep`` and ``by``); the others are summed. A table of
    means or percentiles is never summed over a breakdown: its lines must be drawn apart."""
    if by is not None and by not in variable.dims:
        dims = [d for d in variable.dims if d not in keep]
        raise KeyError(f"the weekly table {metric!r} has no dimension {by!r}; it has {dims}")
    kept = (*keep, *([by] if by else []))
    summed = [d for d in variable.dims if d not in kept and variable.sizes[d] > 1]
    if summed and NOT_ADDITIVE.search(metric):
        raise ValueError(
            f"{metric!r} is a mean or percentile per week and cannot be summed over {summed}: "
            f"pass by={summed[0]!r}"
        )
    return kept


def _labelled(series: xr.DataArray, by: str | None):
    """(label, series) for each label of ``by``, or once for the whole table."""
    if by is None:
        return [(None, series)]
    return [(plain(label), series.sel({by: label})) for label in series[by].values]


def _weekly_axes(ax: Axes | None) -> Axes:
    if ax is None:
        import matplotlib.pyplot as plt  # loaded when a chart is drawn: the CLI starts faster

        _, ax = plt.subplots(figsize=(8, 4.5), layout="constrained")
    return ax


def _describe_axes(ax: Axes, attrs: dict, by: str | None, subtitle: str = "") -> None:
    unit = attrs.get("units", "")
    title = f"{_sentence(attrs.get('description', ''))} ({unit})"
    if by is not None:
        title += f", by {plain(by)}"
    ax.set_title("\n".join([*textwrap.wrap(title, 80), *([subtitle] if subtitle else [])]), fontsize=10)
    ax.set_xlabel(YEARS_LABEL)
    ax.set_ylabel(unit)
    if by is not None:
        ax.legend(title=plain(by), fontsize=8)


def weekly(results: Results, metric: str, by: str | None = None, ax: Axes | None = None) -> Axes:
    """``Results.plot``: a weekly table summed over every dimension but ``by``."""
    check_figures([metric], results.metrics, what="weekly table")
    variable = results.to_xarray()[metric]
    totals = weekly_totals(variable, _kept(variable, metric, by, ("week",)))
    ax = _weekly_axes(ax)
    years = totals["week"].to_numpy() / DAYS_PER_YEAR
    for i, (label, series) in enumerate(_labelled(totals, by)):
        ax.plot(years, series.to_numpy(), label=label, **line_style(i, len(years)))
    _describe_axes(ax, variable.attrs, by)
    return ax


def weekly_band(
    replications: Replications,
    metric: str,
    by: str | None = None,
    level: float = 0.95,
    ax: Axes | None = None,
) -> Axes:
    """``Replications.plot_weekly``: the mean over the replications with its interval band."""
    check_figures([metric], replications.runs[0].metrics, what="weekly table")
    variable = replications.to_xarray()[metric]
    _kept(variable, metric, by, ("replication", "week"))
    table = replications.weekly_interval(metric, by=[by] if by else [], level=level)
    ax = _weekly_axes(ax)
    groups = [(None, table)] if by is None else table.groupby(level=by, sort=False)
    for i, (label, rows) in enumerate(groups):
        years = rows.index.get_level_values("week").to_numpy() / DAYS_PER_YEAR
        name = None if label is None else plain(label)
        (line,) = ax.plot(years, rows["mean"].to_numpy(), label=name, **line_style(i, len(years)))
        lower, upper = rows["lower"].to_numpy(), rows["upper"].to_numpy()
        ax.fill_between(years, lower, upper, color=line.get_color(), alpha=0.2)
    subtitle = f"mean and {level:.0%} interval over {len(replications)} replications"
    _describe_axes(ax, variable.attrs, by, subtitle)
    return ax


def _figure_words(figure: str, catalogue) -> tuple[str, str, float, str]:
    """(title, unit, scale, better) of a summary figure: a headline's label, or the
    catalogue's description with its unit."""
    headline = {h.figure: h for h in HEADLINES}.get(figure)
    unit = str(catalogue.loc[figure, "unit"])
    if headline is None:
        return f"{_sentence(plain(catalogue.loc[figure, 'description']))} ({unit})", unit, 1.0, ""
    shown_unit = "%" if headline.scale == 100 else unit
    title = headline.label + (f", {unit}" if headline.money else "")
    return title, shown_unit, headline.scale, headline.better


def figure_title(figure: str) -> str:
    """A summary figure's title in plain words with its unit, wrapped for a small panel."""
    return "\n".join(textwrap.wrap(_figure_words(figure, figure_catalogue())[0], TITLE_WIDTH))


def _magnitude(values: np.ndarray) -> tuple[float, str]:
    """A divisor and its word for large numbers (money): 1e6 and 'million'."""
    finite = np.abs(values[np.isfinite(values)])
    largest = float(finite.max()) if len(finite) else 0.0
    for divisor, word in ((1e9, "billion"), (1e6, "million")):
        if largest >= divisor:
            return divisor, word
    return 1.0, ""


def _forest_panels(count: int, reforms: list[str], title_lines: int, axes) -> np.ndarray:
    """One small panel per figure: 3 or 4 columns, the reforms' names once per row, each row
    as tall as its reforms and the longest title need."""
    if axes is not None:
        panels = np.asarray(axes, dtype=object).ravel()
        if len(panels) < count:
            raise ValueError(f"{count} figures need {count} axes; {len(panels)} were given")
        return panels[:count]
    columns = min(count, 4 if count > 9 else 3)
    rows = math.ceil(count / columns)
    label_width = 0.07 * max(len(plain(r)) for r in reforms)  # inches, at font size 8
    row_height = 0.8 + 0.17 * len(reforms) + 0.16 * title_lines
    import matplotlib.pyplot as plt

    fig, grid = plt.subplots(
        rows,
        columns,
        figsize=(label_width + 3.2 * columns, 0.8 + row_height * rows),
        sharey=True,
        squeeze=False,
        layout="constrained",
    )
    for spare in grid.ravel()[count:]:
        fig.delaxes(spare)
    return grid.ravel()[:count]


def forest(
    comparison: Comparison,
    figures: Sequence[str] | None = None,
    level: float = 0.95,
    axes=None,
    unpaired: bool = False,
) -> np.ndarray:
    """``Comparison.plot``: each reform's paired difference from the baseline, one panel per
    figure with its own x scale, so a reform that moves a figure a lot does not flatten the
    others onto zero."""
    from matplotlib.ticker import MaxNLocator  # loaded when a chart is drawn: the CLI starts faster

    figures = list(figures) if figures is not None else headline_figures()
    check_figures(figures, list(comparison.baseline.summary().columns))
    differences = comparison.differences(level)
    reforms = list(comparison.reforms)
    catalogue = figure_catalogue()
    reference = plain(comparison.baseline.scenario.name)
    words = [_figure_words(figure, catalogue) for figure in figures]
    titles = [textwrap.wrap(title, TITLE_WIDTH) for title, *_ in words]
    panels = _forest_panels(len(figures), reforms, max(len(t) for t in titles), axes)
    y = np.arange(len(reforms))
    for axis, figure, (_, unit, scale, better), title in zip(panels, figures, words, titles, strict=True):
        rows = differences.xs(figure, level="figure").loc[reforms]
        columns = ["difference", "lower", "upper", "unpaired_lower", "unpaired_upper"]
        values = rows[columns].to_numpy(dtype=float) * scale
        divisor, word = _magnitude(values)
        mean, lower, upper, unpaired_lower, unpaired_upper = (values / divisor).T
        if unpaired:
            axis.errorbar(
                mean, y + 0.2, xerr=[mean - unpaired_lower, unpaired_upper - mean], fmt="none",
                ecolor="0.75", elinewidth=3, label="unpaired interval (same runs)",
            )  # fmt: skip
        axis.errorbar(
            mean, y, xerr=[mean - lower, upper - mean], fmt="o", color="black", markersize=4,
            capsize=2, label=f"paired {level:.0%} interval",
        )  # fmt: skip
        axis.axvline(0, color="black", linestyle="--", linewidth=0.8)
        axis.xaxis.set_major_locator(MaxNLocator(4))
        axis.tick_params(labelsize=8)
        axis.set_title("\n".join(title), fontsize=9)
        scale_words = f"{word} " if word else ""
        direction = f"\n({better} is better)" if better else ""
        axis.set_xlabel(f"reform \N{MINUS SIGN} {reference}, {scale_words}{unit}{direction}", fontsize=8)
        axis.set_yticks(y, [plain(r) for r in reforms])
        axis.set_ylim(len(reforms) - 0.5, -0.5)  # the first reform at the top
    figure_of = panels[0].figure
    if axes is None:
        n = len(comparison.baseline)
        figure_of.suptitle(
            f"Each reform's difference from {reference}: mean and {level:.0%} interval "
            f"over {n} paired replications",
            fontsize=11,
        )
        if unpaired:
            handles, labels = panels[0].get_legend_handles_labels()
            figure_of.legend(handles, labels, loc="outside lower center", ncols=2, fontsize=8)
    return panels


def mark_changes(ax: Axes, results: Results, label: bool = True) -> Axes:
    """Vertical lines on a weekly chart (years on the x axis) where ``results``'s policy
    changed: dotted grey for its timeline, dashed red for its learning rules' firings, each
    labelled at the top with its note, its rule or its keys."""
    timeline = results.timeline()
    firings = results.rule_firings()
    marks = [
        (week, rows["note"], rows["key"], ":", "0.4") for week, rows in timeline.groupby("week", sort=True)
    ]
    marks += [(week, "rule: " + rows["rule"], rows["key"], "--", "#D55E00")
              for week, rows in firings.groupby("week", sort=True)]  # fmt: skip
    for week, notes, keys, style, colour in marks:
        years = week * DAYS_PER_WEEK / DAYS_PER_YEAR
        ax.axvline(years, color=colour, linestyle=style, linewidth=1)
        if label:
            words = [note for note in dict.fromkeys(notes) if note] or list(dict.fromkeys(keys))
            ax.annotate("; ".join(words), (years, 1), xycoords=("data", "axes fraction"), rotation=90,
                        va="top", ha="right", fontsize=7, color=colour)  # fmt: skip
    return ax
