#pragma once
// A scenario as plain data: every number the engine reads, in the units its
// name says. Loaded and validated by scenario/loader.hpp; the TOML key of each
// field is its path here (section.field, labelled arrays as sub-tables keyed
// by the labels in core/attributes.hpp). Defaults live in
// scenarios/baseline.toml, not here: a resolved scenario sets every field.
#include <array>
#include <string>

#include "access/access_settings.hpp"
#include "access/session_access_settings.hpp"
#include "care/care_settings.hpp"
#include "care/payment_settings.hpp"
#include "community/community_settings.hpp"
#include "crisis/crisis_settings.hpp"
#include "economics/budget_settings.hpp"
#include "economics/cost_settings.hpp"
#include "economics/economics_settings.hpp"
#include "illness/illness_settings.hpp"
#include "justice/justice_settings.hpp"
#include "perinatal/perinatal_settings.hpp"
#include "physical_health/physical_health_settings.hpp"
#include "prevention/prevention_settings.hpp"
#include "population/population_settings.hpp"
#include "severe_illness/severe_illness_settings.hpp"
#include "workforce/workforce_settings.hpp"
#include "youth/youth_settings.hpp"

namespace mhsim {

inline constexpr int kScenarioSchemaVersion = 1;

struct SimulationSettings {
  double horizon_years = 0;  // reported period, after the burn-in
  double burn_in_years = 0;  // simulated, not reported
};

struct RecordingSettings {
  double journey_sample_share = 0;  // share of people whose every event is logged
};

struct Scenario {
  int schema_version = kScenarioSchemaVersion;
  std::string name;
  std::string description;
  SimulationSettings simulation;
  PopulationSettings population;
  MortalitySettings mortality;
  CommonMentalDisorderSettings common_mental_disorder;
  SevereMentalIllnessSettings severe_mental_illness;
  DemandSettings demand;
  AccessSettings access;
  CostSharingSettings cost_sharing;
  CampaignSettings campaigns;
  TelehealthSettings telehealth;
  InterpreterSettings interpreters;
  OutOfHoursSettings out_of_hours;
  TransportSupportSettings transport_support;
  TrustSettings trust;
  PrimaryCareSettings primary_care;
  ScreeningSettings screening;
  SteppedCareSettings stepped_care;
  FrontDoorSettings front_door;
  CollaborativeCareSettings collaborative_care;
  std::array<ServiceSettings, kServiceCount> services{};
  CamhsSettings camhs;  // young people (issue 18)
  std::array<CadreSettings, kCadreCount> workforce{};
  WorkforceDynamicsSettings workforce_dynamics;
  MedicinesSettings medicines;
  CrisisSettings crisis;
  CrisisLineSettings crisis_line;
  MobileTeamSettings mobile_team;
  PoliceSettings police;
  StabilisationSettings stabilisation;
  ShortTermBedSettings short_term_beds;
  EmergencyDepartmentSettings emergency_department;
  InpatientSettings inpatient;
  FollowUpSettings follow_up;
  LiaisonDiversionSettings liaison_diversion;  // justice/ (issue 18)
  JailCareSettings jail_care;
  ReleaseSettings release;
  HousingSettings housing;
  EmploymentSettings employment;
  HousingFirstSettings housing_first;
  PeerSupportSettings peer_support;
  EmploymentSupportSettings employment_support;
  AssertiveCommunityTreatmentSettings assertive_community_treatment;
  PerinatalSettings perinatal;
  PerinatalCareSettings perinatal_care;
  // severe_illness/ (issue 18)
  CommunityMentalHealthTeamSettings community_mental_health_team;
  EarlyInterventionPsychosisSettings early_intervention_psychosis;
  RelapsePreventionSettings relapse_prevention;
  PhysicalHealthSettings physical_health;
  PreventionSettings prevention;  // prevention/ (issue 18)
  // youth/ (issue 18)
  SchoolSupportSettings school_support;
  YouthPathwaySettings youth_pathway;
  EconomicsSettings economics;
  CostSettings costs;
  BudgetSettings budget;
  PaymentSettings payment;
  RecordingSettings recording;
};

}  // namespace mhsim
