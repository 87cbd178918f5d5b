"""The report's charts, as plotly figures: run charts with interval bands, the
cost-effectiveness plane and acceptability curve, budget balances and staff in post.
Every scenario keeps its colour, dash pattern and marker symbol in every chart."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from .changes import Mark
from .series import Band
from .styles import Style

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
YEARS_AXIS = "Years since the start of the reported period"
# Above this many scenarios a run chart opens with the baseline's band only (the rest on a button):
# more overlapping bands hide each other.
BAND_LIMIT = 5


def _height_for_legend(entries: int, least: int = 440) -> int:
    """Tall enough that the legend lists every scenario without scrolling (in print too)."""
    return max(least, 19 * entries + 150)


def rounded(values) -> list[float | None]:
    """Four significant figures (the file stays small), and None, which plotly leaves as a
    gap, where a value is undefined."""
    out = []
    for v in np.asarray(values, dtype=float).ravel():
        out.append(float(f"{v:.4g}") if math.isfinite(v) else None)
    return out


def _layout(figure: go.Figure, title: str, x_title: str, y_title: str, height: int = 440) -> go.Figure:
    figure.update_layout(
        title={"text": title, "x": 0, "xanchor": "left", "font": {"size": 15}},
        template="simple_white",
        font={"family": FONT, "size": 12},
        height=height,
        margin={"l": 70, "r": 20, "t": 50, "b": 50},
        legend={"font": {"size": 11}, "tracegroupgap": 0},
        hovermode="closest",
        separators=".,",
    )
    figure.update_xaxes(title_text=x_title, showgrid=True, gridcolor="#eee")
    figure.update_yaxes(title_text=y_title, showgrid=True, gridcolor="#eee", tickformat=",~r")
    return figure


def _line(name: str, style: Style, x, y, show_legend: bool = True, **extra) -> go.Scatter:
    return go.Scatter(
        x=rounded(x),
        y=rounded(y),
        name=name,
        legendgroup=name,
        showlegend=show_legend,
        mode="lines+markers",
        line={"color": style.colour, "dash": style.dash, "width": 2.5 if name == "baseline" else 1.6},
        marker={"symbol": style.symbol, "size": 6, "color": style.colour},
        **extra,
    )


def _band(name: str, style: Style, band: Band) -> go.Scatter | None:
    defined = np.isfinite(band.lower) & np.isfinite(band.upper)
    if not defined.any():
        return None
    x = band.x[defined]
    return go.Scatter(
        x=rounded(np.concatenate([x, x[::-1]])),
        y=rounded(np.concatenate([band.upper[defined], band.lower[defined][::-1]])),
        mode="lines",
        fill="toself",
        fillcolor=style.fill(),
        line={"width": 0},
        hoverinfo="skip",
        legendgroup=name,
        showlegend=False,
        name=f"{name} interval",
    )


def _year_ticks(figure: go.Figure, x: np.ndarray) -> None:
    span = float(np.nanmax(x)) if len(x) else 1.0
    figure.update_xaxes(dtick=1 if span > 3 else 0.25, tick0=0, rangemode="tozero")


def _band_buttons(shaded: list[str], names: list[str]) -> dict:
    """Buttons that show the baseline's band, every band or none (lines stay)."""

    def visible(which: set[str]) -> list[bool]:
        return [name in which for name in shaded] + [True] * len(names)

    choices = [("baseline band", {shaded[0]} if shaded and shaded[0] == names[0] else set()),
               ("every band", set(shaded)), ("no bands", set())]  # fmt: skip
    return {
        "type": "buttons",
        "direction": "right",
        "x": 1,
        "xanchor": "right",
        "y": 1.12,
        "yanchor": "bottom",
        "showactive": True,
        "font": {"size": 11},
        "buttons": [
            {"label": label, "method": "restyle", "args": [{"visible": visible(which)}]}
            for label, which in choices
        ],
    }


def _mark_changes(figure: go.Figure, marks: list[Mark], styles: dict[str, Style]) -> None:
    """A dotted vertical line in the scenario's colour where its policy changed; hovering the
    triangle at its top says what changed."""
    for mark in marks:
        colour = styles[mark.scenario].colour
        figure.add_shape(type="line", x0=mark.years, x1=mark.years, y0=0, y1=1, yref="paper",
                         line={"color": colour, "width": 1, "dash": "dot"})  # fmt: skip
        figure.add_annotation(
            x=mark.years, y=1, yref="paper", text="\N{BLACK DOWN-POINTING TRIANGLE}", showarrow=False,
            font={"color": colour, "size": 11}, yanchor="bottom",
            hovertext=f"{mark.scenario}, week {mark.week}: {mark.what}"
            + (f" ({mark.note})" if mark.note else ""),
        )  # fmt: skip


def run_chart(
    title: str, unit: str, bands: dict[str, Band], styles: dict[str, Style], marks: list[Mark] = ()
) -> go.Figure:
    """The mean of each scenario per quarter, its interval shaded; with many scenarios only the
    baseline's band is shown at first, and buttons show every band or none. ``marks``: the
    reforms' dated changes (report.changes)."""
    figure = go.Figure()
    shaded = []
    few = len(bands) <= BAND_LIMIT
    for i, (name, band) in enumerate(bands.items()):
        trace = _band(name, styles[name], band)
        if trace is not None:
            trace.visible = few or i == 0
            figure.add_trace(trace)
            shaded.append(name)
    for name, band in bands.items():
        figure.add_trace(_line(name, styles[name], band.x, band.mean))
    figure = _layout(figure, title, YEARS_AXIS, unit, _height_for_legend(len(bands)))
    if shaded and not few:
        figure.update_layout(updatemenus=[_band_buttons(shaded, list(bands))], margin={"t": 80})
    _year_ticks(figure, next(iter(bands.values())).x)
    _mark_changes(figure, list(marks), styles)
    return figure


