#pragma once
// Screening (docs/model.md, "Help-seeking and access"): screens a year at
// routine visits, in school (under 18), in perinatal care and in NCD and HIV clinics, and how many come back positive.
#include <array>

#include "event/routes.hpp"
#include "population/population.hpp"
#include "scenario/scenario.hpp"

namespace mhsim {

// The route into care of a positive screen in each setting.
inline constexpr std::array kScreeningRoutes{Route::routine_screening, Route::school_screening,
                                             Route::perinatal_screening, Route::clinic_screening};
inline constexpr std::size_t kClinicSetting = 3;

// Screens a year in each setting, in the order of kScreeningRoutes.
std::array<double, kScreeningRoutes.size()> screens_per_year_by_setting(const Scenario& scenario,
                                                                        const Population& people, PersonId id);
// Screens coming back positive, a year, over every setting: true positives for
// people who are ill, false positives for people who are well; and pupils with a
// disorder whom trained teachers refer (youth/), on the school route without a screen.
double positive_screen_rate_per_year(const Scenario& scenario, const Population& people, PersonId id);
// The screens a positive screen of this person stands for: 1 / the chance a
// screen of them is positive. Negative screens are not events in the model, so
// the screens given (what screening costs) are counted through the positives.
double screens_per_positive_screen(const Scenario& scenario, const Population& people, PersonId id);

}  // namespace mhsim
