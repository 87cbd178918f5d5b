// Which stock each person-time metric integrates (recording/metrics.hpp).
#include <stdexcept>

#include "recording/metrics.hpp"

namespace mhsim {

Metric stock_of_person_time(Metric person_time) {
  switch (person_time) {
    case Metric::person_weeks_alive: return Metric::population;
    case Metric::person_weeks_cmd: return Metric::cmd_prevalent;
    case Metric::person_weeks_smi: return Metric::smi_prevalent;
    case Metric::person_weeks_in_treatment: return Metric::in_treatment;
    case Metric::person_weeks_in_crisis_place: return Metric::in_crisis_place;
    case Metric::person_weeks_homeless_ill_cohort: return Metric::homeless_ill_cohort;
    case Metric::person_weeks_in_programme: return Metric::in_programme;
    case Metric::person_weeks_perinatal: return Metric::perinatal_women;
    case Metric::person_weeks_first_episode_cohort: return Metric::first_episode_cohort;
    default: throw std::logic_error("stock_of_person_time: not a person-time metric");
  }
}

}  // namespace mhsim
