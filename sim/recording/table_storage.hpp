#pragma once
// Each metric's table in the type its kind declares (recording/metrics.hpp): counts are stored whole from the
// first week, as uint16 while every count fits and uint32 from the first that does not; amounts and person-time
// are kept in double until every figure has been made from them, then rounded to float32 (and so are the years
// lived with disability). The other tables (money, means, percentiles, places) stay double.
#include "results/results.hpp"

namespace mhsim {

void store_in_declared_types(Results& results);

}  // namespace mhsim
