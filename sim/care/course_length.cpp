// A course's length: the planned one, or exponential with the same mean where a step is reduced to an
// M/M/c queue (docs/model.md, "Course length and list order"). Only an exponential course draws, so a
// scenario with fixed courses keeps every other draw as it was.
#include <boost/random/exponential_distribution.hpp>

#include "care/care.hpp"

namespace mhsim {

double course_days(Step& step, PersonId id, const ServiceSettings& practised) {
  const double mean_days = practised.treatment_weeks * kDaysPerWeek;
  if (practised.course_length == CourseLength::fixed) return mean_days;
  KeyedStream stream = step.stream(id, purpose_of(DrawPurpose::course_length));
  return boost::random::exponential_distribution<double>(1.0 / mean_days)(stream);
}

}  // namespace mhsim
