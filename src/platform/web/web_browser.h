// The real browser: location.hash, history, document.title, Date.now().
#pragma once

#include "platform/browser.h"

namespace hearth::platform {

class WebBrowser final : public Browser {
 public:
  std::string hash() const override;
  void push_hash(const std::string& hash) override;
  void replace_hash(const std::string& hash) override;
  void set_title(const std::string& title) override;
  void open_external(const std::string& url) override;
  void copy_text(const std::string& text) override;
  void download(const std::string& name, const std::string& mime, const std::string& text) override;
  std::int64_t now_unix() const override;
};

// Calls the app's exported hearth_hash_changed() on hashchange, and hearth_wake() on input,
// resize and visibility events (the app draws only when something changed).
void listen_for_page_events();
// Shows the page's own error panel (shell/index.html) with `message`.
void show_fatal_error(const std::string& message);
// Hides the loading overlay once the first frame is drawn.
void hide_loading();
// The page's size in CSS pixels.
void page_size(int& width, int& height);
// The system's colour scheme (prefers-color-scheme: dark).
bool prefers_dark();
// The page's own background behind the canvas (and the browser's theme colour).
void set_page_colour(const char* css_colour);

}  // namespace hearth::platform
