"""The reduced stepped-care model in Ciw: a closed network of four nodes.

1 well and 2 ill-outside-care are infinite-server delay nodes whose exponential service is the
time to the next change of state; 3 and 4 are the steps, c servers each. A course's end and a
remission in treatment are competing exponentials, so the service at a step is exponential at
their summed rate and where the person goes next is independent of its length: Ciw's routing
probabilities express it exactly. A remission while waiting is Ciw's reneging, to node 1.
Everyone enters at time 0 in one batch per node and never leaves.
"""

from __future__ import annotations

import time

import ciw
from outcome import Outcome
from reduced_model import Model

WELL, ILL, STEP1, STEP2 = 1, 2, 3, 4
BATCH_ARRIVAL_DAY = 1e-9


class OnceAtStart(ciw.dists.Distribution):
    """The one arrival of a node's batch, at the start, and none after it."""

    def __init__(self) -> None:
        self.arrived = False

    def sample(self, t=None, ind=None):
        if self.arrived:
            return float("inf")
        self.arrived = True
        return BATCH_ARRIVAL_DAY


class RenegeToWell(ciw.routing.Probabilistic):
    """A step's routing; people who remit while waiting go to the well node."""

    def next_node_for_jockeying(self, ind):
        return self.simulation.nodes[WELL]


def network(model: Model) -> ciw.Network:
    remission, help_seeking = model.remission_per_day, model.help_seeking_per_day
    leave_step = [model.leaving_per_day(step) for step in (1, 2)]
    # A place frees at a course's end (the person still ill) or at a remission, whichever is first.
    ill_at_end = [1.0 / model.mean_course_days(step) / leave_step[step - 1] for step in (1, 2)]
    up = model.step_up_probability
    routes = [
        ciw.routing.Probabilistic([ILL], [1.0]),
        ciw.routing.Probabilistic(
            [WELL, STEP1], [remission / (remission + help_seeking), help_seeking / (remission + help_seeking)]
        ),
        RenegeToWell(
            [WELL, STEP2, ILL], [1.0 - ill_at_end[0], ill_at_end[0] * up, ill_at_end[0] * (1.0 - up)]
        ),
        RenegeToWell([WELL, ILL], [1.0 - ill_at_end[1], ill_at_end[1]]),
    ]
    ill_at_start = model.initially_ill()
    return ciw.create_network(
        arrival_distributions=[OnceAtStart(), OnceAtStart(), None, None],
        batching_distributions=[
            ciw.dists.Deterministic(model.size - ill_at_start),
            ciw.dists.Deterministic(ill_at_start),
            ciw.dists.Deterministic(1),
            ciw.dists.Deterministic(1),
        ],
        service_distributions=[
            ciw.dists.Exponential(model.onset_per_day),
            ciw.dists.Exponential(remission + help_seeking),
            ciw.dists.Exponential(leave_step[0]),
            ciw.dists.Exponential(leave_step[1]),
        ],
        number_of_servers=[float("inf"), float("inf"), model.servers(1), model.servers(2)],
        routing=ciw.routing.NetworkRouting(routes),
        reneging_time_distributions=[
            None,
            None,
            ciw.dists.Exponential(remission),
            ciw.dists.Exponential(remission),
        ],
    )


def count(model: Model, simulation: ciw.Simulation, outcome: Outcome) -> None:
    counts = outcome.counts
    in_horizon = lambda day: model.burn_in_days <= day < model.end_days  # noqa: E731
    for record in simulation.get_all_records(only=["service", "renege"]):
        if record.node in (STEP1, STEP2):
            outcome.joined[record.node - STEP1] += in_horizon(record.arrival_date)
        if record.record_type == "renege":
            counts["remissions"] += in_horizon(record.exit_date)
            continue
        node, ended = record.node, record.service_end_date
        if node == WELL:
            counts["onsets"] += in_horizon(ended)
        elif node == ILL:
            counts["remissions" if record.destination == WELL else "help_seeking"] += in_horizon(ended)
        else:
            counts["remissions" if record.destination == WELL else "course_ends"] += in_horizon(ended)
            count_start(model, outcome, node, record.service_start_date, record.arrival_date)
    # People still waiting or in a course at the end arrived too, and those in a course started.
    for node in (STEP1, STEP2):
        for ind in simulation.nodes[node].all_individuals:
            outcome.joined[node - STEP1] += in_horizon(ind.arrival_date)
            if ind.service_start_date is not False:
                count_start(model, outcome, node, ind.service_start_date, ind.arrival_date)


def count_start(model: Model, outcome: Outcome, node: int, started: float, joined: float) -> None:
    if model.burn_in_days <= started < model.end_days:
        outcome.counts["service_starts"] += 1
        outcome.started[node - STEP1] += 1
        outcome.wait_days_sum[node - STEP1] += started - joined


def run(model: Model, seed: int) -> Outcome:
    start_wall, start_cpu = time.perf_counter(), time.process_time()
    ciw.seed(seed)
    simulation = ciw.Simulation(network(model))
    simulation.simulate_until_max_time(model.end_days)
    outcome = Outcome("ciw", model.size, seed)
    outcome.wall_s = time.perf_counter() - start_wall
    outcome.cpu_s = time.process_time() - start_cpu
    count(model, simulation, outcome)  # after the clock, as mhsim's tables are read after its run
    return outcome
