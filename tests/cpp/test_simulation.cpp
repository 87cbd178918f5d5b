// Whole-engine properties: determinism, common random numbers, invariants.
#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <set>
#include <thread>

#include "engine.hpp"
#include "engine_fixture.hpp"
#include "recording/metrics.hpp"
#include "simulation/simulation.hpp"

using namespace mhsim;
using mhsim::testing::bitwise_equal;
using mhsim::testing::small_baseline;
using mhsim::testing::total_for_label;

namespace {

double total(const Results& r, const std::string& table) { return r.table(table).to_doubles().sum(); }

}  // namespace

TEST_CASE("the same scenario and seed give bit-identical results, also when runs share threads") {
  const LoadedScenario scenario = small_baseline();
  const Results first = run_simulation(scenario, 11);
  const Results second = run_simulation(scenario, 11);
  CHECK(bitwise_equal(first, second));
  Results in_thread_a, in_thread_b;
  std::thread a([&] { in_thread_a = run_simulation(scenario, 11); });
  std::thread b([&] { in_thread_b = run_simulation(scenario, 11); });
  a.join();
  b.join();
  CHECK(bitwise_equal(first, in_thread_a));
  CHECK(bitwise_equal(first, in_thread_b));
  CHECK_FALSE(bitwise_equal(first, run_simulation(scenario, 12)));
}

TEST_CASE("mortality the population cannot outlast is refused before the run, naming the keys") {
  for (const std::string& fatal : {std::string("mortality.gompertz_slope_per_year=0.2"),
                                   std::string("mortality.gompertz_rate_at_age_15_per_year=0.1"),
                                   std::string("mortality.ncd_rate_ratio=100")}) {
    CAPTURE(fatal);
    const LoadedScenario scenario = small_baseline({fatal});
    try {
      run_simulation(scenario, 1);
      FAIL("ran");
    } catch (const ScenarioError& error) {
      CHECK(std::string(error.what()).find("deaths per person a year in the starting population: expected at most "
                                           "0.2") != std::string::npos);
      CHECK(std::string(error.what()).find("mortality.*") != std::string::npos);
    }
  }
  CHECK(run_simulation(small_baseline({"common_mental_disorder.excess_mortality_rate_ratio=10"}), 1).summary.size() >
        0);
}

TEST_CASE("common random numbers: attributes and first onsets do not depend on the services") {
  const LoadedScenario baseline = small_baseline();
  const LoadedScenario reform = small_baseline({"workforce.psychologist.fte_per_100k=36"});
  Simulation a(baseline.scenario, 3), b(reform.scenario, 3);
  // Record each person's first onset during the run.
  a.run();
  b.run();
  const Population& pa = a.population();
  const Population& pb = b.population();
  REQUIRE(pa.size() == pb.size());  // entries do not depend on policy
  for (PersonId id = 0; id < pa.size(); ++id) {
    REQUIRE(pa.birth_day(id) == pb.birth_day(id));
    REQUIRE(pa.attributes(id).sex == pb.attributes(id).sex);
    REQUIRE(pa.attributes(id).region == pb.attributes(id).region);
    REQUIRE(pa.attributes(id).income == pb.attributes(id).income);
    REQUIRE(pa.attributes(id).coverage == pb.attributes(id).coverage);
    REQUIRE(pa.attributes(id).ncd == pb.attributes(id).ncd);
    // Housing and work move with illness, which treatment changes: not compared.
  }
  // Journeys of sampled people agree up to their first contact with a service.
  Results ra, rb;
  a.export_to(ra);
  b.export_to(rb);
  // The onsets that are a person's first illness event: people ill at the start
  // have a remission first, and that depends on the treatment they got.
  const auto first_onsets = [](const JourneyLog& log) {
    std::map<std::uint32_t, double> onset;
    std::set<std::uint32_t> seen_illness;
    for (std::size_t k = 0; k < log.day.size(); ++k) {
      const auto event = static_cast<JourneyEvent>(log.event[k]);
      if (event == JourneyEvent::entered_population || event == JourneyEvent::aged_into_next_band) continue;
      const bool is_onset = event == JourneyEvent::cmd_onset_mild || event == JourneyEvent::cmd_onset_moderate ||
                            event == JourneyEvent::cmd_onset_severe;
      if (is_onset && !seen_illness.count(log.person[k])) onset[log.person[k]] = log.day[k];
      seen_illness.insert(log.person[k]);
    }
    return onset;
  };
  const auto onsets_a = first_onsets(ra.journeys);
  const auto onsets_b = first_onsets(rb.journeys);
  CHECK(onsets_a.size() > 50);
  // A first onset comes before any service contact, so the reform cannot move it.
  std::size_t compared = 0;
  for (const auto& [person, day] : onsets_a) {
    const auto it = onsets_b.find(person);
    if (it == onsets_b.end()) continue;
    ++compared;
    CHECK(it->second == day);
  }
  CHECK(compared > 0.9 * onsets_a.size());
  // And the reform did change what happened to people.
  CHECK(total(ra, "treatment_starts") != total(rb, "treatment_starts"));
}

