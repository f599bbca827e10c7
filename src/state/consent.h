// Consent (shared/DESIGN.md, "Consent"): the first visit shows the cookies notice and the terms
// of service; nothing beyond what is strictly needed is stored until the member accepts, and
// declining stores nothing at all.
#pragma once

#include <string>

namespace hearth::state {

// Bumped when the terms change: members accept again.
inline constexpr const char* k_terms_version = "2026-11";

struct Consent {
  enum class Status { undecided, accepted, declined };
  Status status = Status::undecided;
  bool accepted() const { return status == Status::accepted; }
};

}  // namespace hearth::state
