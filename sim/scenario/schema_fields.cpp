// The table of every scenario key, assembled from each component's rows in
// the order of Scenario's members: the resolved TOML and docs/parameters.md
// follow it. Only the scenario's own rows - its identity, the run and the
// journey sample - are written here.
#include "scenario/schema_fields.hpp"

#include "access/access_schema.hpp"
#include "care/care_schema.hpp"
#include "community/community_schema.hpp"
#include "crisis/crisis_schema.hpp"
#include "economics/economics_schema.hpp"
#include "illness/illness_schema.hpp"
#include "justice/justice_schema.hpp"
#include "perinatal/perinatal_schema.hpp"
#include "physical_health/physical_health_schema.hpp"
#include "population/population_schema.hpp"
#include "prevention/prevention_schema.hpp"
#include "scenario/field_builders.hpp"
#include "severe_illness/severe_illness_schema.hpp"
#include "workforce/workforce_schema.hpp"
#include "youth/youth_schema.hpp"

namespace mhsim {
namespace {

constexpr ValueRange kSchemaVersion{.min = kScenarioSchemaVersion, .max = kScenarioSchemaVersion};
constexpr ValueRange kHorizonYears{.min = 0.02, .max = 100};  // at least one whole week is reported
constexpr ValueRange kBurnInYears{.min = 0, .max = 100};

// The run's length shaped the burn-in; name and description are labels, which a fork may always change
// (scenario/policy_change.cpp), so they are not policy.
void add_run_fields(std::vector<FieldSpec>& fields) {
  append_fields(fields, AtFork::fixed,
                {
                    MHSIM_TOP_FIELD(schema_version, kSchemaVersion),
                    MHSIM_TOP_FIELD(name),
                    MHSIM_TOP_FIELD(description),
                    MHSIM_FIELD(simulation, horizon_years, kHorizonYears),
                    MHSIM_FIELD(simulation, burn_in_years, kBurnInYears),
                });
}

// Who is sampled for journeys was fixed when each person was created.
void add_recording_fields(std::vector<FieldSpec>& fields) {
  append_fields(fields, AtFork::fixed, {MHSIM_FIELD(recording, journey_sample_share, kShare)});
}

}  // namespace

std::vector<FieldSpec> build_scenario_fields() {
  std::vector<FieldSpec> fields;
  add_run_fields(fields);
  add_population_fields(fields);
  add_illness_fields(fields);
  add_access_fields(fields);
  add_session_access_fields(fields);
  add_care_fields(fields);
  add_workforce_fields(fields);
  add_medicines_fields(fields);
  add_crisis_fields(fields);
  add_justice_fields(fields);
  add_community_fields(fields);
  add_perinatal_fields(fields);
  add_severe_illness_fields(fields);
  add_physical_health_fields(fields);
  add_prevention_fields(fields);
  add_youth_fields(fields);  // issue 18
  add_economics_fields(fields);
  add_payment_fields(fields);
  add_recording_fields(fields);
  return fields;
}

}  // namespace mhsim
