#include "model/metrics.hpp"

#include <stdexcept>

namespace mhsim {

using enum MetricKind;
using enum Axis;

const std::array<MetricSpec, kMetricCount> kMetricSpecs{{
    {"population", stock, none, "people", "people alive at the end of the week"},
    {"cmd_prevalent", stock, severity, "people", "people with a common mental disorder at the end of the week, by current severity"},
    {"smi_prevalent", stock, smi_state, "people", "people with a severe mental illness at the end of the week, stable or in an acute episode"},
    {"waiting", stock, service, "people", "people on the service's waiting list at the end of the week"},
    {"in_treatment", stock, service, "people", "people in treatment with the service at the end of the week"},
    {"person_weeks_alive", person_time, none, "person-weeks", "time lived during the week"},
    {"person_weeks_cmd", person_time, severity, "person-weeks", "time lived with a common mental disorder during the week, by severity"},
    {"person_weeks_smi", person_time, smi_state, "person-weeks", "time lived with a severe mental illness during the week, by state"},
    {"population_entries", flow, none, "people", "people entering the population at age 15"},
    {"deaths", flow, none, "people", "deaths from all causes, suicide included"},
    {"excess_deaths", flow, none, "people", "deaths other than suicide attributable to mental or physical illness (rate ratio above 1)"},
    {"suicides", flow, none, "people", "deaths by suicide"},
    {"cmd_onsets", flow, severity, "episodes", "new episodes of common mental disorder, by severity at onset"},
    {"cmd_remissions", flow, none, "episodes", "episodes of common mental disorder ending in remission, treated or not"},
    {"cmd_worsenings", flow, none, "episodes", "untreated episodes moving up one severity band"},
    {"smi_onsets", flow, none, "people", "new cases of severe mental illness"},
    {"smi_relapses", flow, none, "episodes", "acute relapses of severe mental illness"},
    {"crises", flow, none, "crises", "mental health crises"},
    {"help_seeking_contacts", flow, none, "contacts", "people with a common mental disorder consulting primary care about it"},
    {"undetected_contacts", flow, none, "contacts", "help-seeking contacts at which the disorder was not recognised"},
    {"screen_false_positives", flow, none, "screens", "positive routine screens in people without a disorder"},
    {"care_entries", flow, route, "people", "people entering care (recognised and routed to a service), by route"},
    {"referral_losses", flow, none, "referrals", "referrals to psychological therapy never attended"},
    {"referrals", flow, service, "people", "people referred to the service (onto its waiting list, or straight into treatment when a place is free)"},
    {"treatment_starts", flow, service, "people", "people starting treatment with the service"},
    {"completions", flow, service, "people", "people finishing a planned course of treatment without having remitted during it"},
    {"recoveries_in_treatment", flow, service, "people", "people remitting during treatment and discharged recovered"},
    {"dropouts_waiting", flow, service, "people", "people leaving the waiting list before treatment, not recovered"},
    {"dropouts_treatment", flow, service, "people", "people stopping treatment early, not recovered"},
    {"recoveries_waiting", flow, service, "people", "people remitting while on the waiting list"},
    {"wait_days_sum", flow, service, "days", "sum of the waits of people starting treatment during the week (divide by treatment_starts for the mean)"},
    {"stock_out_interruptions", flow, none, "people", "medication courses ended by a medicine stock-out, not recovered (not in dropouts_treatment)"},
}};

Metric stock_of_person_time(Metric person_time) {
  switch (person_time) {
    case Metric::person_weeks_alive: return Metric::population;
    case Metric::person_weeks_cmd: return Metric::cmd_prevalent;
    case Metric::person_weeks_smi: return Metric::smi_prevalent;
    default: throw std::logic_error("stock_of_person_time: not a person-time metric");
  }
}

}  // namespace mhsim
