"""Access beyond the first contact (scenarios/reforms/rural_telehealth.toml,
language_access.toml, sliding_scale.toml and scenarios/variants/urban_only_capacity.toml):
the gap each must narrow or widen, as paired differences on common random numbers
whose 95% interval excludes zero.

People treated in a group is first_treatment_starts per person-year of the group
(the strata tables: first_treatment_starts and person_weeks_alive summed by region or
income); a gap is the best-served group's rate less the other group's. One comparison
of the four scenarios serves every test (50,000 people, 2 reported years, n = 8: about
35 s on two cores).

Measured at seed 71 (per 1,000 person-years): rural_telehealth treats remote residents
at 154 against 137 (urban 171 either way), narrowing the urban-remote gap by 17 (13 to
22) and the urban-rural gap by 3.6 (1.7 to 5.4), and saves 4,400 travel hours of remote
residents and 12,400 of rural ones. sliding_scale narrows the gap between the high and
low income tertiles in people treated per person-year with a disorder by 39 (36 to 42)
on 128, and the low tertile pays 1.0 GBP a person-year in copays instead of 3.7.
urban_only_capacity treats urban residents at 205 against 172 and rural ones as
before: the urban-rural gap widens by 33 (32 to 35) and the population's rate rises by
27. language_access lowers the drop-out share of treatment starts from 0.424 to 0.410.
"""

from __future__ import annotations

import numpy as np
import pytest

import mhsim
from conftest import SCENARIOS, assert_lower, compare_reforms
from mhsim.intervals import mean_interval

ACCESS_SIZE = {"population.size": 50000, "simulation.horizon_years": 2.0, "simulation.burn_in_years": 1.0}
TABLES = [
    "first_treatment_starts",
    "person_weeks_alive",
    "person_weeks_cmd",
    "dropouts_treatment",
    "treatment_starts",
]


@pytest.fixture(scope="module")
def comparison():
    urban_only = mhsim.Scenario.load(SCENARIOS / "variants" / "urban_only_capacity.toml")
    return compare_reforms(
        ["rural_telehealth", "language_access", "sliding_scale"],
        n=8,
        seed=71,
        size=ACCESS_SIZE,
        more={"urban_only_capacity": urban_only},
        weekly=TABLES,
    )


def treated_per_person_year(
    comparison, name: str, by: str, time: str = "person_weeks_alive"
) -> list[dict[str, float]]:
    """For each replication: first treatment starts per person-year of ``time``, by the labels of ``by``."""
    rates = []
    for run in comparison.replications(name).runs:
        weekly = run.to_xarray()
        starts = weekly["first_treatment_starts"].sum(
            [d for d in weekly["first_treatment_starts"].dims if d != by]
        )
        years = weekly[time].sum([d for d in weekly[time].dims if d != by]) / 52.0
        rates.append(
            {
                str(label): float(starts.sel({by: label}) / years.sel({by: label}))
                for label in starts[by].values
            }
        )
    return rates


def gap_change(
    comparison, reform: str, by: str, best: str, other: str, time: str = "person_weeks_alive"
) -> tuple[float, float, float]:
    """The paired change in the gap (best - other) from the baseline to the reform: mean, lower, upper."""
    before = treated_per_person_year(comparison, "baseline", by, time)
    after = treated_per_person_year(comparison, reform, by, time)
    change = np.array(
        [(a[best] - a[other]) - (b[best] - b[other]) for a, b in zip(after, before, strict=True)]
    )
    return mean_interval(change, 0.95, "t")


def average_change(comparison, reform: str) -> tuple[float, float, float]:
    before = treated_per_person_year(comparison, "baseline", "region")
    after = treated_per_person_year(comparison, reform, "region")
    weights = np.array([0.80, 0.17, 0.03])  # population.region_share
    change = np.array(
        [
            np.dot(weights, [a[r] for r in ("urban", "rural", "remote")])
            - np.dot(weights, [b[r] for r in ("urban", "rural", "remote")])
            for a, b in zip(after, before, strict=True)
        ]
    )
    return mean_interval(change, 0.95, "t")


