#pragma once
// Natural history (docs/model.md, "Natural history"): what happens when an
// illness process of a person fires - onset, remission, a change of severity
// band, the course of severe mental illness - and the illness a person starts
// the run with. Illness keeps no state beyond the person's own; the care a
// person is in reacts to a change through the kernel.
#include "event/step.hpp"

namespace mhsim {

enum class CmdChange : std::uint8_t { onset, remission };
enum class SmiChange : std::uint8_t { onset, relapse, recovery };

// Sets the disorder's state and draws a score within its band.
void set_cmd_state(Step& step, PersonId id, CmdState state);

// Prevalent illness at the start of the burn-in, and a past episode by the person's age.
void draw_initial_illness(Step& step, PersonId id);

CmdChange on_cmd_transition(Step& step, PersonId id, double now);
// One band up untreated, one band down in treatment.
void on_cmd_severity_change(Step& step, PersonId id, double now);
SmiChange on_smi_transition(Step& step, PersonId id, double now);

// Counts a death and logs it; true when mental illness caused it (a suicide,
// or an excess death drawn in proportion to the hazard illness added).
bool record_death(Step& step, PersonId id, bool suicide, double now);

}  // namespace mhsim