TEST_CASE("people are conserved and stocks stay consistent") {
  const LoadedScenario scenario = small_baseline();
  Simulation simulation(scenario.scenario, 5);
  simulation.run();
  const Population& people = simulation.population();
  std::size_t alive = 0;
  for (std::size_t id = 0; id < people.size(); ++id) alive += people.state(id).alive;
  CHECK(people.size() == static_cast<std::size_t>(simulation.initial_size() + simulation.entered()));
  // The recorder's population stock equals the people alive.
  double recorded_alive = 0;
  for (std::size_t cell = 0; cell < kStratumCells; ++cell) recorded_alive += simulation.recorder().stock(Metric::population, 0, cell);
  CHECK(recorded_alive == doctest::Approx(static_cast<double>(alive)));
  // Every person is in at most one place, and the services' counts agree with the people.
  for (std::size_t s = 0; s < kServiceCount; ++s) {
    std::int64_t waiting = 0, treated = 0;
    for (std::size_t id = 0; id < people.size(); ++id) {
      if (!people.state(id).alive || people.state(id).care_service != s) continue;
      waiting += people.state(id).care_place == static_cast<std::uint8_t>(CarePlace::waiting);
      treated += people.state(id).care_place == static_cast<std::uint8_t>(CarePlace::in_treatment);
    }
    const Service& service = simulation.service(static_cast<ServiceId>(s));
    CHECK(service.waiting() == waiting);
    CHECK(service.in_treatment() == treated);
    CHECK(service.in_treatment() <= service.capacity_places());
    CHECK(service.waiting() >= 0);
  }
  Results results;
  simulation.export_to(results);
  // Alive at the end = alive at the end of week 0 + entries - deaths recorded since.
  const auto weekly = [&](const std::string& name) -> Eigen::VectorXd { return results.table(name).to_doubles().rowwise().sum(); };
  const Eigen::VectorXd population = weekly("population"), entries = weekly("population_entries"), deaths = weekly("deaths");
  const Eigen::Index last = population.size() - 1;
  CHECK(population(last) == population(0) + entries.tail(last).sum() - deaths.tail(last).sum());
  CHECK(population(last) == doctest::Approx(static_cast<double>(alive)));
  CHECK(deaths.sum() > 0);
  // Weekly counts never negative.
  for (const auto& table : results.weekly) {
    CAPTURE(table.name);
    if (table.name.ends_with("_days") || table.name.ends_with("_hours") ||
        table.name.ends_with("_weeks")) {  // NaN in weeks (or quarters) without a start, a wait or a response
      CHECK((table.to_doubles().array().isNaN() || table.to_doubles().array() >= 0.0).all());
      continue;
    }
    CHECK(table.to_doubles().minCoeff() >= 0.0);
  }
}

TEST_CASE("the baseline has waiting lists for therapy and people waiting") {
  const Results results = run_simulation(small_baseline(), 2);
  CHECK(results.summary_value("waiting_mean_high_intensity") > 0);
  CHECK(results.summary_value("wait_mean_days_high_intensity") > 0);
  CHECK(results.summary_value("cmd_prevalence") > 0.05);
}

