"""Who a reform leaves behind: each group's results, its gap to the best-served group, and
whether a reform narrows the gap (docs/model.md, "Equity"; docs/outputs.md, "Results by group").

Everything is read from each run's summary by group (``Results.summary_by_group()``), one
replication at a time, so a reform's change in a gap is a paired difference on common random
numbers, with its interval over the replications:

- a group's **gap** is its difference from (and ratio to) the best-served group of its
  dimension. The best-served group is the baseline's (mean over replications), held for
  every scenario, so a change in a gap compares the same two groups;
- **narrowing** is ``|baseline gap| - |reform gap|`` per replication: positive when the reform
  brings the group closer to the best-served one;
- the **concentration index** of a figure by income (grouped form, Kakwani, Wagstaff and van
  Doorslaer 1997; people treated per person-year ill by default, so that need, which is higher
  among the poor, is allowed for): twice the covariance of the figure with the income rank over its mean,
  from -1 (all among the poorest) to +1 (all among the richest); 0 is equal rates;
- **equity-weighted DALYs** weigh the DALYs of each group of one dimension by a weight the
  user sets (a DALY among the lowest income third counting 1.5 by default, an illustrative
  choice: set your own).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from .catalogue import UnknownFigureError, suggestion
from .intervals import mean_interval, nan_mean

if TYPE_CHECKING:
    from .compare import Comparison
    from .replicate import Replications

# Figures a group is better served with more of; every other figure of the summary by group
# is one a group is better served with less of.
HIGHER_IS_BETTER = frozenset(
    {
        "help_seeking_contacts_per_1000_ill_per_year",
        "first_treatment_starts_per_1000_per_year",
        "first_treatment_starts_per_1000_ill_per_year",
        "effective_coverage",
    }
)
# Counts and denominators that depend on a group's size: no gap is taken of them.
NOT_RATES = frozenset({"person_years", "dalys"})
CONCENTRATION_FIGURE = "first_treatment_starts_per_1000_ill_per_year"  # treatment against need
INCOME_ORDER = ("low", "middle", "high")  # poorest first: the rank of the concentration index
DEFAULT_DALY_WEIGHTS: dict[str, dict[str, float]] = {"income": {"low": 1.5, "middle": 1.0, "high": 1.0}}


def group_values(replications: Replications) -> tuple[pd.DataFrame, dict[str, str]]:
    """Each run's summary by group side by side: index (figure, dimension, group), one column
    per replication; and the unit of each figure."""
    frames = [run.summary_by_group() for run in replications.runs]
    values = pd.concat([frame["value"] for frame in frames], axis=1, keys=range(len(frames)))
    units = frames[0]["unit"].groupby(level="figure").first().to_dict()
    return values, units


def _interval(values: np.ndarray, level: float) -> tuple[float, float, float]:
    return mean_interval(np.asarray(values, dtype=float), level)


def _best_groups(baseline: pd.DataFrame) -> pd.Series:
    """For every (figure, dimension) with a gap: the baseline's best-served group."""
    means = baseline.mean(axis=1)
    best = {}
    for (figure, dimension), block in means.groupby(level=["figure", "dimension"], sort=False):
        if figure in NOT_RATES or block.isna().all():
            continue
        block = block.droplevel(["figure", "dimension"])
        best[(figure, dimension)] = block.idxmax() if figure in HIGHER_IS_BETTER else block.idxmin()
    return pd.Series(best, dtype=object)


def _gaps(values: pd.DataFrame, best: pd.Series) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Per replication: each group's difference from and ratio to the best-served group."""
    pairs = values.index.droplevel("group")
    rows = values[pairs.isin(best.index)]
    # Each row's best-served group, looked up in one step: a block per (figure, dimension) costs
    # pandas' bookkeeping once a block, which dominated the report's time.
    best_rows = [(figure, dimension, best[(figure, dimension)]) for figure, dimension, _ in rows.index]
    reference = values.loc[best_rows].set_axis(rows.index)
    # A ratio to a best-served group with none (no suicides in a small run) is not defined.
    return rows - reference, rows / reference.where(reference != 0)


