#include "perinatal/perinatal_phase.hpp"

#include "event/draw_purpose.hpp"

namespace mhsim {

double perinatal_years_per_birth(const PerinatalSettings& perinatal) {
  return (perinatal.pregnancy_weeks + perinatal.postnatal_weeks) / kWeeksPerYear;
}

double births_per_woman_year(const PerinatalSettings& perinatal, const Population& people, PersonId id) {
  if (people.attributes(id).sex != index_of(Sex::female)) return 0.0;
  return perinatal.births_per_1000_women_by_age_band[people.state(id).age_band] / 1000.0;
}

double conception_rate_per_year(const PerinatalSettings& perinatal, const Population& people, PersonId id) {
  const double fertility = births_per_woman_year(perinatal, people, id);
  if (!(fertility > 0)) return 0.0;
  // The schema keeps f x T below 1 (perinatal/perinatal_schema.cpp): nobody is perinatal all the time.
  return fertility / (1.0 - fertility * perinatal_years_per_birth(perinatal));
}

double postnatal_start_day(const PerinatalSettings& perinatal, const Population& people, PersonId id) {
  const double end_day = people.next_day[id][static_cast<std::size_t>(Process::perinatal_transition)];
  return end_day - perinatal.postnatal_weeks * kDaysPerWeek;
}

void draw_initial_perinatal_phase(const PerinatalSettings& perinatal, const KeyedRandom& random, Population& people,
                                  PersonId id, double now) {
  const double fertility = births_per_woman_year(perinatal, people, id);
  if (!(fertility > 0)) return;
  KeyedStream stream = random.stream(id, 0, purpose_of(DrawPurpose::perinatal_phase));
  const double pregnant_years = perinatal.pregnancy_weeks / kWeeksPerYear;
  const double postnatal_years = perinatal.postnatal_weeks / kWeeksPerYear;
  const double pick = stream.uniform_open();
  const double elapsed_share = stream.uniform_open();
  PersonAttributes& a = people.attributes(id);
  double phase_years = 0;
  if (pick < fertility * pregnant_years) {
    a.perinatal_phase = static_cast<std::uint8_t>(PerinatalPhase::pregnant);
    phase_years = pregnant_years;
  } else if (pick < fertility * (pregnant_years + postnatal_years)) {
    a.perinatal_phase = static_cast<std::uint8_t>(PerinatalPhase::postnatal);
    phase_years = postnatal_years;
  } else {
    return;
  }
  people.next_day[id][static_cast<std::size_t>(Process::perinatal_transition)] =
      static_cast<float>(now + (1.0 - elapsed_share) * phase_years * kDaysPerYear);
}

}  // namespace mhsim
