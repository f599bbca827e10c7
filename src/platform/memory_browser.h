// A browser stand-in for native tests: an in-memory history with back and forward.
#pragma once

#include <functional>
#include <vector>

#include "platform/browser.h"

namespace hearth::platform {

class MemoryBrowser final : public Browser {
 public:
  explicit MemoryBrowser(std::string start_hash = "", std::int64_t now = 1'700'000'000);

  std::string hash() const override { return entries_[index_]; }
  void push_hash(const std::string& hash) override;
  void replace_hash(const std::string& hash) override { entries_[index_] = hash; }
  void set_title(const std::string& title) override { title_ = title; }
  std::int64_t now_unix() const override { return now_; }
  void open_external(const std::string& url) override { opened_.push_back(url); }
  const std::vector<std::string>& opened() const { return opened_; }
  void copy_text(const std::string& text) override { clipboard_ = text; }
  const std::string& clipboard() const { return clipboard_; }
  void download(const std::string& name, const std::string&, const std::string& text) override { downloads_.emplace_back(name, text); }
  const std::vector<std::pair<std::string, std::string>>& downloads() const { return downloads_; }

  bool back();     // false at the first entry
  bool forward();  // false at the last entry
  const std::string& title() const { return title_; }
  void set_now(std::int64_t now) { now_ = now; }
  // Called on push, back and forward with the new hash, as the page's hashchange listener is.
  std::function<void(const std::string&)> on_hash_change;

 private:
  std::vector<std::string> entries_;
  std::size_t index_ = 0;
  std::string title_;
  std::int64_t now_;
  std::vector<std::string> opened_;
  std::string clipboard_;
  std::vector<std::pair<std::string, std::string>> downloads_;
};

}  // namespace hearth::platform
