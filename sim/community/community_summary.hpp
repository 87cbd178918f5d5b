#pragma once
// Headline figures of housing, work, Housing First and the community
// programmes over a run's reported horizon, with the crises and admissions of
// the homeless, severely ill cohort a Housing First reform is for.
// docs/outputs.md lists them.
#include <array>
#include <cstdint>
#include <vector>

#include "community/programme.hpp"
#include "core/server_pool.hpp"
#include "results/results.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

std::vector<SummaryFigure> summarise_community(const std::array<ServerPool, kProgrammeCount>& programme_places,
                                               std::int64_t population_size, const Results& results);

// Peer contacts per week and stratum: person-weeks in peer support times its contacts a week.
WeeklyTable peer_contacts_table(const Scenario& scenario, const Results& results);

}  // namespace mhsim
