// The memory and file stores for the embedded community.
#include "platform/community_store.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <unistd.h>

namespace hearth::platform {

MemoryCommunityStore::MemoryCommunityStore(std::shared_ptr<MemoryStoreShared> shared,
                                           std::function<void(std::function<void()>)> defer)
    : shared_(std::move(shared)), defer_(std::move(defer)) {
  index_ = shared_->listeners.size();
  shared_->listeners.push_back(nullptr);
}

void MemoryCommunityStore::load(Loaded done) {
  defer_([shared = shared_, done = std::move(done)] { done(std::nullopt, shared->saved); });
}

void MemoryCommunityStore::update(std::function<std::string(const std::string&)> merge, Finished done) {
  defer_([shared = shared_, merge = std::move(merge), done = std::move(done)] {
    std::string next = merge(shared->saved);
    if (shared->fail_next_save) {
      auto failure = *shared->fail_next_save;
      shared->fail_next_save.reset();
      return done(failure);
    }
    shared->saved = std::move(next);
    ++shared->saves;
    done(std::nullopt);
  });
}

void MemoryCommunityStore::set_aside(Finished done) {
  defer_([shared = shared_, done = std::move(done)] {
    if (!shared->saved.empty()) shared->set_aside_copies.push_back(shared->saved);
    shared->saved.clear();
    done(std::nullopt);
  });
}

void MemoryCommunityStore::broadcast(const std::string& message) {
  for (std::size_t i = 0; i < shared_->listeners.size(); ++i) {
    if (i == index_ || !shared_->listeners[i]) continue;
    defer_([shared = shared_, i, message, from = index_] {
      if (shared->listeners[i]) shared->listeners[i](from, message);
    });
  }
}

void MemoryCommunityStore::on_broadcast(std::function<void(const std::string&)> listener) {
  shared_->listeners[index_] = [listener = std::move(listener)](std::size_t, const std::string& m) { listener(m); };
}

std::optional<std::string> read_file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (errno == ENOENT) return std::string();
    return std::nullopt;
  }
  std::ostringstream out;
  out << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return out.str();
}

FileCommunityStore::FileCommunityStore(std::string path, std::function<void(std::function<void()>)> defer)
    : path_(std::move(path)), defer_(std::move(defer)) {}

void FileCommunityStore::load(Loaded done) {
  auto text = read_file_text(path_);
  defer_([done = std::move(done), text = std::move(text), path = path_] {
    if (!text) return done(StoreFailure{"could not read " + path + ": " + std::strerror(errno), false}, "");
    done(std::nullopt, *text);
  });
}

void FileCommunityStore::update(std::function<std::string(const std::string&)> merge, Finished done) {
  auto failed = [&](std::string what) {
    defer_([done = std::move(done), what = std::move(what)] { done(StoreFailure{what, false}); });
  };
  auto saved = read_file_text(path_);
  if (!saved) return failed("could not read " + path_);
  std::string next = merge(*saved);
  std::string temp = path_ + ".saving";
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return failed("could not write " + temp + ": " + std::strerror(errno));
  std::size_t limit = crash_after_ ? std::min(*crash_after_, next.size()) : next.size();
  std::size_t written = 0;
  while (written < limit) {
    ssize_t n = ::write(fd, next.data() + written, limit - written);
    if (n < 0) {
      int err = errno;
      ::close(fd);
      return defer_([done = std::move(done), err] { done(StoreFailure{std::strerror(err), err == ENOSPC}); });
    }
    written += static_cast<std::size_t>(n);
  }
  if (crash_after_) {  // the process "dies" here: the temporary file is left half written
    crash_after_.reset();
    ::close(fd);
    return failed("the save was interrupted");
  }
  bool ok = ::fsync(fd) == 0;
  ok = ::close(fd) == 0 && ok;
  if (!ok || std::rename(temp.c_str(), path_.c_str()) != 0) return failed("could not save " + path_ + ": " + std::strerror(errno));
  defer_([done = std::move(done)] { done(std::nullopt); });
}

void FileCommunityStore::set_aside(Finished done) {
  std::string aside = path_ + ".set-aside-" + std::to_string(std::time(nullptr));
  if (std::rename(path_.c_str(), aside.c_str()) != 0 && errno != ENOENT) {
    std::string why = std::strerror(errno);
    return defer_([done = std::move(done), why] { done(StoreFailure{"could not set the saved copy aside: " + why, false}); });
  }
  defer_([done = std::move(done)] { done(std::nullopt); });
}

}  // namespace hearth::platform
