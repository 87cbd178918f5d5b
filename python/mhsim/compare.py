"""A baseline against reforms with common random numbers.

Every scenario runs with the same seeds, and a person's draws are keyed by
(seed, person, purpose), so replication i of a reform differs from
replication i of the baseline only through the reform. Differences are
therefore taken per replication (paired), which removes most of the
run-to-run noise: the paired interval is much narrower than the interval
for two independent sets of runs (``unpaired_lower`` / ``unpaired_upper``,
Welch), which is reported alongside for that reason.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd
import xarray as xr

from . import _core
from .catalogue import UnknownFigureError, check_figures, suggestion, tables_to_keep
from .economics import (
    cost_effectiveness_table,
    cost_per_case_prevented_table,
    return_on_investment_table,
)
from .equity import CONCENTRATION_FIGURE, Equity, equity_view
from .headline import DEFAULT_WILLINGNESS_TO_PAY_PER_DALY, headline_table
from .interaction import interaction_table
from .intervals import defined, mean_interval, nan_mean, welch_half_width
from .replicate import Replications
from .results import Results
from .scenario import Scenario, as_scenario
from .seeds import replication_seeds
from .threads import run_in_threads

BASELINE = "baseline"

# Paired differences follow the same people over the same years: a reform keeps these.
SHARED_SETTINGS = ("population.size", "simulation.horizon_years", "simulation.burn_in_years")


class Comparison:
    """Replications of a baseline and of each reform, on the same seeds."""

    def __init__(self, baseline: Replications, reforms: Mapping[str, Replications]):
        self.baseline = baseline
        self.reforms = dict(reforms)

    @property
    def scenario_names(self) -> list[str]:
        return [BASELINE, *self.reforms]

    def __repr__(self) -> str:
        baseline = self.baseline.scenario.name
        return f"Comparison(baseline={baseline!r}, reforms={list(self.reforms)}, n={len(self.baseline)})"

    def replications(self, name: str) -> Replications:
        if name == BASELINE:
            return self.baseline
        if name not in self.reforms:
            raise UnknownFigureError(
                f"no scenario {name!r} in this comparison.{suggestion(name, self.scenario_names)} "
                f"Its scenarios: {', '.join(self.scenario_names)}"
            )
        return self.reforms[name]

    def rule_firings(self) -> pd.DataFrame:
        """Every scenario's rule firings (``Replications.rule_firings()``), with the scenario first."""
        frames = [
            self.replications(name).rule_firings().assign(scenario=name) for name in self.scenario_names
        ]
        frame = pd.concat(frames, ignore_index=True)
        return frame[["scenario", *frame.columns[:-1]]]

    def to_xarray(self, weekly: bool = False) -> xr.Dataset:
        """``summary`` with dims (scenario, replication, figure), its units in the ``unit``
        coordinate; with ``weekly=True`` every weekly table too, with a leading ``scenario``
        dimension, each keeping its ``units`` and ``description`` attributes."""
        datasets = [self.replications(name).to_xarray(weekly) for name in self.scenario_names]
        combined = xr.concat(
            # Each scenario's own attributes (its name and TOML) go; its variables' stay.
            [d.drop_attrs(deep=False) for d in datasets],
            dim="scenario",
            data_vars="all",
            coords="minimal",
            compat="override",
            join="override",
        )
        combined.attrs = {
            key: value for key, value in datasets[0].attrs.items() if not key.startswith("scenario_")
        }
        return combined.assign_coords(scenario=self.scenario_names)

    def differences(self, level: float = 0.95, method: str = "t") -> pd.DataFrame:
        """One row per reform and headline figure: the baseline and reform means, the
        mean paired difference (reform - baseline) with its interval, and the unpaired
        (Welch) interval of the same runs for contrast. A figure undefined in some runs (NaN)
        is compared over the replications where both scenarios define it; ``n`` counts them
        (0: undefined, and the difference is NaN)."""
        base = self.baseline.summary()
        rows = []
        for name, reform_runs in self.reforms.items():
            reform = reform_runs.summary()
            for figure in base.columns:
                a, b = base[figure].to_numpy(), reform[figure].to_numpy()
                # A figure may be undefined in some runs (a mean wait where nobody started):
                # pairs with both defined are used, and n says how many there were.
                paired = defined(a, b)
                difference, lower, upper = mean_interval(b[paired] - a[paired], level, method)
                unpaired_half = welch_half_width(a[paired], b[paired], level) if paired.sum() > 1 else np.nan
                rows.append(
                    {
                        "reform": name,
                        "figure": figure,
                        "unit": base.attrs["units"][figure],
                        "baseline_mean": nan_mean(a),
                        "reform_mean": nan_mean(b),
                        "difference": difference,
                        "lower": lower,
                        "upper": upper,
                        "unpaired_lower": difference - unpaired_half,
                        "unpaired_upper": difference + unpaired_half,
                        "n": int(paired.sum()),
                    }
                )
        return pd.DataFrame(rows).set_index(["reform", "figure"])

    def difference(self, reform: str, figure: str, level: float = 0.95, method: str = "t") -> pd.Series:
        """One row of ``differences()``: how ``reform`` changes ``figure``, with its interval."""
        if reform not in self.reforms:
            raise UnknownFigureError(
                f"no reform {reform!r} in this comparison.{suggestion(reform, self.reforms)} "
                f"Its reforms: {', '.join(self.reforms)}"
            )
        check_figures([figure], list(self.baseline.summary().columns))
        return self.differences(level, method).loc[(reform, figure)]

    def cost_effectiveness(
        self,
        willingness_to_pay_per_daly: float,
        cost: str = "cost_total_discounted",
        effect: str = "dalys_discounted",
        level: float = 0.95,
        method: str = "t",
    ) -> pd.DataFrame:
        """Per reform: incremental cost, DALYs averted, ICER and net monetary benefit at
        ``willingness_to_pay_per_daly``, with paired intervals (see mhsim.economics)."""
        reforms = {name: runs.summary() for name, runs in self.reforms.items()}
        return cost_effectiveness_table(
            self.baseline.summary(), reforms, willingness_to_pay_per_daly, cost, effect, level, method
        )

    def return_on_investment(self, level: float = 0.95) -> pd.DataFrame:
        """Per reform: extra cost, health-system savings and productivity gained, with paired
        intervals, and the return on investment, (savings + productivity) / extra cost, with
        a bootstrap interval (see mhsim.economics.return_on_investment_table)."""
        reforms = {name: runs.summary() for name, runs in self.reforms.items()}
        budget_lines = list(self.baseline.runs[0].dimensions["budget_line"])
        return return_on_investment_table(self.baseline.summary(), reforms, budget_lines, level)

    def cost_per_case_prevented(
        self, cost: str = "prevention_cost_total", cases: str = "cmd_onsets_total", level: float = 0.95
    ) -> pd.DataFrame:
        """Per reform: extra prevention cost, onsets of a common mental disorder prevented and
        the cost per case prevented, paired by seed (see
        mhsim.economics.cost_per_case_prevented_table)."""
        reforms = {name: runs.summary() for name, runs in self.reforms.items()}
        return cost_per_case_prevented_table(self.baseline.summary(), reforms, cost, cases, level)

    def recovery(
        self, step: str = "high_intensity", tolerance: float = 0.1, level: float = 0.95
    ) -> pd.DataFrame:
        """Per reform with a timeline (a shock, a freeze): the backlog it leaves against the
        baseline and whether and when ``step``'s wait comes back within ``tolerance`` of the
        baseline's (see mhsim.recovery). Needs the weekly tables mhsim.recovery.RECOVERY_TABLES."""
        from .recovery import recovery_table

        return recovery_table(self, step, tolerance, level)

    def equity(
        self,
        weights: Mapping[str, Mapping[str, float]] | None = None,
        concentration_of: str = CONCENTRATION_FIGURE,
        level: float = 0.95,
    ) -> Equity:
        """Who each reform leaves behind (see mhsim.equity): every group's figures and gap to the
        best-served group (``.groups``), each reform's paired change in every gap with a reading,
        narrows or widens (``.gaps``), the concentration index of ``concentration_of`` by income
        (``.concentration``) and DALYs weighted by group with ``weights``, e.g.
        ``{"income": {"low": 1.5}}`` (``.weighted_dalys``)."""
        return equity_view(self, weights, concentration_of, level)

    def headline(
        self, willingness_to_pay_per_daly: float = DEFAULT_WILLINGNESS_TO_PAY_PER_DALY, level: float = 0.95
    ) -> pd.DataFrame:
        """The headline figures of every scenario, and each reform's paired difference from
        the baseline, with intervals (see mhsim.headline; ``format_headline_table`` gives
        the rounded text the CLI prints)."""
        return headline_table(self, willingness_to_pay_per_daly, level)

    def interaction(
        self, package: str, parts: Sequence[str] | None = None, level: float = 0.95
    ) -> pd.DataFrame:
        """A package of reforms against the sum of its parts, for each headline figure: the
        package's paired effect against the baseline, the sum of the parts' paired effects
        and the interaction (package - sum of parts), each computed per replication with its
        paired interval, and a reading in plain words (see mhsim.interaction). ``parts`` are
        reforms of this comparison, every reform but the package by default;
        ``format_interaction_table`` gives the rounded text the CLI prints."""
        return interaction_table(self, package, parts, level)

    def plot(
        self, figures: Sequence[str] | None = None, level: float = 0.95, axes=None, unpaired: bool = False
    ):
        """A forest plot of each reform's paired difference from the baseline with its
        ``level`` interval: one small panel per summary figure, each with its own x scale,
        titled in plain words with its unit (the headline figures by default,
        mhsim.headline). ``unpaired=True`` draws the unpaired interval of the same runs
        behind each. Returns the array of axes, one per figure (see mhsim.plots)."""
        from . import plots

        return plots.forest(self, figures, level, axes, unpaired)

    def report(
        self,
        path: str | os.PathLike,
        willingness_to_pay_per_daly: float = DEFAULT_WILLINGNESS_TO_PAY_PER_DALY,
        level: float = 0.95,
        title: str | None = None,
        package: str | None = None,
        parts: Sequence[str] | None = None,
    ) -> Path:
        """Write this comparison as one self-contained HTML file a ministry can open offline:
        the scenarios' changes, the headline table, run charts, cost-effectiveness, budgets
        and staff, equity, journeys, assumptions and provenance (see mhsim.report). With a
        ``package``, the headline section also compares it with the sum of its ``parts``
        (``interaction``)."""
        from .report import write_report  # plotly and jinja2 load only when a report is written

        return write_report(
            self,
            path,
            willingness_to_pay_per_daly=willingness_to_pay_per_daly,
            level=level,
            title=title,
            package=package,
            parts=parts,
        )