def cost_effectiveness_plane(
    increments: dict[str, tuple[np.ndarray, np.ndarray]],
    willingness_to_pay: float,
    money: str,
    styles: dict[str, Style],
) -> go.Figure:
    """``increments``: per reform, (DALYs averted, incremental cost) of each replication."""
    figure = go.Figure()
    for name, (averted, cost) in increments.items():
        style = styles[name]
        figure.add_trace(
            go.Scatter(
                x=rounded(averted),
                y=rounded(cost),
                name=name,
                mode="markers",
                marker={"symbol": style.symbol, "size": 9, "color": style.colour, "line": {"width": 0.5}},
                hovertemplate=f"{name}<br>DALYs averted %{{x:,.1f}}<br>extra cost %{{y:,.0f}} {money}"
                "<extra></extra>",
            )
        )
    every = np.concatenate([a for a, _ in increments.values()] + [np.zeros(1)])
    every = every[np.isfinite(every)]
    reach = max(abs(every.min()), abs(every.max()), 1e-9) * 1.15
    x = np.array([-reach if every.min() < 0 else 0.0, reach])
    figure.add_trace(
        go.Scatter(
            x=rounded(x),
            y=rounded(x * willingness_to_pay),
            name=f"willingness to pay: {willingness_to_pay:,.0f} per DALY averted",
            mode="lines",
            line={"color": "#555", "dash": "dot", "width": 1.5},
            hoverinfo="skip",
        )
    )
    figure.add_hline(y=0, line={"color": "#999", "width": 1})
    figure.add_vline(x=0, line={"color": "#999", "width": 1})
    title = "Cost-effectiveness plane: each replication of each reform against the baseline"
    height = _height_for_legend(len(increments) + 1, 520)
    figure = _layout(figure, title, "DALYs averted (discounted)", f"Extra cost, {money} (discounted)", height)
    # The axes hold the points (and the origin); the willingness-to-pay line runs on past them.
    costs = np.concatenate([c for _, c in increments.values()] + [np.zeros(1)])
    costs = costs[np.isfinite(costs)]
    pad = max(costs.max() - costs.min(), 1.0) * 0.08
    figure.update_yaxes(range=[costs.min() - pad, costs.max() + pad])
    figure.update_xaxes(range=[x[0], x[1]])
    return figure


def acceptability_curve(
    curves: dict[str, np.ndarray], grid: np.ndarray, willingness_to_pay: float, money: str, styles
) -> go.Figure:
    figure = go.Figure()
    for name, probability in curves.items():
        line = _line(name, styles[name], grid, probability, line_shape="hv")
        line.marker.maxdisplayed = 13  # enough symbols to tell the lines apart
        figure.add_trace(line)
    figure.add_trace(
        go.Scatter(
            x=[willingness_to_pay, willingness_to_pay],
            y=[0, 1],
            name=f"willingness to pay: {willingness_to_pay:,.0f} per DALY averted",
            mode="lines",
            line={"color": "#555", "dash": "dot", "width": 1.5},
            hoverinfo="skip",
        )
    )
    title = (
        "Cost-effectiveness acceptability curve: the share of paired replications in which each reform pays"
    )
    x_title = f"Willingness to pay, {money} per DALY averted"
    height = _height_for_legend(len(curves) + 1)
    figure = _layout(figure, title, x_title, "Probability cost-effective", height)
    figure.update_yaxes(range=[-0.02, 1.02], tickformat=".0%")
    figure.update_xaxes(tickformat=",~r")
    return figure


def small_multiples(
    title: str,
    panels: dict[str, dict[str, tuple[np.ndarray, np.ndarray]]],
    x_title: str,
    y_title: str,
    styles: dict[str, Style],
    columns: int = 4,
) -> go.Figure:
    """One panel per key of ``panels``, each a line per scenario ({scenario: (x, y)})."""
    rows = math.ceil(len(panels) / columns)
    titles = list(panels)
    figure = make_subplots(
        rows=rows, cols=columns, subplot_titles=titles, vertical_spacing=0.45 / rows, horizontal_spacing=0.06
    )
    for i, lines in enumerate(panels.values()):
        row, col = i // columns + 1, i % columns + 1
        for name, (x, y) in lines.items():
            figure.add_trace(_line(name, styles[name], x, y, show_legend=i == 0), row=row, col=col)
    # Short enough that three rows fit a printed landscape page.
    height = max(200 * rows + 90, _height_for_legend(len(styles), 320))
    figure = _layout(figure, title, "", "", height)
    figure.update_xaxes(title_text=x_title, row=rows)
    if x_title == "Budget year":
        figure.update_xaxes(dtick=1, tickformat="d")
    else:
        figure.update_xaxes(dtick=1, tick0=0)
    figure.update_yaxes(title_text=y_title, col=1)
    figure.update_annotations(font={"size": 12})
    return figure


def budget_panels(tables: dict[str, pd.DataFrame]) -> dict[str, dict[str, tuple[np.ndarray, np.ndarray]]]:
    """Per budget line, per scenario: (budget year from 1, balance)."""
    panels: dict[str, dict[str, tuple[np.ndarray, np.ndarray]]] = {}
    for name, table in tables.items():
        balance = table["balance"].unstack("budget_line")
        for line in balance.columns:
            years = balance.index.to_numpy() + 1
            panels.setdefault(line.replace("_", " "), {})[name] = (years, balance[line].to_numpy())
    return panels
