#include "crisis/crisis_summary.hpp"

#include <string>

#include "crisis/crisis_stage.hpp"
#include "recording/recorder.hpp"
#include "recording/summary_figures.hpp"

namespace mhsim {
namespace {

// Horizon total of one label of a table's breakdown (its first dimension), over every stratum.
double total_of(const WeeklyTable& table, std::size_t label, std::size_t labels) {
  return label_total(table, label, labels);
}

// The crisis tables over the horizon, by the label of their breakdown.
double arrivals_at(const Results& r, CrisisSite s) {
  return total_of(r.table("crisis_site_arrivals"), index_of(s), kCrisisSiteCount);
}
double met_first_at(const Results& r, CrisisSite s) {
  return total_of(r.table("crisis_first_sites"), index_of(s), kCrisisSiteCount);
}
double transfers(const Results& r, CrisisTransfer t) {
  return total_of(r.table("crisis_transfers"), index_of(t), kCrisisTransferCount);
}
double episodes_ending(const Results& r, CrisisOutcome o) {
  return total_of(r.table("crisis_outcomes"), index_of(o), kCrisisOutcomeCount);
}
double person_weeks_in(const Results& r, CrisisStage s) {
  return total_of(r.table("person_weeks_in_crisis_place"), crisis_place_index(s), kCrisisPlaceCount);
}
// Servers funded, on average over the weeks (a budget may change them each year).
double mean_servers(const Results& r, CrisisResource k) {
  return ratio(r.table("crisis_capacity").doubles().col(static_cast<Eigen::Index>(index_of(k))).sum(),
               reported_weeks(r));
}
// Requests for an inpatient bed from the ED or a receiving centre.
double bed_requests_from_ed_and_centre(const Results& r) {
  return transfers(r, CrisisTransfer::emergency_department_to_inpatient) +
         transfers(r, CrisisTransfer::stabilisation_to_inpatient);
}

void add_doors_and_outcomes(FigureList& figures, const Results& r) {
  const WeeklyTable& crises = r.table("crises");
  const double crises_total = total(r, "crises");
  for (std::size_t d = 0; d < kCrisisDoorLabels.size(); ++d) {
    figures.add("crisis_door_share_" + std::string(kCrisisDoorLabels[d]),
                ratio(total_of(crises, d, kCrisisDoorLabels.size()), crises_total), "share",
                "crises coming first through this door");
  }
  const double episodes_ended = total(r, "crisis_outcomes");
  for (std::size_t o = 0; o < kCrisisOutcomeCount; ++o) {
    figures.add("crisis_outcome_share_" + std::string(kCrisisOutcomeLabels[o]),
                ratio(episodes_ending(r, static_cast<CrisisOutcome>(o)), episodes_ended), "share",
                "crisis episodes ending this way");
  }
  figures.add("resolved_without_admission_share",
              ratio(episodes_ended - episodes_ending(r, CrisisOutcome::inpatient_discharge) -
                        episodes_ending(r, CrisisOutcome::jail_release) - episodes_ending(r, CrisisOutcome::unresolved),
                    episodes_ended),
              "share",
              "crisis episodes resolved by the line, a mobile team, the police, a receiving centre, a short-term bed "
              "or the ED, without admission or jail");
  figures.add("health_first_share",
              ratio(crises_total - met_first_at(r, CrisisSite::police) - episodes_ending(r, CrisisOutcome::unresolved),
                    crises_total),
              "share",
              "crises met first by health responders (the line, a mobile team, a receiving centre or the ED), not the "
              "police, and not left unresolved");
}

void add_calls_and_mobile_response(FigureList& figures, const Results& r, std::vector<double>& mobile_responses_hours) {
  const double answered = total(r, "calls_answered"), abandoned = total(r, "calls_abandoned");
  figures.add("calls_abandoned_share", ratio(abandoned, answered + abandoned), "share",
              "crisis line callers who hung up before an answer");
  figures.add("mobile_fallback_share", ratio(total(r, "mobile_fallbacks_to_police"), total(r, "mobile_dispatches")),
              "share", "requests for a mobile team met by the police instead");
  figures.add("mobile_response_mean_hours",
              ratio(total(r, "mobile_response_hours_sum"), arrivals_at(r, CrisisSite::mobile_team)), "hours",
              "mean time from the request to a mobile team's arrival");
  figures.add("mobile_response_p90_hours", percentile_90(mobile_responses_hours), "hours",
              "90th percentile time from the request to a mobile team's arrival (nearest rank)");
}

void add_police_and_ed(FigureList& figures, const Results& r) {
  figures.add("police_contacts_per_100k_per_year", per_100k_person_years(r, arrivals_at(r, CrisisSite::police)),
              "per 100,000 person-years", "police attendances at crises");
  figures.add("arrests_per_100k_per_year", per_100k_person_years(r, total(r, "arrests")), "per 100,000 person-years",
              "arrests at crisis attendances");
  figures.add("diversions_per_100k_per_year", per_100k_person_years(r, total(r, "diversions")),
              "per 100,000 person-years", "would-be arrests taken to care by co-responders");
  figures.add("jail_days_per_100k_per_year",
              per_100k_person_years(r, person_weeks_in(r, CrisisStage::jail) * kDaysPerWeek),
              "days per 100,000 person-years", "days held in jail after crisis arrests");
  figures.add("ed_visits_per_100k_per_year", per_100k_person_years(r, arrivals_at(r, CrisisSite::emergency_department)),
              "per 100,000 person-years", "ED visits in crisis");
  figures.add("ed_boarding_hours_per_100k_per_year",
              per_100k_person_years(r, person_weeks_in(r, CrisisStage::ed_boarding) * kHoursPerWeek),
              "hours per 100,000 person-years", "hours spent in the ED admitted and waiting for a bed");
  figures.add("ed_boarding_mean_hours", ratio(total(r, "ed_boarding_hours_sum"), bed_requests_from_ed_and_centre(r)),
              "hours",
              "mean hours boarded in the ED per request for a bed from the ED or a receiving centre (0 for those with "
              "a bed at once)");
  figures.add("boarding_discharge_share", ratio(total(r, "boarding_discharges"), bed_requests_from_ed_and_centre(r)),
              "share",
              "requests for a bed from the ED or a receiving centre ending with the boarder sent home at the limit");
  figures.add("ed_hours_mean",
              ratio((person_weeks_in(r, CrisisStage::awaiting_ed_assessment) +
                     person_weeks_in(r, CrisisStage::ed_assessment) + person_weeks_in(r, CrisisStage::ed_boarding)) *
                        kHoursPerWeek,
                    arrivals_at(r, CrisisSite::emergency_department)),
              "hours", "mean hours in the ED per visit: waiting for assessment, assessment and boarding");
}

void add_inpatient_beds(FigureList& figures, const Results& r) {
  const double weeks = reported_weeks(r);
  const double admissions = arrivals_at(r, CrisisSite::inpatient);
  const double length_of_stay_days =
      ratio(total(r, "length_of_stay_days_sum"), episodes_ending(r, CrisisOutcome::inpatient_discharge));
  const double beds_occupied = person_weeks_in(r, CrisisStage::inpatient) / weeks;
  figures.add("admissions_per_100k_per_year", per_100k_person_years(r, admissions), "per 100,000 person-years",
              "inpatient admissions");
  figures.add("length_of_stay_mean_days", length_of_stay_days, "days", "mean length of stay of people discharged");
  figures.add("inpatient_beds_occupied_mean", beds_occupied, "beds", "mean beds occupied over the horizon");
  figures.add("inpatient_bed_occupancy", ratio(beds_occupied, mean_servers(r, CrisisResource::inpatient_beds)), "share",
              "mean share of inpatient beds occupied");
  figures.add("littles_law_beds_occupied", admissions / (weeks * kDaysPerWeek) * length_of_stay_days, "beds",
              "Little's law from the run's own output: admissions per day x mean length of stay (compare "
              "inpatient_beds_occupied_mean)");
}

// Readmission, follow-up, suicide and repeat crisis after leaving crisis care or a bed.
void add_after_crisis_care(FigureList& figures, const Scenario& scenario, const Results& r) {
  const double admissions = arrivals_at(r, CrisisSite::inpatient);
  const double discharges = episodes_ending(r, CrisisOutcome::inpatient_discharge);
  figures.add("readmission_30_day_share", ratio(total(r, "readmissions_within_30_days"), admissions), "share",
              "admissions in a crisis that began within 30 days of a discharge from a bed");
  figures.add("follow_up_7_day_share", ratio(total(r, "follow_ups_within_7_days"), total(r, "follow_up_offers")),
              "share", "people leaving crisis care who are linked to community care within 7 days");
  figures.add("suicides_after_discharge_per_100k_per_year",
              per_100k_person_years(r, total(r, "suicides_after_discharge")), "per 100,000 person-years",
              "suicides within the risk window after leaving an inpatient bed");
  // Person-time at risk as if every window ran its full length (a new crisis or a death cuts some short).
  figures.add("suicide_rate_after_discharge_per_100k_person_years",
              ratio(total(r, "suicides_after_discharge") * 1e5,
                    discharges * scenario.follow_up.risk_window_days / kDaysPerYear),
              "per 100,000 person-years",
              "suicides in the risk window after leaving a bed, per person-year of full windows (Chung et al. 2017: "
              "484 in the first 3 months)");
  figures.add("repeat_crises_per_100k_per_year", per_100k_person_years(r, total(r, "repeat_crises")),
              "per 100,000 person-years", "crises beginning within the risk window after leaving crisis care or a bed");
  figures.add("repeat_crisis_share", ratio(total(r, "repeat_crises"), total(r, "risk_windows_opened")), "share",
              "people leaving crisis care in person or a bed who are back in crisis within the risk window");
}

void add_crisis_place_occupancy(FigureList& figures, const Results& r) {
  const double weeks = reported_weeks(r);
  figures.add("stabilisation_chair_occupancy",
              ratio(person_weeks_in(r, CrisisStage::stabilisation) / weeks,
                    mean_servers(r, CrisisResource::stabilisation_chairs)),
              "share", "mean share of receiving-centre chairs occupied (NaN without a centre)");
  figures.add(
      "short_term_bed_occupancy",
      ratio((person_weeks_in(r, CrisisStage::short_term_bed) + person_weeks_in(r, CrisisStage::awaiting_transfer)) /
                weeks,
            mean_servers(r, CrisisResource::short_term_beds)),
      "share", "mean share of short-term crisis beds occupied (NaN without them)");
}

// The Crisis Now routing: in-person episodes by their first site of care (police
// drop-offs count where they were taken), and the onward shares.
void add_crisis_now_routing(FigureList& figures, const Results& r) {
  const double to_mobile = met_first_at(r, CrisisSite::mobile_team);
  const double to_centre =
      met_first_at(r, CrisisSite::stabilisation) + transfers(r, CrisisTransfer::police_to_stabilisation);
  const double to_ed =
      met_first_at(r, CrisisSite::emergency_department) + transfers(r, CrisisTransfer::police_to_emergency_department);
  const double in_person = to_mobile + to_centre + to_ed;
  figures.add("first_care_share_mobile_team", ratio(to_mobile, in_person), "share",
              "in-person crisis episodes whose first site of care is a mobile team (Crisis Now: 32%)");
  figures.add("first_care_share_receiving_centre", ratio(to_centre, in_person), "share",
              "in-person crisis episodes whose first site of care is a receiving centre (Crisis Now: 54%)");
  figures.add("first_care_share_ed", ratio(to_ed, in_person), "share",
              "in-person crisis episodes whose first site of care is the ED (Crisis Now: 14%)");
  // Transfers from one site over the arrivals there.
  const auto onward = [&](CrisisTransfer t, CrisisSite from) { return ratio(transfers(r, t), arrivals_at(r, from)); };
  figures.add("onward_share_mobile_team_to_receiving_centre",
              onward(CrisisTransfer::mobile_team_to_stabilisation, CrisisSite::mobile_team), "share",
              "mobile team attendances ending at a receiving centre (Crisis Now: 30%)");
  figures.add("onward_share_receiving_centre_to_short_term_bed",
              onward(CrisisTransfer::stabilisation_to_short_term_bed, CrisisSite::stabilisation), "share",
              "receiving-centre stays going on to a short-term bed (Crisis Now: 35%)");
  figures.add("onward_share_receiving_centre_to_inpatient",
              onward(CrisisTransfer::stabilisation_to_inpatient, CrisisSite::stabilisation), "share",
              "receiving-centre stays ending in admission (not in the Crisis Now routing)");
  figures.add("onward_share_short_term_bed_to_inpatient",
              onward(CrisisTransfer::short_term_bed_to_inpatient, CrisisSite::short_term_bed), "share",
              "short-term bed stays going on to inpatient care (Crisis Now: 25%)");
  figures.add("onward_share_ed_to_inpatient",
              onward(CrisisTransfer::emergency_department_to_inpatient, CrisisSite::emergency_department), "share",
              "ED crisis visits admitted (Crisis Now assumes all)");
  // Episodes ending without an ED visit or admission over those met first at the site.
  const auto hospital_free = [&](CrisisSite s) {
    return ratio(total_of(r.table("hospital_free_endings"), index_of(s), kCrisisSiteCount), met_first_at(r, s));
  };
  figures.add("hospital_free_share_mobile_team", hospital_free(CrisisSite::mobile_team), "share",
              "episodes first met by a mobile team ending without an ED visit or admission (Scott 2000: 55%)");
  figures.add("hospital_free_share_police", hospital_free(CrisisSite::police), "share",
              "episodes first met by the police ending without an ED visit or admission (Scott 2000: 28%)");
}

void add_crisis_capacity(FigureList& figures, const Results& r, std::int64_t population_size) {
  for (std::size_t k = 0; k < kServerPoolLabels.size(); ++k) {
    figures.add("crisis_capacity_per_100k_" + std::string(kServerPoolLabels[k]),
                mean_servers(r, static_cast<CrisisResource>(k)) * per_100k_people(population_size),
                "per 100,000 people",
                "servers of the crisis system the run had, on average over its weeks (whole servers for its "
                "population, at least one where funded)");
  }
}

}  // namespace

std::vector<SummaryFigure> summarise_crisis(const Scenario& scenario, std::int64_t population_size,
                                            std::vector<double> mobile_responses_hours, const Results& r) {
  FigureList figures;
  add_doors_and_outcomes(figures, r);
  add_calls_and_mobile_response(figures, r, mobile_responses_hours);
  add_police_and_ed(figures, r);
  add_inpatient_beds(figures, r);
  add_after_crisis_care(figures, scenario, r);
  add_crisis_place_occupancy(figures, r);
  add_crisis_now_routing(figures, r);
  add_crisis_capacity(figures, r, population_size);
  return figures.take();
}

}  // namespace mhsim
