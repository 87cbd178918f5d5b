#pragma once
// Justice after an arrest at a crisis (docs/model.md, "Justice after arrest"):
// liaison and diversion with a mental health court, care in jail, and the
// release - its link to community care and the risk window after it.
namespace mhsim {

// Liaison and diversion practitioners screen arrested people; a court may divert those with a disorder.
struct LiaisonDiversionSettings {
  double practitioners_fte_per_100k = 0;  // screening capacity: FTE x screenings_per_fte_year
  double screenings_per_fte_year = 0;
  double diversion_share = 0;     // of people screened with a disorder: diverted to community care by the court
  double diverted_held_days = 0;  // most days a diverted person is held (until the first hearing)
  double supervision_days = 0;    // a mental health court's supervision after a diversion
  double arrest_share_ratio_supervised = 0;  // on the police's arrest share for people under supervision
};

// Treatment in jail for people held with a disorder.
struct JailCareSettings {
  double treated_share = 0;              // of people held with a disorder (not diverted)
  double release_excess_risk_ratio = 0;  // on the excess risks of the window after release, for people treated
};

// Release from jail: a link to community care, release planning, and the risk window after it.
struct ReleaseSettings {
  double linkage_probability = 0;          // without release planning
  double planning_share = 0;               // of releases, with release planning (critical time intervention)
  double planned_linkage_probability = 0;  // with it
  double risk_window_days = 0;             // 0: no window; otherwise crisis, suicide and death hazards are raised
  double mortality_rate_ratio = 0;         // on all-cause mortality in the window
  double suicide_rate_ratio = 0;
  double crisis_rate_ratio = 0;
};

}  // namespace mhsim