def group_table(values: Mapping[str, pd.DataFrame], best: pd.Series, level: float) -> pd.DataFrame:
    """Each scenario's groups: mean value and gaps to the best-served group, with intervals."""
    rows = []
    for scenario, frame in values.items():
        # Rows as numpy arrays: a pandas lookup per row and figure cost most of the report's time.
        difference, ratio = (gaps.reindex(frame.index).to_numpy() for gaps in _gaps(frame, best))
        has_gap = frame.index.droplevel("group").isin(best.index)
        for position, (key, row) in enumerate(zip(frame.index, frame.to_numpy(), strict=True)):
            mean, lower, upper = _interval(row, level)
            entry = {"scenario": scenario, "figure": key[0], "dimension": key[1], "group": key[2]}
            entry.update({"mean": mean, "lower": lower, "upper": upper})
            entry["best_group"] = best.get((key[0], key[1]), None)
            for name, gaps in (("gap", difference), ("ratio", ratio)):
                interval = _interval(gaps[position], level) if has_gap[position] else (np.nan,) * 3
                entry.update(dict(zip((name, f"{name}_lower", f"{name}_upper"), interval, strict=True)))
            rows.append(entry)
    return pd.DataFrame(rows).set_index(["scenario", "figure", "dimension", "group"])


def _reading(lower: float, upper: float) -> str:
    if lower > 0:
        return "narrows"
    if upper < 0:
        return "widens"
    return "no clear change"


def gap_changes(
    values: Mapping[str, pd.DataFrame], baseline: str, best: pd.Series, level: float
) -> pd.DataFrame:
    """Per reform, figure and group (but the best-served one): the baseline's and the reform's
    gap, the paired change in the gap and the narrowing, with intervals and a reading."""
    base_difference = _gaps(values[baseline], best)[0].sort_index()
    rows = []
    for reform, frame in values.items():
        if reform == baseline:
            continue
        difference = _gaps(frame, best)[0].reindex(base_difference.index).to_numpy()
        base_rows = zip(base_difference.index, base_difference.to_numpy(), difference, strict=True)
        for key, before, after in base_rows:
            if key[2] == best[(key[0], key[1])]:
                continue
            change = _interval(after - before, level)
            narrowing = _interval(np.abs(before) - np.abs(after), level)
            rows.append(
                {
                    "reform": reform,
                    "figure": key[0],
                    "dimension": key[1],
                    "group": key[2],
                    "best_group": best[(key[0], key[1])],
                    "baseline_gap": nan_mean(before),
                    "reform_gap": nan_mean(after),
                    "gap_change": change[0],
                    "gap_change_lower": change[1],
                    "gap_change_upper": change[2],
                    "narrowing": narrowing[0],
                    "narrowing_lower": narrowing[1],
                    "narrowing_upper": narrowing[2],
                    "reading": _reading(narrowing[1], narrowing[2]),
                }
            )
    return pd.DataFrame(rows).set_index(["reform", "figure", "dimension", "group"])


def concentration_index(rates: Sequence[float], person_years: Sequence[float]) -> float:
    """The concentration index of a rate over groups ordered poorest first, each weighted by its
    person-years: 2/mean * sum(share * rate * fractional rank) - 1."""
    rates, shares = np.asarray(rates, dtype=float), np.asarray(person_years, dtype=float)
    shares = shares / shares.sum()
    mean = float((shares * rates).sum())
    rank = np.cumsum(shares) - shares / 2
    return float(2.0 / mean * (shares * rates * rank).sum() - 1.0) if mean != 0 else np.nan


def _income_rows(frame: pd.DataFrame, figure: str) -> tuple[np.ndarray, np.ndarray]:
    frame = frame.sort_index()
    rows = [(figure, "income", group) for group in INCOME_ORDER]
    return frame.loc[rows].to_numpy(dtype=float), frame.loc[
        [("person_years", "income", group) for group in INCOME_ORDER]
    ].to_numpy(dtype=float)


def concentration_table(
    values: Mapping[str, pd.DataFrame], baseline: str, figure: str, level: float
) -> pd.DataFrame:
    """Per scenario: the concentration index of ``figure`` by income, with its interval, and for
    a reform its paired change against the baseline."""
    per_run = {}
    for scenario, frame in values.items():
        rates, years = _income_rows(frame, figure)
        per_run[scenario] = np.array(
            [concentration_index(rates[:, r], years[:, r]) for r in range(rates.shape[1])]
        )
    rows = []
    for scenario, indices in per_run.items():
        mean, lower, upper = _interval(indices, level)
        change = _interval(indices - per_run[baseline], level) if scenario != baseline else (np.nan,) * 3
        rows.append(
            {
                "scenario": scenario,
                "figure": figure,
                "index": mean,
                "lower": lower,
                "upper": upper,
                "change": change[0],
                "change_lower": change[1],
                "change_upper": change[2],
            }
        )
    return pd.DataFrame(rows).set_index("scenario")