def test_rural_telehealth_narrows_the_remote_and_rural_gaps_in_people_treated(comparison):
    for region in ("remote", "rural"):
        difference, lower, upper = gap_change(comparison, "rural_telehealth", "region", "urban", region)
        assert upper < 0, (region, difference, lower, upper)


def test_rural_telehealth_saves_travel_hours_where_it_runs_and_costs_the_therapy_line(comparison):
    row = comparison.difference("rural_telehealth", "travel_hours_saved_remote")
    assert row["lower"] > 0, row
    urban = comparison.difference("rural_telehealth", "travel_hours_saved_urban")
    assert urban["reform_mean"] == 0, urban  # no tele sessions for urban residents
    assert comparison.difference("rural_telehealth", "cost_psychological_therapy")["lower"] > 0


def test_sliding_scale_narrows_the_income_gap_in_people_treated_and_the_poor_pay_less(comparison):
    """Treated per person-year with a disorder, because need differs by income (onset is half as high
    again in the low tertile): per person-year alive the low tertile is treated most, per person-year
    ill the least."""
    difference, lower, upper = gap_change(
        comparison, "sliding_scale", "income", "high", "low", "person_weeks_cmd"
    )
    assert upper < 0, (difference, lower, upper)
    assert_lower(comparison, "sliding_scale", "out_of_pocket_per_person_year_low_income")
    high = comparison.difference("sliding_scale", "out_of_pocket_per_person_year_high_income")
    assert high["lower"] > -0.05 * high["baseline_mean"], high  # the high tertile's copays are unchanged


def test_language_access_cuts_drop_out_and_pays_for_interpreters(comparison):
    """The drop-out of people who need an interpreter falls to 0.7 of what it was (1 - 0.9 x (1 - 1/1.5)),
    that of people in work to 0.93; the group tables come with issue 17's equity recording."""
    before = comparison.replications("baseline")
    after = comparison.replications("language_access")

    def dropout_share(runs):
        return np.array(
            [
                run.to_xarray()["dropouts_treatment"].sum().item()
                / run.to_xarray()["treatment_starts"].sum().item()
                for run in runs.runs
            ]
        )

    difference, lower, upper = mean_interval(dropout_share(after) - dropout_share(before), 0.95, "t")
    assert upper < 0, (difference, lower, upper)
    assert comparison.difference("language_access", "interpreter_hours_per_100k_per_week")["lower"] > 0


def test_urban_only_capacity_widens_the_rural_gap_while_raising_the_average(comparison):
    difference, lower, upper = gap_change(comparison, "urban_only_capacity", "region", "urban", "rural")
    assert lower > 0, (difference, lower, upper)
    difference, lower, upper = average_change(comparison, "urban_only_capacity")
    assert lower > 0, (difference, lower, upper)


@pytest.fixture(scope="module")
def equity(comparison):
    return comparison.equity()


def test_language_access_narrows_the_gaps_of_people_who_need_an_interpreter(equity):
    """Read from each run's summary by group (Comparison.equity): the drop-out gap of people who
    need an interpreter narrows, and so does their gap in effective coverage (treated and
    responded), the recovery the issue asks about."""
    for figure in ("dropout_share_treatment", "effective_coverage"):
        row = equity.gaps.loc[("language_access", figure, "language", "interpreter_needed")]
        assert row["best_group"] == "no_interpreter_needed", figure
        assert row["reading"] == "narrows", (figure, row.to_dict())


def test_the_equity_view_reads_the_regional_and_income_gaps_as_the_strata_tables_do(equity):
    treated = "first_treatment_starts_per_1000_per_year"
    assert equity.gaps.loc[("rural_telehealth", treated, "region", "remote"), "reading"] == "narrows"
    assert equity.gaps.loc[("urban_only_capacity", treated, "region", "rural"), "reading"] == "widens"
    # Treatment concentrates less among the better-off under a sliding scale.
    assert equity.concentration.loc["sliding_scale", "change_upper"] < 0
