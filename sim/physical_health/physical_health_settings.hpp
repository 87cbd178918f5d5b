#pragma once
// Care beside physical health (docs/model.md, "Care beside physical health"):
// the clinics that see people for a chronic physical illness (NCD) or HIV as an
// entry point (screening and brief therapy there), and the adherence that
// treated depression brings back. Who has HIV, and what it adds to onset and
// mortality, sit beside NCD in [population], [mortality] and [common_mental_disorder].
namespace mhsim {

struct PhysicalHealthSettings {
  // Clinic visits for the physical illness, per person a year (someone with both attends both clinics).
  double ncd_clinic_visits_per_year = 0;
  double hiv_clinic_visits_per_year = 0;
  // Of each clinic's visits, with a depression screen (the levers).
  double ncd_clinic_screening_coverage = 0;
  double hiv_clinic_screening_coverage = 0;
  // Of people screening positive in a clinic, not severely ill, offered brief therapy there (the low-intensity
  // step, delivered in the clinic); the rest are triaged as after any other screen.
  double clinic_therapy_share = 0;
  double clinic_screen_cost = 0;  // per screen, in the currency of [costs]
};

}  // namespace mhsim
