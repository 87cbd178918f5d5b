#include "scenario/toml_text.hpp"

#include <sstream>

#include "scenario/schema.hpp"

namespace mhsim {

std::string render(const toml::node& node) {
  if (const auto* table = node.as_table()) {
    std::string out = "{ ";
    bool first = true;
    for (auto&& [key, value] : *table) {
      out += std::string(first ? "" : ", ") + std::string(key.str()) + " = " + render(value);
      first = false;
    }
    return out + (first ? "}" : " }");
  }
  if (const auto* array = node.as_array()) {
    std::string out = "[";
    for (std::size_t i = 0; i < array->size(); ++i) out += (i > 0 ? ", " : "") + render(*array->get(i));
    return out + "]";
  }
  if (const auto* text = node.as_string()) return toml_string(text->get());
  if (const auto* number = node.as_floating_point()) return toml_number(number->get());
  if (const auto* integer = node.as_integer()) return std::to_string(integer->get());
  if (const auto* flag = node.as_boolean()) return flag->get() ? "true" : "false";
  std::ostringstream out;
  node.visit([&out](const auto& value) { out << value; });
  return out.str();
}

std::string shortened(std::string text) {
  constexpr std::size_t kShownCharacters = 200;  // a table of shares stays whole
  const std::size_t length = text.size();
  if (length > kShownCharacters) text.resize(kShownCharacters);
  for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 2)) {
    text.replace(at, 1, "\\n");
  }
  if (length > kShownCharacters) text += "... (" + std::to_string(length) + " characters)";
  return text;
}

}  // namespace mhsim
