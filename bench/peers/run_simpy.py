"""The reduced stepped-care model in SimPy: one process per person, a Resource per step.

A person's competing exponential hazards are timeouts raced against each other; the
remission clock runs from joining a step's list to the end of the course (memoryless, so one
draw serves the wait and the treatment), and a request raced against it is SimPy's reneging.
"""

from __future__ import annotations

import random
import time

import simpy
from outcome import Outcome
from reduced_model import Model


def run(model: Model, seed: int) -> Outcome:
    start_wall, start_cpu = time.perf_counter(), time.process_time()
    rng = random.Random(seed)
    env = simpy.Environment()
    servers = [simpy.Resource(env, capacity=model.servers(step)) for step in (1, 2)]
    courses_per_day = [1.0 / model.mean_course_days(step) for step in (1, 2)]
    outcome = Outcome("simpy", model.size, seed)
    counts = outcome.counts

    def count(kind: str) -> None:
        if env.now >= model.burn_in_days:
            counts[kind] += 1

    def treat(step: int):
        """Wait for and take a course at a step; True if the person is still ill at its end."""
        joined = env.now
        if joined >= model.burn_in_days:
            outcome.joined[step - 1] += 1
        remission = env.timeout(rng.expovariate(model.remission_per_day))
        with servers[step - 1].request() as request:
            fired = yield request | remission
            if request not in fired:  # remitted while waiting: off the list
                count("remissions")
                return False
            count("service_starts")
            if env.now >= model.burn_in_days:
                outcome.started[step - 1] += 1
                outcome.wait_days_sum[step - 1] += env.now - joined
            course = env.timeout(rng.expovariate(courses_per_day[step - 1]))
            fired = yield course | remission
            if course not in fired:  # remitted in treatment: discharged well
                count("remissions")
                return False
            count("course_ends")
            return True

    def person(ill: bool):
        while True:
            if not ill:
                yield env.timeout(rng.expovariate(model.onset_per_day))
                count("onsets")
            to_remission = rng.expovariate(model.remission_per_day)
            to_help = rng.expovariate(model.help_seeking_per_day)
            if to_remission < to_help:
                yield env.timeout(to_remission)
                count("remissions")
                ill = False
                continue
            yield env.timeout(to_help)
            count("help_seeking")
            ill = yield from treat(1)
            if ill and rng.random() < model.step_up_probability:
                ill = yield from treat(2)

    ill_at_start = model.initially_ill()
    for person_id in range(model.size):
        env.process(person(person_id < ill_at_start))
    env.run(until=model.end_days)
    # People still in a course at the end started it; their starts were counted when they began.
    outcome.wall_s = time.perf_counter() - start_wall
    outcome.cpu_s = time.process_time() - start_cpu
    return outcome
