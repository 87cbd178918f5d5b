#include "population/population.hpp"

#include <algorithm>
#include <cmath>

#include "event/draw_purpose.hpp"
#include "population/youth_age.hpp"

namespace mhsim {
namespace {

std::uint8_t draw_flag(double probability, KeyedStream& stream) {
  return stream.uniform_open() < probability ? 1 : 0;
}

AgeBand age_band_at(double age_years) {
  for (std::size_t band = kAgeBandLabels.size() - 1; band > 0; --band) {
    if (age_years >= kAgeBandLowerYears[band]) return static_cast<AgeBand>(band);
  }
  return AgeBand::age_10_14;
}

}  // namespace

Population::Population(const Population& other) {
  reserve(other.records.capacity());
  records.assign(other.records.begin(), other.records.end());
  treatment_end_day.assign(other.treatment_end_day.begin(), other.treatment_end_day.end());
  next_day.assign(other.next_day.begin(), other.next_day.end());
  trust = other.trust;
  alive_by_marginalised_group = other.alive_by_marginalised_group;
  coercion_loaded = other.coercion_loaded;
}

void Population::reserve(std::size_t capacity) {
  records.reserve(capacity);
  treatment_end_day.reserve(capacity);
  next_day.reserve(capacity);
}

PersonId Population::add_person(const PopulationSettings& demographics, const KeyedRandom& random, double day,
                                double age_years) {
  const auto id = static_cast<PersonId>(size());
  KeyedStream stream = random.stream(id, 0, purpose_of(DrawPurpose::attributes));

  const AgeBand band = age_band_at(age_years);
  PersonAttributes a{};
  a.sex = draw_flag(1.0 - demographics.female_share, stream);  // 0 female, 1 male
  a.region = draw_category(demographics.region_share, stream);
  a.income = draw_category(demographics.income_share, stream);
  a.coverage = draw_category(demographics.coverage_share, stream);
  a.housing = draw_category(demographics.housing_share, stream);
  a.employment = draw_category(demographics.employment_share, stream);
  // Children are outside the labour force until 16 (the draw is kept so the draws after it stay in place).
  if (age_years < kLabourForceAgeYears) a.employment = static_cast<std::uint8_t>(Employment::not_in_labour_force);
  a.interpreter_needed = draw_flag(demographics.interpreter_needed_share, stream);
  a.marginalised_group = draw_flag(demographics.marginalised_group_share, stream);
  a.ncd = draw_flag(demographics.ncd_share_by_age_band[index_of(band)], stream);
  // The perinatal phase moves over time (perinatal/perinatal_phase.hpp draws it at creation).
  // Its own stream, so the draws above stay as they were before it existed.
  const double offline = std::min(1.0, demographics.offline_share_by_age_band[index_of(band)] *
                                           demographics.offline_rate_ratio_by_income[a.income]);
  KeyedStream digital = random.stream(id, 0, purpose_of(DrawPurpose::digital_access));
  a.offline = draw_flag(offline, digital);
  KeyedStream hiv = random.stream(id, 0, purpose_of(DrawPurpose::hiv_status));
  a.hiv = draw_flag(demographics.hiv_share_by_age_band[index_of(band)], hiv);
  a.youth_age = static_cast<std::uint8_t>(youth_age_at(age_years));

  PersonState s{};
  s.alive = 1;
  s.age_band = static_cast<std::uint8_t>(band);
  s.cmd = static_cast<std::uint8_t>(CmdState::none);
  s.smi = static_cast<std::uint8_t>(SmiState::none);
  s.care_place = static_cast<std::uint8_t>(CarePlace::none);
  s.episode_first_service = kNoService;
  records.push_back({a, s, 0, 0.0F, day - age_years * kDaysPerYear, 0.0, 0.0F, 0.0F, FollowUp{}});
  treatment_end_day.push_back(kNever);
  alive_by_marginalised_group[a.marginalised_group] += 1;
  std::array<float, kProcessCount> never;
  never.fill(std::numeric_limits<float>::infinity());
  next_day.push_back(never);
  return id;
}

}  // namespace mhsim
