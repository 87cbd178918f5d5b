"""How each scenario is drawn, so that it can be told apart without colour: a colour from a
palette safe for colour-blind readers, a line dash pattern and a marker symbol of its own."""

from __future__ import annotations

from dataclasses import dataclass

# Okabe and Ito's palette, then Paul Tol's muted one: distinguishable with colour-blindness.
COLOURS = [
    "#000000", "#E69F00", "#56B4E9", "#009E73", "#D55E00", "#0072B2", "#CC79A7", "#999933",
    "#882255", "#44AA99", "#332288", "#AA4499", "#117733", "#88CCEE", "#661100", "#6699CC",
    "#888888",
]  # fmt: skip
DASHES = ["solid", "dash", "dot", "dashdot", "longdash", "longdashdot"]
# The same patterns in SVG, for the key drawn in the page.
DASH_ARRAYS = {"solid": "none", "dash": "6,3", "dot": "2,2", "dashdot": "6,2,2,2", "longdash": "10,3",
               "longdashdot": "10,3,2,3"}  # fmt: skip
SYMBOLS = [
    "circle", "square", "diamond", "triangle-up", "triangle-down", "cross", "x", "star", "hexagon",
    "pentagon", "triangle-left", "triangle-right", "hourglass", "bowtie", "circle-open", "square-open",
    "diamond-open", "star-open", "hexagram", "asterisk-open",
]  # fmt: skip


@dataclass(frozen=True)
class Style:
    colour: str
    dash: str
    symbol: str

    def fill(self, opacity: float = 0.15) -> str:
        red, green, blue = (int(self.colour[i : i + 2], 16) for i in (1, 3, 5))
        return f"rgba({red},{green},{blue},{opacity})"


def scenario_styles(names: list[str]) -> dict[str, Style]:
    """The first scenario (the baseline) black and solid with circles; each other its own
    combination of colour, dash and symbol."""
    return {
        name: Style(COLOURS[i % len(COLOURS)], DASHES[i % len(DASHES)], SYMBOLS[i % len(SYMBOLS)])
        for i, name in enumerate(names)
    }
