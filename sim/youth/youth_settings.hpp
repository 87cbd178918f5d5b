#pragma once
// School and the youth pathway (docs/model.md, "School and the youth pathway"): school counsellors giving
// brief therapy in school without a clinic's waiting list, teachers trained to notice and refer pupils, and
// the confidential youth pathway that lowers the barriers young people aged 12-24 meet in seeking help.
// Ages are in years (population/youth_age.hpp): school age is under 18.
namespace mhsim {

struct SchoolSupportSettings {
  // School counsellors (or Mental Health Support Team practitioners), employed for the schools, not by a
  // care step: FTE per 100,000 people, pupils in brief therapy at once per FTE, and what an FTE costs a year.
  double counsellor_fte_per_100k = 0;
  double counsellor_caseload = 0;
  double counsellor_cost_per_fte_year = 0;
  // Teachers trained to notice and refer (Youth Mental Health First Aid): the share trained, the referrals a
  // year of each pupil with a disorder where every teacher is trained, and the rate ratio on pupils'
  // own help-seeking there.
  double trained_teacher_share = 0;
  double teacher_identification_rate_per_year = 0;
  double teacher_help_seeking_rate_ratio = 1;
  double teacher_training_cost_per_100k_per_year = 0;  // to keep every teacher trained, scaled by the share
};

struct YouthPathwaySettings {
  // Acceptability of help for people aged 12-24, on the help-seeking rate: confidentiality and stigma
  // (Gulliver et al. 2010). One-stop youth services (headspace, Jigsaw) close a share of the gap.
  double acceptability_factor = 1;
  double one_stop_gap_closed_share = 0;
  double one_stop_cost_per_100k_per_year = 0;
};

}  // namespace mhsim
