#include "crisis/crisis_summary.hpp"

#include <numeric>
#include <string>

#include "crisis/crisis_stage.hpp"
#include "recording/recorder.hpp"
#include "recording/summary_arithmetic.hpp"

namespace mhsim {
namespace {


// Horizon total of one label of a table's breakdown (its first dimension), over every stratum.
double total_of(const WeeklyTable& table, std::size_t label, std::size_t labels) {
  return label_columns(table, label, labels).sum();
}

}  // namespace

std::vector<SummaryFigure> summarise_crisis(const Scenario& scenario, std::int64_t population_size,
                                            std::vector<double> mobile_responses_hours, const Results& r) {
  std::vector<SummaryFigure> out;
  const auto add = [&](std::string name, double value, std::string unit, std::string description) {
    out.push_back({std::move(name), value, std::move(unit), std::move(description)});
  };
  const double weeks = static_cast<double>(r.week_start_day.size());
  const double days = weeks * kDaysPerWeek;
  const double person_years = r.table("person_weeks_alive").values.sum() * kDaysPerWeek / kDaysPerYear;
  const auto per_100k_year = [&](double count) { return ratio(count * 1e5, person_years); };
  const auto total = [&](const std::string& name) { return r.table(name).values.sum(); };
  // Servers funded, on average over the weeks (a budget may change them each year).
  const auto mean_servers = [&](CrisisResource k) {
    return ratio(r.table("crisis_capacity").values.col(static_cast<Eigen::Index>(index_of(k))).sum(), weeks);
  };

  const WeeklyTable& crises = r.table("crises");
  const double crises_total = crises.values.sum();
  for (std::size_t d = 0; d < kCrisisDoorLabels.size(); ++d) {
    add("crisis_door_share_" + std::string(kCrisisDoorLabels[d]),
        ratio(total_of(crises, d, kCrisisDoorLabels.size()), crises_total), "share",
        "crises coming first through this door");
  }
  const WeeklyTable& outcomes = r.table("crisis_outcomes");
  const double episodes_ended = outcomes.values.sum();
  const auto outcome_total = [&](CrisisOutcome o) { return total_of(outcomes, index_of(o), kCrisisOutcomeCount); };
  for (std::size_t o = 0; o < kCrisisOutcomeCount; ++o) {
    add("crisis_outcome_share_" + std::string(kCrisisOutcomeLabels[o]),
        ratio(total_of(outcomes, o, kCrisisOutcomeCount), episodes_ended), "share", "crisis episodes ending this way");
  }
  add("resolved_without_admission_share",
      ratio(episodes_ended - outcome_total(CrisisOutcome::inpatient_discharge) -
                outcome_total(CrisisOutcome::jail_release) - outcome_total(CrisisOutcome::unresolved),
            episodes_ended),
      "share",
      "crisis episodes resolved by the line, a mobile team, the police, a receiving centre, a short-term bed or the "
      "ED, without admission or jail");

  const WeeklyTable& arrivals = r.table("crisis_site_arrivals");
  const WeeklyTable& first_sites = r.table("crisis_first_sites");
  const WeeklyTable& hospital_free = r.table("hospital_free_endings");
  const WeeklyTable& transfers = r.table("crisis_transfers");
  const auto arrived = [&](CrisisSite s) { return total_of(arrivals, index_of(s), kCrisisSiteCount); };
  const auto first = [&](CrisisSite s) { return total_of(first_sites, index_of(s), kCrisisSiteCount); };
  const auto moved = [&](CrisisTransfer t) { return total_of(transfers, index_of(t), kCrisisTransferCount); };
  add("health_first_share",
      ratio(crises_total - first(CrisisSite::police) - outcome_total(CrisisOutcome::unresolved), crises_total), "share",
      "crises met first by health responders (the line, a mobile team, a receiving centre or the ED), not the police, "
      "and not left unresolved");

  const double answered = total("calls_answered"), abandoned = total("calls_abandoned");
  add("calls_abandoned_share", ratio(abandoned, answered + abandoned), "share",
      "crisis line callers who hung up before an answer");
  add("mobile_fallback_share", ratio(total("mobile_fallbacks_to_police"), total("mobile_dispatches")), "share",
      "requests for a mobile team met by the police instead");
  add("mobile_response_mean_hours", ratio(total("mobile_response_hours_sum"), arrived(CrisisSite::mobile_team)),
      "hours", "mean time from the request to a mobile team's arrival");
  add("mobile_response_p90_hours", percentile_90(mobile_responses_hours), "hours",
      "90th percentile time from the request to a mobile team's arrival (nearest rank)");

  const WeeklyTable& place_time = r.table("person_weeks_in_crisis_place");
  const auto weeks_in = [&](CrisisStage s) { return total_of(place_time, crisis_place_index(s), kCrisisPlaceCount); };
  add("police_contacts_per_100k_per_year", per_100k_year(arrived(CrisisSite::police)), "per 100,000 person-years",
      "police attendances at crises");
  add("arrests_per_100k_per_year", per_100k_year(total("arrests")), "per 100,000 person-years",
      "arrests at crisis attendances");
  add("diversions_per_100k_per_year", per_100k_year(total("diversions")), "per 100,000 person-years",
      "would-be arrests taken to care by co-responders");
  add("jail_days_per_100k_per_year", per_100k_year(weeks_in(CrisisStage::jail) * kDaysPerWeek),
      "days per 100,000 person-years", "days held in jail after crisis arrests");
  add("ed_visits_per_100k_per_year", per_100k_year(arrived(CrisisSite::emergency_department)),
      "per 100,000 person-years", "ED visits in crisis");
  add("ed_boarding_hours_per_100k_per_year", per_100k_year(weeks_in(CrisisStage::ed_boarding) * kHoursPerWeek),
      "hours per 100,000 person-years", "hours spent in the ED admitted and waiting for a bed");
  add("ed_boarding_mean_hours",
      ratio(total("ed_boarding_hours_sum"), moved(CrisisTransfer::emergency_department_to_inpatient) +
                                                moved(CrisisTransfer::stabilisation_to_inpatient)),
      "hours",
      "mean hours boarded in the ED per request for a bed from the ED or a receiving centre (0 for those with a bed at "
      "once)");
  add("boarding_discharge_share",
      ratio(total("boarding_discharges"), moved(CrisisTransfer::emergency_department_to_inpatient) +
                                              moved(CrisisTransfer::stabilisation_to_inpatient)),
      "share", "requests for a bed from the ED or a receiving centre ending with the boarder sent home at the limit");
  add("ed_hours_mean",
      ratio((weeks_in(CrisisStage::awaiting_ed_assessment) + weeks_in(CrisisStage::ed_assessment) +
             weeks_in(CrisisStage::ed_boarding)) *
                kHoursPerWeek,
            arrived(CrisisSite::emergency_department)),
      "hours", "mean hours in the ED per visit: waiting for assessment, assessment and boarding");

  const double admissions = arrived(CrisisSite::inpatient);
  const double discharges = outcome_total(CrisisOutcome::inpatient_discharge);
  const double length_of_stay_days = ratio(total("length_of_stay_days_sum"), discharges);
  const double beds_occupied = weeks_in(CrisisStage::inpatient) / weeks;
  add("admissions_per_100k_per_year", per_100k_year(admissions), "per 100,000 person-years", "inpatient admissions");
  add("length_of_stay_mean_days", length_of_stay_days, "days", "mean length of stay of people discharged");
  add("inpatient_beds_occupied_mean", beds_occupied, "beds", "mean beds occupied over the horizon");
  add("inpatient_bed_occupancy", ratio(beds_occupied, mean_servers(CrisisResource::inpatient_beds)), "share",
      "mean share of inpatient beds occupied");
  add("littles_law_beds_occupied", admissions / days * length_of_stay_days, "beds",
      "Little's law from the run's own output: admissions per day x mean length of stay (compare "
      "inpatient_beds_occupied_mean)");
  add("readmission_30_day_share", ratio(total("readmissions_within_30_days"), admissions), "share",
      "admissions in a crisis that began within 30 days of a discharge from a bed");
  add("follow_up_7_day_share", ratio(total("follow_ups_within_7_days"), total("follow_up_offers")), "share",
      "people leaving crisis care who are linked to community care within 7 days");
  add("suicides_after_discharge_per_100k_per_year", per_100k_year(total("suicides_after_discharge")),
      "per 100,000 person-years", "suicides within the risk window after leaving an inpatient bed");
  // Person-time at risk as if every window ran its full length (a new crisis or a death cuts some short).
  add("suicide_rate_after_discharge_per_100k_person_years",
      ratio(total("suicides_after_discharge") * 1e5, discharges * scenario.follow_up.risk_window_days / kDaysPerYear),
      "per 100,000 person-years",
      "suicides in the risk window after leaving a bed, per person-year of full windows (Chung et al. 2017: 484 in the "
      "first 3 months)");
  add("repeat_crises_per_100k_per_year", per_100k_year(total("repeat_crises")), "per 100,000 person-years",
      "crises beginning within the risk window after leaving crisis care or a bed");
  add("repeat_crisis_share", ratio(total("repeat_crises"), total("risk_windows_opened")), "share",
      "people leaving crisis care in person or a bed who are back in crisis within the risk window");
  add("stabilisation_chair_occupancy",
      ratio(weeks_in(CrisisStage::stabilisation) / weeks, mean_servers(CrisisResource::stabilisation_chairs)), "share",
      "mean share of receiving-centre chairs occupied (NaN without a centre)");
  add("short_term_bed_occupancy",
      ratio((weeks_in(CrisisStage::short_term_bed) + weeks_in(CrisisStage::awaiting_transfer)) / weeks,
            mean_servers(CrisisResource::short_term_beds)),
      "share", "mean share of short-term crisis beds occupied (NaN without them)");

  // The Crisis Now routing: in-person episodes by their first site of care (police
  // drop-offs count where they were taken), and the onward shares.
  const double to_mobile = first(CrisisSite::mobile_team);
  const double to_centre = first(CrisisSite::stabilisation) + moved(CrisisTransfer::police_to_stabilisation);
  const double to_ed = first(CrisisSite::emergency_department) + moved(CrisisTransfer::police_to_emergency_department);
  const double in_person = to_mobile + to_centre + to_ed;
  add("first_care_share_mobile_team", ratio(to_mobile, in_person), "share",
      "in-person crisis episodes whose first site of care is a mobile team (Crisis Now: 32%)");
  add("first_care_share_receiving_centre", ratio(to_centre, in_person), "share",
      "in-person crisis episodes whose first site of care is a receiving centre (Crisis Now: 54%)");
  add("first_care_share_ed", ratio(to_ed, in_person), "share",
      "in-person crisis episodes whose first site of care is the ED (Crisis Now: 14%)");
  add("onward_share_mobile_team_to_receiving_centre",
      ratio(moved(CrisisTransfer::mobile_team_to_stabilisation), arrived(CrisisSite::mobile_team)), "share",
      "mobile team attendances ending at a receiving centre (Crisis Now: 30%)");
  add("onward_share_receiving_centre_to_short_term_bed",
      ratio(moved(CrisisTransfer::stabilisation_to_short_term_bed), arrived(CrisisSite::stabilisation)), "share",
      "receiving-centre stays going on to a short-term bed (Crisis Now: 35%)");
  add("onward_share_receiving_centre_to_inpatient",
      ratio(moved(CrisisTransfer::stabilisation_to_inpatient), arrived(CrisisSite::stabilisation)), "share",
      "receiving-centre stays ending in admission (not in the Crisis Now routing)");
  add("onward_share_short_term_bed_to_inpatient",
      ratio(moved(CrisisTransfer::short_term_bed_to_inpatient), arrived(CrisisSite::short_term_bed)), "share",
      "short-term bed stays going on to inpatient care (Crisis Now: 25%)");
  add("onward_share_ed_to_inpatient",
      ratio(moved(CrisisTransfer::emergency_department_to_inpatient), arrived(CrisisSite::emergency_department)),
      "share", "ED crisis visits admitted (Crisis Now assumes all)");
  add("hospital_free_share_mobile_team",
      ratio(total_of(hospital_free, index_of(CrisisSite::mobile_team), kCrisisSiteCount),
            first(CrisisSite::mobile_team)),
      "share", "episodes first met by a mobile team ending without an ED visit or admission (Scott 2000: 55%)");
  add("hospital_free_share_police",
      ratio(total_of(hospital_free, index_of(CrisisSite::police), kCrisisSiteCount), first(CrisisSite::police)),
      "share", "episodes first met by the police ending without an ED visit or admission (Scott 2000: 28%)");

  const double per_100k_people = population_size > 0 ? 1e5 / static_cast<double>(population_size) : kUndefined;
  for (std::size_t k = 0; k < kServerPoolLabels.size(); ++k) {
    add("crisis_capacity_per_100k_" + std::string(kServerPoolLabels[k]),
        mean_servers(static_cast<CrisisResource>(k)) * per_100k_people, "per 100,000 people",
        "servers of the crisis system the run had, on average over its weeks (whole servers for its population, at "
        "least one where funded)");
  }
  return out;
}

}  // namespace mhsim