TEST_CASE("a severity head start serves severe cases sooner, and without one the list is first come, first served") {
  const auto wait = [](const Results& r, const std::string& severity) {
    return r.summary_value("wait_mean_days_high_intensity_" + severity);
  };
  const Results strict = run_simulation(small_baseline({"services.high_intensity.severity_head_start_days=100000"}), 8);
  // Moderate cases wait far longer, or never reach the front at all (NaN: nobody started).
  const double strict_moderate = wait(strict, "moderate");
  CHECK((std::isnan(strict_moderate) || wait(strict, "severe") < 0.5 * strict_moderate));
  const Results fifo = run_simulation(small_baseline({"services.high_intensity.severity_head_start_days=0"}), 8);
  CHECK(wait(fifo, "severe") == doctest::Approx(wait(fifo, "moderate")).epsilon(0.25));
  CHECK(wait(fifo, "severe") > 2 * wait(strict, "severe"));
}

TEST_CASE("self-referral reaches therapy without a GP, and warm handoffs lose fewer referrals") {
  constexpr std::size_t kLow = index_of(ServiceId::low_intensity);
  constexpr std::size_t kHigh = index_of(ServiceId::high_intensity);
  const auto route_total = [](const Results& r, Route route) {
    return total_for_label(r, "care_entries", index_of(route));
  };
  const Results baseline = run_simulation(small_baseline(), 6);
  CHECK(route_total(baseline, Route::self_referral) == 0.0);

  const Results self_referral = run_simulation(small_baseline({"access.self_referral_share=0.5"}), 6);
  CHECK(route_total(self_referral, Route::self_referral) > 100);
  // Self-referrers go to psychological therapy only; it is full in the baseline, so the extra
  // referrals lengthen its lists.
  const auto therapy_referrals = [&](const Results& r) {
    return total_for_label(r, "referrals", kLow) + total_for_label(r, "referrals", kHigh);
  };
  CHECK(therapy_referrals(self_referral) > 1.2 * therapy_referrals(baseline));
  CHECK(self_referral.summary_value("waiting_mean_low_intensity") >
        baseline.summary_value("waiting_mean_low_intensity"));
  CHECK(total_for_label(self_referral, "triaged", index_of(ServiceId::medication_management)) <
        total_for_label(baseline, "triaged", index_of(ServiceId::medication_management)));

  // Losses per referral to therapy made by a GP: every referral warm, and warm handoffs lose half as many.
  const Results warm = run_simulation(
      small_baseline({"primary_care.warm_handoff_share=1.0", "primary_care.warm_handoff_loss_ratio=0.5"}), 6);
  const auto loss_share = [&](const Results& r) {
    const double losses = total_for_label(r, "referral_losses", kHigh);
    return losses / (losses + total_for_label(r, "referrals", kHigh));
  };
  CHECK(loss_share(baseline) == doctest::Approx(0.20).epsilon(0.1));
  CHECK(loss_share(warm) < 0.8 * loss_share(baseline));
}

TEST_CASE("medicine stock-outs end medication courses, and adherence scales their effect") {
  const auto primary_care = [](const Results& r, const std::string& table) {
    return total_for_label(r, table, index_of(ServiceId::medication_management));
  };
  const Results baseline = run_simulation(small_baseline(), 9);
  CHECK(baseline.table("stock_out_interruptions").to_doubles().sum() == 0.0);
  const Results stock_outs = run_simulation(small_baseline({"medicines.stock_out_interruption_rate_per_year=2.0"}), 9);
  CHECK(stock_outs.table("stock_out_interruptions").to_doubles().sum() > 50);
  CHECK(primary_care(stock_outs, "completions") < primary_care(baseline, "completions"));
  // Ordinary drop-outs are counted apart from interruptions, at the same rate per person-week in treatment.
  const auto dropouts_per_week_in_treatment = [&](const Results& r) {
    return primary_care(r, "dropouts_treatment") / primary_care(r, "in_treatment");
  };
  CHECK(dropouts_per_week_in_treatment(stock_outs) ==
        doctest::Approx(dropouts_per_week_in_treatment(baseline)).epsilon(0.15));

  const Results no_effect = run_simulation(small_baseline({"medicines.adherence_effect_ratio=0.0"}), 9);
  CHECK(primary_care(no_effect, "recoveries_in_treatment") < 0.8 * primary_care(baseline, "recoveries_in_treatment"));
}
