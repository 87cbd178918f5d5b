#include "access/access_summary.hpp"

#include <array>
#include <string>

namespace mhsim {

// Help-seeking overall, then where cost-sharing bites: by coverage, and by income.
void add_help_seeking(FigureList& figures, const Results& r) {
  figures.add("help_seeking_contacts_per_1000_per_year",
              per_1000_person_years(r, flow_total(r, "help_seeking_contacts")), "per 1,000 person-years",
              "help-seeking contacts with primary care");
  figures.add("care_entries_per_1000_per_year", per_1000_person_years(r, flow_total(r, "care_entries")),
              "per 1,000 person-years", "people recognised and routed to a service");
  const WeeklyTable& contacts = r.table("help_seeking_contacts");
  const WeeklyTable& covered = r.table("people_by_coverage");
  for (std::size_t c = 0; c < kCoverageLabels.size(); ++c) {
    const double covered_years = label_columns(covered, c, kCoverageLabels.size()).sum() / kWeeksPerYear;
    figures.add(
        "help_seeking_contacts_per_1000_per_year_" + std::string(kCoverageLabels[c]),
        ratio(label_columns(contacts, c, kCoverageLabels.size()).sum() * 1000, covered_years), "per 1,000 person-years",
        "help-seeking contacts with primary care of people with this coverage (person-time from end-of-week counts)");
  }
  const std::array<double, 3> contacts_by_income = totals_by_income(contacts);
  const std::array<double, 3> weeks_by_income = totals_by_income(r.table("person_weeks_alive"));
  for (std::size_t i = 0; i < kIncomeLabels.size(); ++i) {
    figures.add("help_seeking_contacts_per_1000_per_year_" + std::string(kIncomeLabels[i]) + "_income",
                ratio(contacts_by_income[i] * 1000, weeks_by_income[i] / kWeeksPerYear), "per 1,000 person-years",
                "help-seeking contacts with primary care of people in this income tertile");
  }
}

}  // namespace mhsim
