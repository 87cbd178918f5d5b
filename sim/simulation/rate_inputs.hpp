#pragma once
// What a change of plan can change in people's rates (simulation/process_rates.hpp),
// so the change looks only at the people whose rates may differ: most changes
// (staffing, beds, teams, budgets) change no one's rates but through the staff's
// treatment effects, which reach only people in treatment.
#include <array>
#include <string_view>

#include "scenario/scenario.hpp"
#include "workforce/staff_deployment.hpp"

namespace mhsim {

// The policy sections whose keys the rates read. tests/cpp/test_rate_inputs.cpp
// changes every other policy key and checks that no one's rates change.
inline constexpr std::array<std::string_view, 32> kRatePolicySections{"demand",
                                                                      "access",
                                                                      "trust",
                                                                      "workforce",  // peer workers in post raise trust
                                                                      "cost_sharing",
                                                                      "campaigns",
                                                                      "telehealth",
                                                                      "interpreters",
                                                                      "out_of_hours",
                                                                      "transport_support",
                                                                      "primary_care",
                                                                      "screening",
                                                                      "stepped_care",
                                                                      "collaborative_care",
                                                                      "services",
                                                                      "medicines",
                                                                      "crisis",
                                                                      "follow_up",
                                                                      "release",  // the risk window after a release
                                                                      "housing",
                                                                      "employment",
                                                                      "housing_first",
                                                                      "peer_support",
                                                                      "employment_support",
                                                                      "assertive_community_treatment",
                                                                      "perinatal_care",
                                                                      "community_mental_health_team",
                                                                      "early_intervention_psychosis",
                                                                      "relapse_prevention",

                                                                      "physical_health",  // clinic screens
                                                                      // youth/ (issue 18): teachers, acceptability
                                                                      "school_support",
                                                                      "youth_pathway"};

struct RateChange {
  bool anyone = false;          // a key the rates read differs: anyone's rates may differ
  bool people_treated = false;  // the staff's treatment effects differ: the rates of people in treatment may
};

RateChange rate_change(const Scenario& before, const StaffDeployment& staff_before, const Scenario& after,
                       const StaffDeployment& staff_after);

}  // namespace mhsim
