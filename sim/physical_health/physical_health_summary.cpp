#include "physical_health/physical_health_summary.hpp"

#include "care/care_settings.hpp"

namespace mhsim {

std::vector<SummaryFigure> summarise_physical_health(const Results& r) {
  FigureList figures;
  const double ill_years = stock_person_years(r, "physical_illness_people");
  const double comorbid_years = stock_person_years(r, "comorbid_people");
  figures.add("physical_illness_share", ratio(ill_years, stock_person_years(r, "population")), "share",
              "people with a chronic physical illness (NCD) or HIV, of people alive (person-time from end-of-week "
              "counts)");
  figures.add("cmd_share_among_physical_illness", ratio(comorbid_years, ill_years), "share",
              "people with NCD or HIV who have a common mental disorder (person-time from end-of-week counts)");
  figures.add("comorbid_in_treatment_share", ratio(stock_person_years(r, "comorbid_in_treatment"), comorbid_years), "share",
              "people with NCD or HIV and a common mental disorder who are in treatment for it");
  figures.add("clinic_treated_share", ratio(stock_person_years(r, "clinic_treated_people"), ill_years), "share",
              "people with NCD or HIV whose depression is treated in their clinic or has remitted after it, of "
              "people with NCD or HIV: the state in which their excess mortality is lowered");
  figures.add("clinic_screens_per_1000_per_year", per_1000_person_years(r, flow_total(r, "clinic_screens")),
              "per 1,000 person-years", "depression screens at NCD and HIV clinic visits");
  const WeeklyTable& starts = r.table("clinic_treatment_starts");
  figures.add("clinic_therapy_starts_per_1000_per_year",
              per_1000_person_years(r, label_total(starts, index_of(ServiceId::low_intensity), kServiceCount)),
              "per 1,000 person-years", "brief therapy started in the clinic after a clinic screen");
  figures.add("clinic_treatment_starts_per_1000_per_year",
              per_1000_person_years(r, flow_total(r, "clinic_treatment_starts")), "per 1,000 person-years",
              "treatment started at any step after a clinic screen");
  figures.add("physical_illness_deaths_per_1000_per_year",
              ratio(flow_total(r, "physical_illness_deaths") * 1e3, ill_years), "per 1,000 person-years",
              "deaths from all causes of people with NCD or HIV, per 1,000 person-years lived with NCD or HIV");
  figures.add("comorbid_deaths_per_1000_per_year", ratio(flow_total(r, "comorbid_deaths") * 1e3, comorbid_years),
              "per 1,000 person-years",
              "deaths from all causes of people with NCD or HIV and a common mental disorder, per 1,000 person-years "
              "lived with both");
  return figures.take();
}

}  // namespace mhsim
