// In-memory history for tests.
#include "platform/memory_browser.h"

namespace hearth::platform {

MemoryBrowser::MemoryBrowser(std::string start_hash, std::int64_t now)
    : entries_{std::move(start_hash)}, now_(now) {}

void MemoryBrowser::push_hash(const std::string& hash) {
  if (hash == entries_[index_]) return;  // browsers fire no hashchange for the same hash
  entries_.resize(index_ + 1);
  entries_.push_back(hash);
  ++index_;
  if (on_hash_change) on_hash_change(hash);
}

bool MemoryBrowser::back() {
  if (index_ == 0) return false;
  --index_;
  if (on_hash_change) on_hash_change(entries_[index_]);
  return true;
}

bool MemoryBrowser::forward() {
  if (index_ + 1 >= entries_.size()) return false;
  ++index_;
  if (on_hash_change) on_hash_change(entries_[index_]);
  return true;
}

}  // namespace hearth::platform
