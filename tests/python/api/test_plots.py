"""Charts (mhsim.plots) and the datasets behind them: every chart returns what it drew on,
speaks in plain words with units, reads without colour, and names an unknown table or
figure with "did you mean"; datasets keep their units, and means are one kind of object."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import matplotlib
import numpy as np
import pytest

import mhsim
from conftest import SCENARIOS, SMALL
from mhsim.headline import HEADLINES, headline_figures

matplotlib.use("Agg")
import matplotlib.pyplot as plt

TINY = {**SMALL, "population.size": 4000}
REFORMS = ["therapy_expansion", "crisis_health_first"]


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def replications(small_baseline):
    return mhsim.replicate(small_baseline, n=3, seed=2, progress=False)


@pytest.fixture(scope="module")
def comparison():
    baseline = mhsim.Scenario.load(SCENARIOS / "baseline.toml", overrides=TINY)
    reforms = {
        name: mhsim.Scenario.load(SCENARIOS / "reforms" / f"{name}.toml", overrides=TINY) for name in REFORMS
    }
    return mhsim.compare(baseline, reforms, n=3, seed=1, progress=False)


def _styles(ax) -> set[tuple[str, str]]:
    return {(line.get_linestyle(), line.get_marker()) for line in ax.get_lines()}


def test_results_plot_draws_one_line_per_label_in_plain_words(small_results):
    ax = small_results.plot("waiting", by="service")
    services = small_results.dimensions["service"]
    assert len(ax.get_lines()) == len(services)
    assert len(_styles(ax)) == len(services)  # told apart without colour
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [s.replace("_", " ") for s in services]
    title = ax.get_title()
    assert "waiting list" in title and "(people)" in title and "_" not in title
    assert ax.get_ylabel() == "people"
    assert "years" in ax.get_xlabel()
    weeks = small_results.to_xarray()["week"].to_numpy()
    np.testing.assert_allclose(ax.get_lines()[0].get_xdata(), weeks / 365.25)


def test_results_plot_sums_over_every_other_dimension(small_results):
    ax = small_results.plot("in_treatment")
    [line] = ax.get_lines()
    total = small_results.to_dataframe(["in_treatment"])["in_treatment"].to_numpy()
    np.testing.assert_allclose(line.get_ydata(), total)
    given = plt.subplots()[1]
    assert small_results.plot("in_treatment", by="region", ax=given) is given


def test_a_table_of_means_is_not_summed_over_its_breakdown(small_results):
    with pytest.raises(ValueError, match="by='service'"):
        small_results.plot("wait_mean_days")
    with pytest.raises(KeyError, match="no dimension 'region'"):
        small_results.plot("wait_mean_days", by="region")
    assert len(small_results.plot("wait_mean_days", by="service").get_lines()) == 6  # the steps and CAMHS


def test_unknown_tables_and_figures_say_did_you_mean(small_results, replications, comparison):
    with pytest.raises(mhsim.UnknownFigureError, match=r"no weekly table 'waitng'\. Did you mean 'waiting'"):
        small_results.plot("waitng")
    with pytest.raises(mhsim.UnknownFigureError, match="Did you mean 'in_treatment'"):
        replications.plot_weekly("in_treatmnt")
    with pytest.raises(mhsim.UnknownFigureError, match="Did you mean 'cmd_prevalence'"):
        comparison.plot(["cmd_prevalance"])


def test_replications_plot_weekly_draws_the_mean_and_its_band(replications):
    ax = replications.plot_weekly("waiting", by="service", level=0.9)
    services = replications.runs[0].dimensions["service"]
    assert len(ax.get_lines()) == len(ax.collections) == len(services)
    assert len(_styles(ax)) == len(services)
    assert "90% interval over 3 replications" in ax.get_title() and "(people)" in ax.get_title()
    table = replications.weekly_interval("waiting", by=["service"], level=0.9)
    high = table.xs("high_intensity", level="service")
    line = ax.get_lines()[services.index("high_intensity")]
    np.testing.assert_allclose(line.get_ydata(), high["mean"].to_numpy())
    [alone] = replications.plot_weekly("in_treatment").get_lines()
    assert alone.get_label().startswith("_")  # one series: no legend entry


def test_forest_plot_has_one_panel_per_headline_with_its_own_scale(comparison):
    axes = comparison.plot()
    figures = headline_figures()
    assert len(axes) == len(figures) == len(axes[0].figure.axes)
    for axis, headline in zip(axes, HEADLINES, strict=True):
        title = axis.get_title().replace("\n", " ")
        assert title.startswith(headline.label)
        assert "_" not in title and headline.figure not in title
        assert axis.get_ylim()[0] > axis.get_ylim()[1]  # the first reform at the top
    # The reforms in plain words.
    assert [t.get_text() for t in axes[0].get_yticklabels()] == ["therapy expansion", "crisis health first"]
    for axis in axes:  # each panel its own x scale
        assert axis.get_shared_x_axes().get_siblings(axis) == [axis]
    assert len({axis.get_xlim() for axis in axes}) > len(axes) // 2
    for axis in axes:  # the zero line is in every panel
        low, high = axis.get_xlim()
        assert low <= 0 <= high
    width, height = axes[0].figure.get_size_inches()
    assert width <= 16 and height <= 12


def test_forest_plot_values_are_the_paired_differences_in_the_panel_unit(comparison):
    figures = ["cmd_prevalence", "effective_coverage", "cost_total_discounted"]
    axes = comparison.plot(figures, level=0.8, unpaired=True)
    assert len(axes) == 3
    differences = comparison.differences(level=0.8)
    prevalence = axes[0]
    assert prevalence.get_title().replace("\n", " ") == (
        "Mean point prevalence of common mental disorder (share)"
    )
    # Each panel: the unpaired bars, then the paired estimate with its interval.
    points = prevalence.containers[-1].lines[0].get_xdata()
    expected = differences.xs("cmd_prevalence", level="figure").loc[REFORMS, "difference"]
    np.testing.assert_allclose(points, expected)
    coverage = axes[1].containers[-1].lines[0].get_xdata()
    expected = differences.xs("effective_coverage", level="figure").loc[REFORMS, "difference"] * 100
    np.testing.assert_allclose(coverage, expected)
    assert "%" in axes[1].get_xlabel() and "higher is better" in axes[1].get_xlabel()
    cost_unit = mhsim.figures().loc["cost_total_discounted", "unit"]
    assert cost_unit in axes[2].get_title().replace("\n", " ")
    assert "80% interval" in " ".join(t.get_text() for t in axes[0].figure.legends[0].get_texts())


def test_forest_plot_draws_into_given_axes(comparison):
    _, given = plt.subplots(1, 3)
    axes = comparison.plot(["cmd_prevalence", "crises_per_100k_per_year"], axes=given)
    assert list(axes) == list(given[:2])
    with pytest.raises(ValueError, match="need 2 axes"):
        comparison.plot(["cmd_prevalence", "crises_per_100k_per_year"], axes=given[:1])


def test_datasets_keep_units_and_descriptions(replications, comparison):
    dataset = replications.to_xarray()
    assert dataset["waiting"].attrs["units"] == "people"
    assert "waiting list" in dataset["waiting"].attrs["description"]
    assert dataset["summary"].attrs["description"].startswith("headline figures")
    assert dataset["unit"].sel(figure="cmd_prevalence") == "share"
    assert dataset.attrs["scenario_name"] == "baseline"
    weekly = comparison.to_xarray(weekly=True)
    assert weekly["waiting"].attrs["units"] == "people"
    assert weekly["summary"].dims == ("scenario", "replication", "figure")
    assert weekly["unit"].sel(figure="wait_mean_days_high_intensity") == "days"
    assert "scenario_name" not in weekly.attrs and "mhsim_version" in weekly.attrs
    assert list(comparison.to_xarray().data_vars) == ["summary"]


def test_means_of_replications_and_of_a_sweep_are_one_kind(replications, small_baseline):
    mean = replications.mean()
    assert list(mean.data_vars) == ["summary"] and mean["summary"].dims == ("figure",)
    np.testing.assert_allclose(mean["summary"].to_numpy(), replications.summary().mean().to_numpy())
    assert mean["unit"].sel(figure="cmd_prevalence") == "share"
    assert mean["summary"].attrs["description"].startswith("headline figures")
    with_weekly = replications.mean(weekly=True)
    assert with_weekly["waiting"].dims[0] == "week" and with_weekly["waiting"].attrs["units"] == "people"

    staff = "workforce.psychologist.fte_per_100k"
    design = mhsim.designs.Grid({staff: [8.0, 11.0]})
    with ThreadPoolExecutor(2) as threads:
        sweep = mhsim.sweep(small_baseline, design, n=2, seed=3, executor=threads, progress=False)
    swept = sweep.mean()
    assert list(swept.data_vars) == ["summary"] and swept["summary"].dims == ("point", "figure")
    assert list(swept[staff].values) == [8.0, 11.0]
    assert swept["unit"].sel(figure="cmd_prevalence") == "share"
    assert swept["summary"].attrs == mean["summary"].attrs
    table = sweep.to_dataframe(mean=True)
    assert list(table.index) == [0, 1] and table.loc[1, staff] == 11.0
    np.testing.assert_allclose(
        table["cmd_prevalence"].to_numpy(), swept["summary"].sel(figure="cmd_prevalence").to_numpy()
    )


def test_quantile_covers_the_summary_figures_unless_asked_for_weekly_tables(replications):
    fresh = mhsim.Replications(replications.scenario, replications.seeds, replications.runs)
    median = fresh.quantile(0.5)
    assert list(median.data_vars) == ["summary"] and median["summary"].dims == ("figure",)
    assert "_dataset" not in vars(fresh)  # the weekly tables were not stacked
    assert float(median["summary"].sel(figure="cmd_prevalence")) == pytest.approx(
        replications.summary()["cmd_prevalence"].median()
    )
    assert median["unit"].sel(figure="cmd_prevalence") == "share"
    weekly = fresh.quantile([0.1, 0.9], weekly=True)
    assert weekly["waiting"].dims[:2] == ("quantile", "week")
    assert weekly["waiting"].attrs["units"] == "people"
