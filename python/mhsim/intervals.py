"""Confidence intervals for a mean over replications.

Two methods, both over the replication axis:

- ``"t"`` (default): mean +/- t(level, n-1) * sd / sqrt(n). With few
  replications the t quantile widens the interval honestly (n = 5 gives
  2.78 standard errors at 95%, not 1.96). Assumes the replication means are
  roughly normal, which holds for totals and averages over many people.
- ``"bootstrap"``: scipy's BCa bootstrap of the mean (9,999 resamples, a
  fixed random state). No normality assumption, but unreliable below about
  10 replications.

For paired differences (the same seeds in two scenarios) apply either to the
per-replication differences.
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Iterator

import numpy as np
import pandas as pd
from scipy.special import stdtrit  # the t quantile, without loading scipy.stats (a second at import)

METHODS = ("t", "bootstrap")
BOOTSTRAP_RESAMPLES = 9_999


@contextlib.contextmanager
def figures_may_be_undefined() -> Iterator[None]:
    """A figure no run could compute (a mean wait where nobody started) is NaN in every
    replication; its mean or quantile is then NaN too, which numpy would warn about."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", r"Mean of empty slice|All-NaN slice encountered", RuntimeWarning)
        yield


def nan_mean(values: np.ndarray) -> float:
    """The mean of the values that are not NaN (NaN if none is)."""
    with figures_may_be_undefined():
        return float(np.nanmean(np.asarray(values, dtype=float)))


def defined(*samples: np.ndarray) -> np.ndarray:
    """The replications where every one of ``samples`` (paired by replication) is defined (not NaN):
    an interval is taken over these, and its ``n`` counts them."""
    mask = np.ones(len(samples[0]), dtype=bool)
    for sample in samples:
        mask &= ~np.isnan(np.asarray(sample, dtype=float))
    return mask


def _check(level: float, method: str) -> None:
    if not 0 < level < 1:
        raise ValueError(f"level must be in (0, 1), got {level}")
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, got {method!r}")


def t_half_width(values: np.ndarray, level: float = 0.95, axis: int = 0) -> np.ndarray:
    """Half the width of the t interval of the mean along ``axis`` (NaN below 2 values)."""
    values = np.asarray(values, dtype=float)
    n = values.shape[axis]
    if n < 2:
        return np.full(np.delete(values.shape, axis), np.nan)
    sd = np.std(values, axis=axis, ddof=1)
    return stdtrit(n - 1, 0.5 + level / 2) * sd / np.sqrt(n)


def mean_interval(values: np.ndarray, level: float = 0.95, method: str = "t") -> tuple[float, float, float]:
    """(mean, lower, upper) of one sample of replication values, over those defined (not NaN)."""
    _check(level, method)
    values = np.asarray(values, dtype=float)
    values = values[~np.isnan(values)]
    if len(values) == 0:
        return (np.nan, np.nan, np.nan)
    mean = float(values.mean())
    if len(values) < 2 or np.all(values == values[0]):
        # No spread: the interval is the point (or unknown with one value).
        return (mean, mean, mean) if len(values) >= 2 else (mean, np.nan, np.nan)
    if method == "t":
        half = float(t_half_width(values, level))
        return (mean, mean - half, mean + half)
    from scipy import stats

    result = stats.bootstrap(
        (values,),
        np.mean,
        confidence_level=level,
        n_resamples=BOOTSTRAP_RESAMPLES,
        method="BCa",
        random_state=np.random.default_rng(0),
    )
    return (mean, float(result.confidence_interval.low), float(result.confidence_interval.high))


def interval_table(samples: pd.DataFrame, level: float = 0.95, method: str = "t") -> pd.DataFrame:
    """One row per column of ``samples`` (replications in rows): mean, lower, upper, n."""
    rows = {}
    for column in samples.columns:
        mean, lower, upper = mean_interval(samples[column].to_numpy(), level, method)
        rows[column] = {"mean": mean, "lower": lower, "upper": upper, "n": int(samples[column].notna().sum())}
    return pd.DataFrame.from_dict(rows, orient="index")


def welch_half_width(a: np.ndarray, b: np.ndarray, level: float = 0.95) -> float:
    """Half width of the Welch interval for mean(b) - mean(a) from independent samples."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)
    se = np.sqrt(va + vb)
    if se == 0:
        return 0.0
    dof = (va + vb) ** 2 / (va**2 / (len(a) - 1) + vb**2 / (len(b) - 1))
    return float(stdtrit(dof, 0.5 + level / 2) * se)