def check_comparable(baseline: Scenario, reforms: Mapping[str, Scenario]) -> None:
    """Raises ValueError naming the reform, the baseline, the key and both values if a
    reform's population size, horizon or burn-in differs from the baseline's."""
    expected = {key: baseline.value(key) for key in SHARED_SETTINGS}
    for name, reform in reforms.items():
        for key, base_value in expected.items():
            value = reform.value(key)
            if value != base_value:
                raise ValueError(
                    f"the reform {name!r} has {key} = {value} and the baseline {baseline.name!r} has "
                    f"{key} = {base_value}; a paired comparison follows the same people over the same "
                    f"years, so {', '.join(SHARED_SETTINGS)} must be the same in every scenario"
                )


def _forks_from_one_burn_in(
    scenarios: list[Scenario], seed: int, keep: list[str] | None
) -> list[_core.Results]:
    """One burn-in under the first scenario (the baseline), continued under each scenario."""
    burn_in = _core.run_burn_in(scenarios[0]._loaded, seed)
    return [_core.run_from(burn_in, scenario._loaded, keep_tables=keep) for scenario in scenarios]


def compare(
    baseline: Scenario | str | os.PathLike,
    reforms: Mapping[str, Scenario | str | os.PathLike],
    n: int = 10,
    seed: int = 1,
    threads: int | None = None,
    progress: bool = True,
    shared_burn_in: bool = False,
    weekly: bool | Sequence[str] = True,
) -> Comparison:
    """Run the baseline and every reform ``n`` times on the same seeds (common random
    numbers) and return their paired comparison.

    By default every scenario runs whole, its burn-in included: the comparison is of
    systems that have run under each policy for a while. With ``shared_burn_in=True``
    each seed's burn-in runs once under the baseline and every scenario continues
    from it (``mhsim.burn_in``): the reform starts at the beginning of the reported
    horizon, so the horizon shows its transition, and the burn-in is simulated once
    instead of once per scenario. Reforms must then differ from the baseline in
    policy only: access, the care pathway, the workforce, the crisis system, community
    services, cost-sharing and the economic accounting (the sections are listed in
    docs/model.md, "Checkpoint and fork").

    Every reform has the baseline's population size, horizon and burn-in
    (``SHARED_SETTINGS``); a reform that differs raises ValueError before anything runs.

    Each run keeps every weekly table (about 100 MB a run over 10 years, whatever the
    population size). ``weekly=False`` keeps none (the summary figures are all there is),
    and a list of table names keeps those: ``mhsim.report.REPORT_TABLES`` are the ones a
    report reads. The summary figures are computed from every table either way.
    """
    if not isinstance(reforms, Mapping):
        raise TypeError(
            "reforms is a mapping of a name to each reform, as {'parity': 'scenarios/reforms/parity.toml'}; "
            f"got {type(reforms).__name__}"
        )
    if not reforms:
        raise ValueError("compare needs at least one reform")
    if BASELINE in reforms:
        raise ValueError(f"{BASELINE!r} names the baseline; give the reform another name")
    scenarios = {BASELINE: as_scenario(baseline), **{name: as_scenario(s) for name, s in reforms.items()}}
    check_comparable(scenarios[BASELINE], {name: scenarios[name] for name in reforms})
    keep = tables_to_keep(weekly)
    listed = list(scenarios.values())
    seeds = replication_seeds(seed, n)
    if shared_burn_in:
        # One job per seed keeps one burn-in state per thread in memory, not one per seed.
        per_seed = run_in_threads(
            [partial(_forks_from_one_burn_in, listed, s, keep) for s in seeds],
            threads,
            progress,
            "compare (shared burn-in)",
        )
        runs_of = [[per_seed[k][i] for k in range(n)] for i in range(len(listed))]
    else:
        jobs = [
            partial(_core.run, scenario._loaded, s, keep_tables=keep) for scenario in listed for s in seeds
        ]
        runs = run_in_threads(jobs, threads, progress, "compare")
        runs_of = [runs[i * n : (i + 1) * n] for i in range(len(listed))]
    replications = {
        name: Replications(scenario, seeds, [Results(run) for run in runs_of[i]])
        for i, (name, scenario) in enumerate(scenarios.items())
    }
    return Comparison(replications.pop(BASELINE), replications)
