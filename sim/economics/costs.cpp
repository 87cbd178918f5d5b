#include "economics/costs.hpp"

#include "access/access_funding.hpp"
#include "care/care_funding.hpp"
#include "access/session_access_funding.hpp"
#include "community/community_funding.hpp"
#include "community/programme.hpp"
#include "perinatal/perinatal_funding.hpp"
#include "crisis/crisis_funding.hpp"
#include "crisis/crisis_stage.hpp"
#include "economics/health_outcomes.hpp"
#include "justice/justice_funding.hpp"
#include "physical_health/physical_health_funding.hpp"
#include "prevention/prevention_funding.hpp"
#include "recording/summary_figures.hpp"
#include "severe_illness/severe_illness_funding.hpp"
#include "youth/youth_funding.hpp"
#include "workforce/workforce_funding.hpp"

namespace mhsim {

CostLine cost_line_of(ServiceId service) {
  switch (service) {
    case ServiceId::digital_self_help: return CostLine::digital;
    case ServiceId::low_intensity:
    case ServiceId::high_intensity: return CostLine::psychological_therapy;
    case ServiceId::medication_management: return CostLine::primary_care_mental_health;
    case ServiceId::community_team:
    case ServiceId::camhs: return CostLine::community;  // specialist community care, for children
  }
  return CostLine::community;
}

CostLine role_cost_line_of(Cadre cadre) {
  return cadre == Cadre::peer_worker ? CostLine::community : CostLine::primary_care_mental_health;
}

LineAmounts capacity_cost_per_week(const CapacityInForce& capacity,
                                   const std::array<double, kCadreCount>& trainees_started) {
  // Each component adds its lines; a line's amounts add up in this order.
  LineAmounts cost{};
  add_staff_cost(capacity, trainees_started, cost);
  add_access_capacity_cost(capacity, cost);
  add_community_capacity_cost(capacity, cost);
  add_perinatal_capacity_cost(capacity, cost);
  add_severe_illness_capacity_cost(capacity, cost);
  add_crisis_capacity_cost(capacity, cost);
  add_justice_capacity_cost(capacity, cost);
  add_youth_capacity_cost(capacity, cost);  // issue 18
  return cost;
}

std::string cost_unit(const CostSettings& costs) {
  return costs.currency + ", " + std::to_string(costs.price_year) + " prices";
}

WeeklyTable cost_table(const Scenario& scenario, const WeeklyMatrix& capacity_costs, const Results& r) {
  const CostSettings& unit = scenario.costs;
  WeeklyMatrix cost = capacity_costs;
  const auto column = [&](CostLine line) { return cost.col(static_cast<Eigen::Index>(index_of(line))); };
  const WeeklyTable& treated = r.table("person_weeks_in_treatment");
  const auto weeks_treated = [&](ServiceId s) { return weekly_total_of(treated, index_of(s), kServiceCount); };
  column(CostLine::medication) += weeks_treated(ServiceId::medication_management) * unit.medicine_per_treated_week;
  column(CostLine::digital) += weeks_treated(ServiceId::digital_self_help) * unit.digital_self_help_per_user_week;
  // Outcome-based payment: a bonus per recovery in treatment, on the line of the service paid that way.
  const WeeklyTable& recoveries = r.table("recoveries_in_treatment");
  for (std::size_t s = 0; s < kServiceCount; ++s) {
    if (scenario.services[s].payment_model != PaymentModel::outcome_based) continue;
    column(cost_line_of(static_cast<ServiceId>(s))) +=
        weekly_total_of(recoveries, s, kServiceCount) * scenario.payment.outcome_bonus_per_recovery;
  }
  const WeeklyTable& places = r.table("person_weeks_in_crisis_place");
  const auto hours_in = [&](CrisisStage s) {
    return Eigen::VectorXd(weekly_total_of(places, crisis_place_index(s), kCrisisPlaceCount) * kHoursPerWeek);
  };
  const Eigen::VectorXd ed_visits =
      weekly_total_of(r.table("crisis_site_arrivals"), index_of(CrisisSite::emergency_department), kCrisisSiteCount);
  column(CostLine::crisis) += ed_visits * unit.ed_visit + hours_in(CrisisStage::ed_boarding) * unit.ed_boarding_hour;
  column(CostLine::justice) += hours_in(CrisisStage::police) * unit.police_attendance_hour +
                               hours_in(CrisisStage::jail) / kHoursPerDay * unit.jail_day;
  // The levers' activity (screens, handoffs, co-responders, diversions, bridgers, adherence), each component's own.
  add_access_activity_cost(scenario, r, cost);
  add_care_activity_cost(scenario, r, cost);
  add_crisis_activity_cost(scenario, r, cost);
  add_session_access_cost(scenario, r, cost);
  add_justice_activity_cost(scenario, r, cost);
  add_severe_illness_activity_cost(scenario, r, cost);
  add_physical_health_activity_cost(scenario, r, cost);
  add_prevention_activity_cost(scenario, r, cost);
  // Safeguards and complaint routes after coercive contacts (docs/model.md, "Trust").
  const TrustSettings& trust = scenario.trust;
  column(CostLine::crisis) +=
      weekly_total(r.table("coercive_contacts")) * (trust.guardrail_share * unit.advocate_per_guarded_contact +
                                                    trust.grievance_path_share * unit.grievance_per_case);
  return {"costs",
          cost_unit(unit),
          "cost of each budget line during the week (docs/model.md, \"Costs\")",
          {"cost_line"},
          std::move(cost)};
}

WeeklyTable productivity_table(const Scenario& scenario, const Results& r) {
  const Eigen::VectorXd employed =
      weekly_total_of(r.table("people_by_employment"), index_of(Employment::employed), kEmploymentLabels.size());
  return {"productivity_value",
          cost_unit(scenario.costs),
          "value of the work of the people employed at the end of the week (costs.productivity_per_employed_week each)",
          {},
          WeeklyMatrix(employed * scenario.costs.productivity_per_employed_week)};
}

namespace {

// The cost of one line over the horizon, undiscounted.
double line_total(const WeeklyMatrix& cost, std::size_t line) {
  return cost.col(static_cast<Eigen::Index>(line)).sum();
}

void add_costs(FigureList& figures, const Scenario& scenario, const Results& r, const std::string& unit) {
  const WeeklyMatrix& cost = r.table("costs").doubles();
  for (std::size_t line = 0; line < kCostLineCount; ++line) {
    figures.add("cost_" + std::string(kCostLineLabels[line]), line_total(cost, line), unit,
                "cost of the line over the horizon, undiscounted");
  }
  const Eigen::VectorXd weekly_cost = cost.rowwise().sum();
  const double cost_total = weekly_cost.sum();
  figures.add("cost_total", cost_total, unit, "cost of every line over the horizon, undiscounted");
  figures.add("cost_health_and_care", cost_total - line_total(cost, index_of(CostLine::justice)), unit,
              "cost of every line but justice (police time and jail), undiscounted");
  figures.add("cost_total_discounted", discounted_sum(weekly_cost, scenario.economics.discount_rate_per_year), unit,
              "cost of every line, discounted to the start of the horizon at economics.discount_rate_per_year");
  figures.add("cost_per_person_treated", ratio(cost_total, total(r, "first_treatment_starts")), unit,
              "cost of every line per care episode starting its first treatment");
  const WeeklyTable& recoveries = r.table("recoveries_in_treatment");
  figures.add("cost_per_recovery", ratio(cost_total, total(r, "recoveries_in_treatment")), unit,
              "cost of every line per person remitting in treatment");
  const double therapy_recoveries =
      weekly_total_of(recoveries, index_of(ServiceId::low_intensity), kServiceCount).sum() +
      weekly_total_of(recoveries, index_of(ServiceId::high_intensity), kServiceCount).sum();
  figures.add("cost_per_recovery_psychological_therapy",
              ratio(line_total(cost, index_of(CostLine::psychological_therapy)), therapy_recoveries), unit,
              "cost of the psychological therapy line per person remitting in low- or high-intensity therapy");
}

// Unspent (positive) or overspent (negative) over the horizon; Python's budget_table has it year by year.
void add_budgets(FigureList& figures, const Results& r, const std::string& unit) {
  const WeeklyMatrix& cost = r.table("costs").doubles();
  const WeeklyMatrix& budget = r.table("budget").doubles();
  double budget_total = 0, spent_total = 0;
  for (std::size_t line = 0; line < kBudgetLineCount; ++line) {
    const double given = budget.col(static_cast<Eigen::Index>(line)).sum();
    const double spent = line_total(cost, line);
    figures.add("budget_" + std::string(kBudgetLineLabels[line]), given, unit, "the line's budget over the horizon");
    figures.add("budget_balance_" + std::string(kBudgetLineLabels[line]), given - spent, unit,
                "the line's budget less its cost over the horizon: unspent if positive, overspent if negative");
    budget_total += given;
    spent_total += spent;
  }
  figures.add("budget_total", budget_total, unit, "every line's budget over the horizon (justice has none)");
  figures.add("budget_balance_total", budget_total - spent_total, unit,
              "every line's budget less its cost (justice apart): unspent if positive, overspent if negative");
}

// Who pays at the point of care: copays per person-year, by coverage and by income.
void add_out_of_pocket(FigureList& figures, const Results& r, const std::string& unit) {
  const WeeklyTable& paid = r.table("out_of_pocket_paid");
  const WeeklyTable& covered = r.table("people_by_coverage");
  figures.add("out_of_pocket_paid", total(r, "out_of_pocket_paid"), unit, "copays paid over the horizon, undiscounted");
  for (std::size_t c = 0; c < kCoverageLabels.size(); ++c) {
    figures.add("out_of_pocket_per_person_year_" + std::string(kCoverageLabels[c]),
                ratio(label_total(paid, c, kCoverageLabels.size()),
                      label_total(covered, c, kCoverageLabels.size()) / kWeeksPerYear),
                unit, "copays paid per person-year by people with this coverage (person-time from end-of-week counts)");
  }
  const std::array<double, 3> paid_by_income = totals_by_income(paid);
  const std::array<double, 3> weeks_by_income = totals_by_income(r.table("person_weeks_alive"));
  for (std::size_t i = 0; i < kIncomeLabels.size(); ++i) {
    figures.add("out_of_pocket_per_person_year_" + std::string(kIncomeLabels[i]) + "_income",
                ratio(paid_by_income[i], weeks_by_income[i] / kWeeksPerYear), unit,
                "copays paid per person-year by people in this income tertile");
  }
}

}  // namespace

std::vector<SummaryFigure> summarise_costs(const Scenario& scenario, const Results& r) {
  const std::string unit = cost_unit(scenario.costs);
  FigureList figures;
  add_costs(figures, scenario, r, unit);
  add_budgets(figures, r, unit);
  add_out_of_pocket(figures, r, unit);
  const Eigen::VectorXd productivity = r.table("productivity_value").doubles().rowwise().sum();
  figures.add("productivity_value", productivity.sum(), unit,
              "value of the work of people employed over the horizon, undiscounted");
  figures.add("productivity_value_discounted", discounted_sum(productivity, scenario.economics.discount_rate_per_year),
              unit, "the same, discounted to the start of the horizon");
  return figures.take();
}

}  // namespace mhsim
