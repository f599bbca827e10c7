// The browser's address, history, title and clock, behind a small interface.
#pragma once

#include <cstdint>
#include <string>

namespace hearth::platform {

class Browser {
 public:
  virtual ~Browser() = default;
  virtual std::string hash() const = 0;                    // e.g. "#/t/welcome/12"
  virtual void push_hash(const std::string& hash) = 0;     // new history entry (then hashchange)
  virtual void replace_hash(const std::string& hash) = 0;  // no history entry, no hashchange
  virtual void set_title(const std::string& title) = 0;
  // Opens an http(s) or mailto address in a new tab, without giving it this page (noopener).
  virtual void open_external(const std::string& url) = 0;
  // Puts text on the system clipboard. A "#/..." route is copied as this page's full address.
  virtual void copy_text(const std::string& text) = 0;
  // Offers `text` as a file for the member to save.
  virtual void download(const std::string& name, const std::string& mime, const std::string& text) = 0;
  virtual std::int64_t now_unix() const = 0;
};

}  // namespace hearth::platform
