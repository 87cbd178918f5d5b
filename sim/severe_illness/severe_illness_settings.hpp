#pragma once
// Care for people with severe mental illness between and before crises
// (docs/model.md, "Severe illness in the community"): community mental health
// teams, early intervention in psychosis and relapse prevention.
namespace mhsim {

// A community mental health team's care coordinators hold a caseload of people with
// severe mental illness whom services meet (crisis discharge, care entry, leaving EIP).
// A team with a full caseload takes no one on: the person is referred again at their next contact.
struct CommunityMentalHealthTeamSettings {
  double staff_fte_per_100k = 0;
  double caseload_per_fte = 0;
  double mean_weeks = 0;  // a spell on the caseload
  double contacts_per_week = 0;
  double relapse_rate_ratio = 0;  // on severe mental illness relapse, for people not in ACT or EIP
  double crisis_rate_ratio = 0;
};

// Early intervention in psychosis: first episodes referred at onset to a
// time-limited programme with a care coordinator (and IPS within it).
struct EarlyInterventionPsychosisSettings {
  double coordinator_fte_per_100k = 0;
  double caseload_per_coordinator = 0;
  double mean_weeks = 0;
  double referral_share = 0;  // of first episodes, referred at onset
  double contacts_per_week = 0;
  double relapse_rate_ratio = 0;
  double crisis_rate_ratio = 0;
  double job_finding_rate_ratio = 0;  // IPS within EIP; a person in employment support has IPS's ratio instead
};

// Relapse prevention and medication adherence support (family intervention,
// adherence work) for a share of the people with severe mental illness.
struct RelapsePreventionSettings {
  double reach_share = 0;
  double relapse_rate_ratio = 0;
};

}  // namespace mhsim
