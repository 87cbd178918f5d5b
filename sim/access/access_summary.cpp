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
    const double covered_years = label_total(covered, c, kCoverageLabels.size()) / kWeeksPerYear;
    figures.add(
        "help_seeking_contacts_per_1000_per_year_" + std::string(kCoverageLabels[c]),
        ratio(label_total(contacts, c, kCoverageLabels.size()) * 1000, covered_years), "per 1,000 person-years",
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

std::vector<SummaryFigure> summarise_trust(const Results& r) {
  FigureList figures;
  figures.add("involuntary_admissions_per_100k_per_year",
              per_100k_person_years(r, flow_total(r, "involuntary_admissions")), "per 100,000 person-years",
              "inpatient admissions under compulsion");
  figures.add("coercive_contacts_per_100k_per_year", per_100k_person_years(r, flow_total(r, "coercive_contacts")),
              "per 100,000 person-years", "police attendances at a crisis, arrests and involuntary admissions");
  const WeeklyMatrix& factor = r.table("group_trust_factor").doubles();
  for (std::size_t g = 0; g < kMarginalisedGroupLabels.size(); ++g) {
    figures.add("group_trust_factor_end_" + std::string(kMarginalisedGroupLabels[g]),
                factor.rows() > 0 ? factor(factor.rows() - 1, static_cast<Eigen::Index>(g)) : kUndefined, "factor",
                "the group's trust factor on help-seeking in the last reported week (docs/model.md, \"Trust\")");
  }
  return figures.take();
}

}  // namespace mhsim
