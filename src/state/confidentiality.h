// The client-confidentiality check (shared/DESIGN.md, "Client confidentiality"): before a post
// goes live, the composer warns about text that may identify a client, names what was found
// and why, and lets the author edit or confirm. It must stay quiet on ordinary professional
// talk, so each rule looks for identifying *detail*, not for clinical words alone.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace hearth::state {

enum class IdentifierKind {
  phone_number,
  email_address,
  postal_address,  // a house number and street, or a postcode
  date_of_birth,
  health_number,   // NHS-style 10-digit number
  age_with_place,  // "a 34-year-old from Leeds"
  named_client,    // a personal name in clinical context ("my client Sarah")
};

struct Finding {
  IdentifierKind kind;
  std::size_t offset = 0;  // bytes into the text
  std::size_t length = 0;
  std::string excerpt;     // the matched text, as the author wrote it
};

// What was found, in order of appearance (overlaps removed).
std::vector<Finding> find_identifying_details(std::string_view text);

// "a phone number" etc.: the kind in words for the warning's list.
const char* identifier_label(IdentifierKind kind);
// Why it matters, in one sentence the author reads in the warning.
const char* identifier_reason(IdentifierKind kind);

}  // namespace hearth::state
