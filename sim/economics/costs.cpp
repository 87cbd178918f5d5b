#include "economics/costs.hpp"

#include "community/programme.hpp"
#include "crisis/crisis_stage.hpp"
#include "economics/health_outcomes.hpp"
#include "recording/summary_figures.hpp"

namespace mhsim {

CostLine cost_line_of(ServiceId service) {
  switch (service) {
    case ServiceId::digital_self_help: return CostLine::digital;
    case ServiceId::low_intensity:
    case ServiceId::high_intensity: return CostLine::psychological_therapy;
    case ServiceId::medication_management: return CostLine::primary_care_mental_health;
    case ServiceId::community_team: return CostLine::community;
  }
  return CostLine::community;
}

CostLine role_cost_line_of(Cadre cadre) {
  return cadre == Cadre::peer_worker ? CostLine::community : CostLine::primary_care_mental_health;
}

LineAmounts capacity_cost_per_week(const CapacityInForce& capacity,
                                   const std::array<double, kCadreCount>& trainees_started) {
  const Scenario& scenario = capacity.scenario;
  const CostSettings& unit = scenario.costs;
  const WorkforcePlan& plan = capacity.staff;
  LineAmounts cost{};
  const auto add = [&](CostLine line, double amount) { cost[index_of(line)] += amount; };

  // Staff: their clinical time grossed up for the non-clinical time that goes with it.
  for (std::size_t c = 0; c < kCadreCount; ++c) {
    const double per_clinical_fte_week =
        unit.fte_year_by_cadre[c] / kWeeksPerYear / (1.0 - scenario.workforce[c].non_clinical_time_share);
    for (std::size_t s = 0; s < kServiceCount; ++s) {
      add(cost_line_of(static_cast<ServiceId>(s)), plan.clinical_fte_by_cadre[c][s] * per_clinical_fte_week);
    }
    // Supervision keeps low-intensity therapists and lay staff effective: a therapy cost.
    add(CostLine::psychological_therapy, plan.supervision_fte_by_cadre[c] * per_clinical_fte_week);
    const auto cadre = static_cast<Cadre>(c);
    if (cadre == Cadre::psychiatrist)
      add(CostLine::primary_care_mental_health, plan.consult_fte * per_clinical_fte_week);
    add(role_cost_line_of(cadre), plan.off_step_role_fte_by_cadre[c] * per_clinical_fte_week);
    // Training: lay counsellors train for low-intensity therapy, peer workers for peer support.
    add(cadre == Cadre::lay_counsellor ? CostLine::psychological_therapy : role_cost_line_of(cadre),
        trainees_started[c] * scenario.workforce[c].training_cost_per_trainee);
  }

  const double hundreds_of_thousands = static_cast<double>(capacity.population_size) / 1e5;
  const auto fte_per_week = [&](double fte_per_100k, double fte_year) {
    return fte_per_100k * hundreds_of_thousands * fte_year / kWeeksPerYear;
  };
  add(CostLine::primary_care_mental_health,
      fte_per_week(scenario.front_door.navigator_fte_per_100k, unit.navigator_fte_year));
  add(CostLine::community,
      fte_per_week(scenario.employment_support.specialist_fte_per_100k, unit.employment_specialist_fte_year) +
          fte_per_week(scenario.assertive_community_treatment.team_fte_per_100k, unit.act_staff_fte_year) +
          static_cast<double>(capacity.housing_first_units) * unit.housing_first_unit_year / kWeeksPerYear);

  const CrisisCapacity& crisis = capacity.crisis;
  const auto servers = [](const ServerPool& pool) { return static_cast<double>(pool.servers()); };
  add(CostLine::crisis, fte_per_week(scenario.crisis_line.call_handler_fte_per_100k, unit.call_handler_fte_year) +
                            servers(crisis.mobile_teams) * scenario.mobile_team.cover_hours_per_day * kDaysPerWeek *
                                unit.mobile_team_hour +
                            servers(crisis.stabilisation_chairs) * kDaysPerWeek * unit.stabilisation_chair_day +
                            servers(crisis.short_term_beds) * kDaysPerWeek * unit.short_term_bed_day);
  add(CostLine::inpatient, servers(crisis.inpatient_beds) * kDaysPerWeek * unit.inpatient_bed_day);
  const CampaignSettings& campaigns = scenario.campaigns;
  add(CostLine::campaigns,
      (campaigns.anti_stigma_spend_per_100k_per_year + campaigns.awareness_spend_per_100k_per_year) *
          hundreds_of_thousands / kWeeksPerYear);
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
          employed * scenario.costs.productivity_per_employed_week};
}

namespace {

// The cost of one line over the horizon, undiscounted.
double line_total(const WeeklyMatrix& cost, std::size_t line) {
  return cost.col(static_cast<Eigen::Index>(line)).sum();
}

void add_costs(FigureList& figures, const Scenario& scenario, const Results& r, const std::string& unit) {
  const WeeklyMatrix& cost = r.table("costs").values;
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
  const WeeklyMatrix& cost = r.table("costs").values;
  const WeeklyMatrix& budget = r.table("budget").values;
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
                ratio(label_columns(paid, c, kCoverageLabels.size()).sum(),
                      label_columns(covered, c, kCoverageLabels.size()).sum() / kWeeksPerYear),
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
  const Eigen::VectorXd productivity = r.table("productivity_value").values.rowwise().sum();
  figures.add("productivity_value", productivity.sum(), unit,
              "value of the work of people employed over the horizon, undiscounted");
  figures.add("productivity_value_discounted", discounted_sum(productivity, scenario.economics.discount_rate_per_year),
              unit, "the same, discounted to the start of the horizon");
  return figures.take();
}

}  // namespace mhsim
