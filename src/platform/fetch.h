// Fetching a file that ships with the site (fonts, demo data) as bytes.
#pragma once

#include <functional>
#include <string>

namespace hearth::platform {

struct FetchedFile {
  bool ok = false;
  int status = 0;      // HTTP status; 0 when the request never got an answer
  std::string bytes;   // the body when ok
  std::string error;   // what went wrong, for the member and the log
};

// Calls `done` on the main thread once the file has arrived or failed.
void fetch_site_file(const std::string& url, std::function<void(FetchedFile)> done);

}  // namespace hearth::platform
