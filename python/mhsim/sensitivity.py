"""Global sensitivity analysis with SALib: which levers move which outputs.

``sensitivity`` runs a sweep over a Sobol (Saltelli) or Morris design and
analyses the chosen outputs, averaged over the replications of each point,
with SALib. Sobol gives first-order (S1: the share of the output's variance
that one parameter explains alone) and total-order indices (ST: including
its interactions); Morris gives mu* (mean absolute elementary effect) and
sigma, cheaper and suited to screening many parameters.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .catalogue import check_figures
from .designs import Morris, Sobol
from .intervals import figures_may_be_undefined
from .plots import figure_title
from .scenario import Scenario
from .sweep import SweepResult, sweep


@dataclass
class SensitivityResult:
    method: str
    indices: (
        pd.DataFrame
    )  # index (output, parameter); Sobol: S1, S1_conf, ST, ST_conf; Morris: mu_star, mu_star_conf, sigma
    sweep: SweepResult

    def plot(self, ax=None):
        """Bars per parameter, one panel per output: S1 and ST (Sobol) or mu* (Morris)."""
        outputs = list(self.indices.index.unique("output"))
        if ax is None:
            import matplotlib.pyplot as plt  # loaded when a chart is drawn: the CLI starts faster

            _, axes = plt.subplots(1, len(outputs), figsize=(4.5 * len(outputs), 3.5), squeeze=False)
            axes = axes[0]
        else:
            axes = np.atleast_1d(ax)
        columns = ["S1", "ST"] if self.method == "sobol" else ["mu_star"]
        for axis, output in zip(axes, outputs, strict=False):  # a caller may give more axes
            table = self.indices.loc[output]
            errors = table[[f"{c}_conf" for c in columns]].to_numpy().T
            table[columns].plot.barh(ax=axis, xerr=errors, legend=axis is axes[0])
            axis.set_title(figure_title(output), fontsize=9)
            axis.set_ylabel("")
        return axes


def sensitivity(
    scenario: Scenario | str | os.PathLike,
    bounds: Mapping[str, tuple[float, float]],
    outputs: Sequence[str],
    method: str = "sobol",
    n: int = 64,
    replications: int = 1,
    seed: int = 1,
    executor: Executor | None = None,
    store: str | os.PathLike | None = None,
    progress: bool = True,
) -> SensitivityResult:
    """Sensitivity indices of ``outputs`` (summary figures) to the scenario keys in ``bounds``.

    ``n`` is the Sobol base sample (a power of 2; n * (d + 2) runs) or the number of
    Morris trajectories (n * (d + 1) runs).
    """
    if method == "sobol":
        design = Sobol(bounds, n=n, seed=seed)
    elif method == "morris":
        design = Morris(bounds, trajectories=n, seed=seed)
    else:
        raise ValueError(f"method must be 'sobol' or 'morris', got {method!r}")
    result = sweep(
        scenario, design, n=replications, seed=seed, executor=executor, store=store, progress=progress
    )
    if len(result.failures):
        raise RuntimeError(
            f"{len(result.failures)} points of the design failed; the indices need every point:\n"
            f"{result.failures.to_string()}"
        )
    figures = list(result.dataset["figure"].values)
    check_figures(list(outputs), figures)
    with figures_may_be_undefined():
        means = result.dataset["summary"].mean("replication")
    rows = []
    for output in outputs:
        y = means.sel(figure=output).to_numpy()
        if method == "sobol":
            from SALib.analyze import sobol as sobol_analyze

            analysed = sobol_analyze.analyze(design.problem, y, calc_second_order=False, seed=seed)
            keys = ["S1", "S1_conf", "ST", "ST_conf"]
        else:
            from SALib.analyze import morris as morris_analyze

            analysed = morris_analyze.analyze(design.problem, design.points().to_numpy(), y, seed=seed)
            keys = ["mu_star", "mu_star_conf", "sigma"]
        for i, parameter in enumerate(bounds):
            rows.append(
                {"output": output, "parameter": parameter, **{k: float(analysed[k][i]) for k in keys}}
            )
    return SensitivityResult(method, pd.DataFrame(rows).set_index(["output", "parameter"]), result)
