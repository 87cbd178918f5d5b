#pragma once
// What access beyond the first contact costs and saves (docs/model.md, "Access
// beyond the first contact"): the platform of each remote session, interpreter
// hours, the premium on out-of-hours sessions and paid transport, each on the
// budget line of the service it supports; and the travel hours remote sessions save.
#include <cstdint>
#include <vector>

#include "results/results.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

// Adds the week's activity costs of the levers to `cost` (reported weeks x cost line), from the tables of
// sessions by delivery, which hold the shares in force when each course ended (a timeline or rule may move them).
void add_session_access_cost(const Scenario& scenario, const Results& results, WeeklyMatrix& cost);
// The remote share of sessions, travel hours saved by region, interpreter hours.
std::vector<SummaryFigure> summarise_session_access(std::int64_t population_size, const Results& results);

}  // namespace mhsim
