#include "justice/justice_summary.hpp"

#include <string>

#include "recording/summary_figures.hpp"

namespace mhsim {

std::vector<SummaryFigure> summarise_justice(const Results& r) {
  FigureList figures;
  const double arrests = total(r, "arrests");
  const double diversions = total(r, "court_diversions");
  const double releases = total(r, "jail_releases");
  const auto per_100k = [&](const char* table) { return per_100k_person_years(r, total(r, table)); };
  const std::string per_100k_years = "per 100,000 person-years";
  figures.add("liaison_screenings_per_100k_per_year", per_100k("liaison_screenings"), per_100k_years,
              "arrested people screened by liaison and diversion");
  figures.add("court_diversions_per_100k_per_year", per_100k("court_diversions"), per_100k_years,
              "arrested people diverted by a court to community care");
  figures.add("court_diversion_share", ratio(diversions, arrests), "share", "of arrests, diverted by a court");
  figures.add("repeat_arrests_per_100k_per_year", per_100k("repeat_arrests"), per_100k_years,
              "arrests of people arrested before within 365 days");
  figures.add("repeat_arrest_share", ratio(total(r, "repeat_arrests"), arrests), "share",
              "of arrests, of people arrested before within 365 days");
  figures.add("treated_in_jail_share", ratio(total(r, "treated_in_jail"), arrests - diversions), "share",
              "of arrests not diverted, treated in jail");
  figures.add("jail_care_days_per_100k_per_year", per_100k("jail_care_days"), "days per 100,000 person-years",
              "days in jail with treatment there");
  figures.add("releases_linked_to_care_per_100k_per_year", per_100k("releases_linked_to_care"), per_100k_years,
              "releases from jail linked to community care");
  figures.add("release_linked_share", ratio(total(r, "releases_linked_to_care"), releases), "share",
              "of releases from jail, linked to community care");
  figures.add("release_plans_per_100k_per_year", per_100k("release_plans"), per_100k_years,
              "releases with release planning");
  figures.add("crises_after_release_per_1000_releases", ratio(1e3 * total(r, "crises_after_release"), releases),
              "per 1,000 releases", "crises in the risk window after a release from jail");
  figures.add("deaths_after_release_per_1000_releases", ratio(1e3 * total(r, "deaths_after_release"), releases),
              "per 1,000 releases", "deaths in the risk window after a release from jail");
  return figures.take();
}

}  // namespace mhsim
