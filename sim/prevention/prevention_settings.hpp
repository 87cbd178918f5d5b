#pragma once
// Programmes that lower the onset of common mental disorder (docs/model.md,
// "Prevention"): workplace mental health and employee assistance, school
// social-emotional learning, and parenting support. Each reaches a share of
// its target group at each programme round (the start of each reported year),
// lowers onset by a rate ratio just after, and the effect decays with a half-life.
namespace mhsim {

struct PreventionSettings {
  // Workplace mental health and employee assistance, for people in work.
  double workplace_reach_per_year = 0;  // share of people in work newly reached at each yearly round
  double workplace_onset_rate_ratio = 1;
  double workplace_half_life_years = 1;
  double workplace_cost_per_person_reached = 0;
  // School social-emotional learning, for people under the school-leaving age.
  double school_leaving_age_years = 18;
  double school_reach_per_year = 0;
  double school_onset_rate_ratio = 1;
  double school_half_life_years = 1;
  double school_cost_per_person_reached = 0;
  // Parenting support, for women in the postnatal year (the model has no households or children).
  double parenting_reach_per_year = 0;
  double parenting_onset_rate_ratio = 1;
  double parenting_half_life_years = 1;
  double parenting_cost_per_person_reached = 0;
};

}  // namespace mhsim
