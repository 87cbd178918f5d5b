#pragma once
// A TOML value as TOML spells it: for error messages, and to carry a value read
// in one document (a timeline entry) into another (an override).
#include <toml++/toml.h>

#include <string>

namespace mhsim {

std::string render(const toml::node& node);
// Text as a message shows it on one line: newlines as \n, a long text (a pasted file) cut, with its length said.
std::string shortened(std::string text);

}  // namespace mhsim