def check_weights(weights: Mapping[str, Mapping[str, float]], frame: pd.DataFrame) -> None:
    """Every dimension and group a weight names must be one of the results'."""
    groups = frame.index[frame.index.get_level_values("figure") == "dalys"].droplevel("figure")
    dimensions = list(dict.fromkeys(groups.get_level_values("dimension")))
    for dimension, by_group in weights.items():
        if dimension not in dimensions:
            raise UnknownFigureError(
                f"equity weights name no dimension {dimension!r}.{suggestion(dimension, dimensions)} "
                f"The dimensions: {', '.join(dimensions)}"
            )
        labels = list(groups[groups.get_level_values("dimension") == dimension].get_level_values("group"))
        for group, weight in by_group.items():
            if group not in labels:
                raise UnknownFigureError(
                    f"equity weights for {dimension} name no group {group!r}.{suggestion(group, labels)} "
                    f"Its groups: {', '.join(labels)}"
                )
            if not np.isfinite(weight) or weight < 0:
                raise ValueError(
                    f"equity weight for {dimension} {group} must be a number >= 0, got {weight!r}"
                )


def weighted_dalys(frame: pd.DataFrame, dimension: str, by_group: Mapping[str, float]) -> np.ndarray:
    """Per replication: the DALYs of each group of ``dimension`` times its weight (1 unless set), summed."""
    dalys = frame.sort_index().loc["dalys"].xs(dimension, level="dimension")
    weights = np.array([by_group.get(group, 1.0) for group in dalys.index])
    return (dalys.to_numpy(dtype=float) * weights[:, None]).sum(axis=0)


def weighted_daly_table(
    values: Mapping[str, pd.DataFrame],
    baseline: str,
    weights: Mapping[str, Mapping[str, float]],
    level: float,
) -> pd.DataFrame:
    """Per scenario and weighted dimension: equity-weighted DALYs with their interval, and for
    a reform the weighted DALYs it averts against the baseline (paired)."""
    rows = []
    for dimension, by_group in weights.items():
        base = weighted_dalys(values[baseline], dimension, by_group)
        for scenario, frame in values.items():
            weighted = weighted_dalys(frame, dimension, by_group)
            mean, lower, upper = _interval(weighted, level)
            averted = _interval(base - weighted, level) if scenario != baseline else (np.nan,) * 3
            rows.append(
                {
                    "scenario": scenario,
                    "dimension": dimension,
                    "weights": ", ".join(f"{g} {w:g}" for g, w in by_group.items()),
                    "weighted_dalys": mean,
                    "lower": lower,
                    "upper": upper,
                    "averted": averted[0],
                    "averted_lower": averted[1],
                    "averted_upper": averted[2],
                }
            )
    return pd.DataFrame(rows).set_index(["scenario", "dimension"])


@dataclass(frozen=True)
class Equity:
    """A comparison's equity view (``Comparison.equity()``); see the module's docstring."""

    groups: pd.DataFrame  # (scenario, figure, dimension, group): value and gap, with intervals
    gaps: pd.DataFrame  # (reform, figure, dimension, group): the change in each gap, paired
    concentration: pd.DataFrame  # (scenario): the concentration index by income, and its change
    weighted_dalys: pd.DataFrame  # (scenario, dimension): equity-weighted DALYs, and those averted
    units: Mapping[str, str]

    def __repr__(self) -> str:
        scenarios = list(dict.fromkeys(self.groups.index.get_level_values("scenario")))
        return f"Equity(scenarios={scenarios}, figures={len(self.units)}, gaps={len(self.gaps)})"


def equity_view(
    comparison: Comparison,
    weights: Mapping[str, Mapping[str, float]] | None = None,
    concentration_of: str = CONCENTRATION_FIGURE,
    level: float = 0.95,
) -> Equity:
    """The groups, gaps, concentration index and weighted DALYs of every scenario of ``comparison``."""
    values, units = {}, {}
    for name in comparison.scenario_names:
        values[name], units = group_values(comparison.replications(name))
    baseline = comparison.scenario_names[0]
    figures = list(units)
    if concentration_of not in figures:
        raise UnknownFigureError(
            f"no figure {concentration_of!r} in the summary by group.{suggestion(concentration_of, figures)} "
            f"Its figures: {', '.join(figures)}"
        )
    weights = DEFAULT_DALY_WEIGHTS if weights is None else weights
    check_weights(weights, values[baseline])
    best = _best_groups(values[baseline])
    return Equity(
        groups=group_table(values, best, level),
        gaps=gap_changes(values, baseline, best, level),
        concentration=concentration_table(values, baseline, concentration_of, level),
        weighted_dalys=weighted_daly_table(values, baseline, weights, level),
        units=units,
    )
