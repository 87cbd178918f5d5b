"""Results of one run: weekly tables, headline figures, journeys and provenance."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Sequence

import numpy as np
import pandas as pd
import xarray as xr

from . import _core, economics
from .catalogue import check_figures

DAYS_PER_WEEK = 7
WEEKS_PER_QUARTER = 13  # a review quarter (sim/recording/quarterly_waits.hpp)
WAIT_PERCENTILES = (50, 90, 95)
WAIT_COHORTS = ("started", "still_waiting")


class Results:
    """What one run produced. Arrays are views on the engine's memory, not copies."""

    def __init__(self, core: _core.Results):
        self._core = core

    @property
    def provenance(self) -> dict:
        """Scenario (resolved TOML), seed, mhsim version, git revision, creation time, platform."""
        return self._core.provenance

    @property
    def scenario_name(self) -> str:
        return self._core.provenance["scenario_name"]

    @property
    def seed(self) -> int:
        return self._core.provenance["seed"]

    @property
    def dimensions(self) -> dict[str, list[str]]:
        """The labels of each dimension of the weekly tables (region, service, budget_line, ...)."""
        return {name: list(labels) for name, labels in self._core.dimensions.items()}

    @property
    def metrics(self) -> list[str]:
        return list(self._core.table_names)

    def summary(self) -> pd.Series:
        """Headline figures over the reported horizon; units in ``.attrs["units"]``."""
        rows = self._core.summary
        series = pd.Series({name: value for name, value, _, _ in rows}, name=self.scenario_name, dtype=float)
        series.attrs["units"] = {name: unit for name, _, unit, _ in rows}
        series.attrs["descriptions"] = {name: description for name, _, _, description in rows}
        return series

    def summary_by_group(self) -> pd.DataFrame:
        """Headline figures for each group of people (docs/outputs.md, "The summary by group"),
        indexed by (figure, dimension, group), columns ``value`` and ``unit``; every rate is per
        person-year of that group. Dimensions in the order region, income, coverage,
        marginalised_group, language, housing, age_band, sex; units also in ``.attrs["units"]``."""
        rows = self._core.group_summary
        table = pd.DataFrame(
            [(figure, dimension, group, value, unit) for figure, dimension, group, value, unit, _ in rows],
            columns=["figure", "dimension", "group", "value", "unit"],
        ).set_index(["figure", "dimension", "group"])
        table.attrs["units"] = {figure: unit for figure, _, _, _, unit, _ in rows}
        table.attrs["descriptions"] = {figure: description for figure, *_, description in rows}
        return table

    def to_xarray(self) -> xr.Dataset:
        """Every weekly table as a variable with named dimensions (week, service, region, ...)."""
        coords = {
            "week": (
                "week",
                np.asarray(self._core.week_start_day),
                {"units": "days after the end of the burn-in"},
            )
        }
        coords.update({name: (name, labels) for name, labels in self._core.dimensions.items()})
        variables = {}
        for name in self._core.table_names:
            table = self._core.table(name)
            variables[name] = xr.Variable(
                ("week", *table["dimensions"]),
                table["values"],
                {"units": table["unit"], "description": table["description"]},
            )
        dataset = xr.Dataset(variables, coords=coords)
        dataset.attrs.update({key: str(value) for key, value in self.provenance.items()})
        return dataset

    def to_dataframe(self, metrics: Sequence[str] | None = None, by: Sequence[str] = ()) -> pd.DataFrame:
        """Weekly totals as a tidy table: one row per week (and per label of each ``by`` dimension),
        one column per metric, summed over every other dimension. Metrics that do not have a
        ``by`` dimension are left out."""
        dataset = self.to_xarray()
        names = list(metrics) if metrics is not None else self.metrics
        check_figures(names, list(dataset.data_vars), what="weekly table")
        columns = {}
        for name in names:
            variable = dataset[name]
            if not set(by) <= set(variable.dims):
                continue
            # Means and percentiles cannot be summed; they have no strata to sum over.
            columns[name] = weekly_totals(variable, ("week", *by))
        return xr.Dataset(columns).to_dataframe()

    def plot(self, metric: str, by: str | None = None, ax=None):
        """A weekly table over the reported horizon, summed over every dimension but ``by``,
        with one line per label of ``by`` (``"service"``, ``"region"``, ...); weeks on the x
        axis in years since the start of the horizon, the table's description and unit in the
        title and on the y axis. Returns the matplotlib axes (see mhsim.plots)."""
        from . import plots

        return plots.weekly(self, metric, by, ax)

    def budget_by_year(self) -> pd.DataFrame:
        """Each budget line's budget, spending and balance (unspent if positive, overspent if
        negative) per budget year, indexed by (year, budget_line); years count from 0
        (see mhsim.economics)."""
        return economics.budget_by_year(self._core)

    def timeline(self) -> pd.DataFrame:
        """The scenario's timeline (docs/model.md, "Policy over time"): one row per key a
        change set, with the reported week and day it took effect, the value, the regions it
        applied to ("all", or e.g. "urban") and the note; empty without a timeline. Read from
        the resolved scenario the run recorded."""
        entries = tomllib.loads(self.provenance["scenario_toml"]).get("timeline", [])
        rows = [
            {
                "week": e["week"],
                "day": e["week"] * DAYS_PER_WEEK,
                "key": key,
                "value": value,
                "regions": ", ".join(e.get("regions", [])) or "all",
                "note": e.get("note", ""),
            }
            for e in entries
            for key, value in e["set"].items()
        ]
        return pd.DataFrame(rows, columns=["week", "day", "key", "value", "regions", "note"])

    def wait_percentiles(self) -> pd.DataFrame:
        """Percentile waits per care step and quarter (13 reported weeks; the last may be
        partial), in weeks: of the people who started treatment in the quarter (``started``)
        and of those still waiting at its end (``still_waiting``, their wait so far). A tidy
        table with columns quarter, last_week, service, cohort, percentile and weeks (NaN
        where nobody started or waited). Read from the tables wait_p<percentile>_<cohort>_weeks,
        which hold each quarter's value in the week that closes it."""
        rows = []
        services = self._core.dimensions["service"]
        weeks = len(self._core.week_start_day)
        last_weeks = [
            min(first + WEEKS_PER_QUARTER, weeks) - 1 for first in range(0, weeks, WEEKS_PER_QUARTER)
        ]
        for cohort in WAIT_COHORTS:
            for percentile in WAIT_PERCENTILES:
                values = np.asarray(self._core.table(f"wait_p{percentile}_{cohort}_weeks")["values"])
                for quarter, last in enumerate(last_weeks):
                    for s, service in enumerate(services):
                        rows.append((quarter, last, service, cohort, percentile, values[last, s]))
        columns = ["quarter", "last_week", "service", "cohort", "percentile", "weeks"]
        return pd.DataFrame(rows, columns=columns)

    def rule_firings(self) -> pd.DataFrame:
        """What the scenario's learning-system rules changed (docs/model.md, "Learning-system
        rules"): one row per key a firing changed (a move of money changes two budget lines),
        with the reported week and day the change took effect from, the quarter reviewed, the
        rule's name, the value of its figure that met the condition, and the key's value before
        and after (a budget line per 100k per year); empty when no rule fired."""
        rows = [
            (week, week * DAYS_PER_WEEK, quarter, rule, value, key, before, after)
            for week, quarter, rule, value, key, before, after in self._core.rule_firings
        ]
        columns = ["week", "day", "quarter", "rule", "value", "key", "before", "after"]
        return pd.DataFrame(rows, columns=columns)

    def journeys(self) -> pd.DataFrame:
        """The event log of the sampled people: day (since the end of burn-in), person, event, and
        the care step the event happened at (the step the person was waiting at or treated by; for a
        lost referral the step referred to; NaN at none). A file written before mhsim 0.7.0 recorded
        no steps: its step column is all NaN and ``attrs["steps_recorded"]`` is False."""
        log = self._core.journeys
        events = pd.Categorical.from_codes(np.asarray(log["event"]), categories=log["event_labels"])
        day = np.asarray(log["day"])
        steps_recorded = len(log["step_labels"]) > 0
        if steps_recorded:
            codes = np.asarray(log["step"]).astype(np.int16)
            codes[codes >= len(log["step_labels"])] = -1  # at no step
            labels = log["step_labels"]
        else:
            codes = np.full(len(day), -1, dtype=np.int16)
            labels = list(self._core.dimensions.get("service", []))
        steps = pd.Categorical.from_codes(codes, categories=labels)
        frame = pd.DataFrame(
            {"day": day, "person": np.asarray(log["person"]), "event": events, "step": steps}
        )
        frame.attrs["steps_recorded"] = steps_recorded
        return frame

    def save(self, path: str | os.PathLike) -> None:
        """Write to HDF5 (atomically: a failed write leaves no file)."""
        self._core.write(os.fspath(path))

    def __repr__(self) -> str:
        weeks = len(self._core.week_start_day)
        return f"Results(scenario={self.scenario_name!r}, seed={self.seed}, weeks={weeks})"


def weekly_totals(variable: xr.DataArray, keep: Sequence[str]) -> xr.DataArray:
    """A weekly table summed over every dimension not in ``keep`` (NaN stays NaN), in float64:
    exact for the counts stored as uint16 or uint32, and safe to subtract (unsigned differences wrap)."""
    return variable.sum([d for d in variable.dims if d not in keep], skipna=False, dtype=np.float64)


def load_results(path: str | os.PathLike) -> Results:
    """Read a results file written by ``Results.save``, ``mhsim run --out`` or ``mhsim-engine``."""
    return Results(_core.read_results(os.fspath(path)))
