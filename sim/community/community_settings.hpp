#pragma once
// Housing and employment as they move over time, and the community services
// that change them (docs/model.md, "Housing and work" and "Community services").
namespace mhsim {

// Moves between stable housing, unstable housing and homelessness. Illness
// (severe mental illness, or a severe common disorder) raises the moves down.
struct HousingSettings {
  double loss_rate_per_year = 0;           // stable -> unstable
  double homelessness_rate_per_year = 0;   // unstable -> homeless
  double rehousing_rate_per_year = 0;      // homeless -> unstable, by the person's own means
  double stabilisation_rate_per_year = 0;  // unstable -> stable
  double rate_ratio_ill = 0;               // on the two moves down
};

// Moves in and out of work among people in the labour force.
struct EmploymentSettings {
  double job_loss_rate_per_year = 0;
  double job_finding_rate_per_year = 0;
  double job_loss_rate_ratio_ill = 0;
  double job_finding_rate_ratio_ill = 0;
  double smi_relapse_rate_ratio_unemployed = 0;  // work protects against relapse
};

// Supported housing with no preconditions (Housing First): units of capacity,
// offered to homeless people with severe illness when services meet them.
struct HousingFirstSettings {
  double units_per_100k = 0;
  double tenancy_exit_rate_per_year = 0;    // a tenant leaves (back to unstable housing)
  double treatment_dropout_rate_ratio = 0;  // tenants engage more
  double help_seeking_rate_ratio = 0;
};

// Peer support: peer workers' clinical time not given to a step holds a
// caseload of people with severe illness whom services meet.
struct PeerSupportSettings {
  double caseload_per_peer_fte = 0;
  double mean_weeks = 0;  // a spell of support
  double contacts_per_week = 0;
  double treatment_dropout_rate_ratio = 0;  // people in treatment with a peer stay in it
  double relapse_rate_ratio = 0;            // on severe mental illness relapse and common disorder recurrence
};

// Individual placement and support (IPS): employment specialists help
// unemployed people with severe mental illness into competitive work.
struct EmploymentSupportSettings {
  double specialist_fte_per_100k = 0;
  double caseload_per_fte = 0;
  double mean_weeks = 0;
  double job_finding_rate_ratio = 0;  // on the job-finding rate of participants out of work
};

// Assertive community treatment: a team with a small shared caseload for
// people with severe mental illness and repeated crises.
struct AssertiveCommunityTreatmentSettings {
  double team_fte_per_100k = 0;
  double caseload_per_fte = 0;
  double mean_weeks = 0;
  double crisis_rate_ratio = 0;
  double smi_relapse_rate_ratio = 0;
};

}  // namespace mhsim
