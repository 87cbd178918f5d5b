#pragma once
// Cost-sharing (docs/model.md, "Cost-sharing and parity"): the copay a person
// pays at the point of care after parity, how far it deters them by income,
// and what it does to treatment drop-out.
#include <array>
#include <cstddef>
#include <cstdint>

#include "population/person.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

// The copay a person of `coverage` pays under `copay_by_coverage` after parity,
// and how far it deters a person of `income` (copay / the copay that halves help-seeking).
double copay_after_parity(const CostSharingSettings& sharing, const std::array<double, 3>& copay_by_coverage,
                          std::uint8_t coverage);
double copay_burden(const CostSharingSettings& sharing, double copay, std::uint8_t income);
// What a person of `coverage` and `income` pays: after parity, on the sliding scale by income.
double copay_paid(const CostSharingSettings& sharing, const std::array<double, 3>& copay_by_coverage,
                  std::uint8_t coverage, std::uint8_t income);
// What a person pays per session of `service` (0 where care is free at the point of use).
double session_copay(const CostSharingSettings& sharing, const PersonAttributes& attributes, std::size_t service);
// On the treatment drop-out hazard of the person's service (1 for services without a copay).
double copay_dropout_rate_ratio(const Scenario& scenario, const PersonAttributes& attributes, std::size_t service);

}  // namespace mhsim
