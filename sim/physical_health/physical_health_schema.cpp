#include "physical_health/physical_health_schema.hpp"

#include "scenario/field_builders.hpp"

namespace mhsim {

void add_physical_health_fields(std::vector<FieldSpec>& fields) {
  append_fields(fields, AtFork::may_change,
                {
                    MHSIM_FIELD(physical_health, ncd_clinic_visits_per_year, kRate),
                    MHSIM_FIELD(physical_health, hiv_clinic_visits_per_year, kRate),
                    MHSIM_FIELD(physical_health, ncd_clinic_screening_coverage, kShare),
                    MHSIM_FIELD(physical_health, hiv_clinic_screening_coverage, kShare),
                    MHSIM_FIELD(physical_health, clinic_therapy_share, kShare),
                    MHSIM_FIELD(physical_health, clinic_screen_cost, kRate),
                });
}

}  // namespace mhsim
