// The embedded community's log of writes: saved after every write (only once the member has
// accepted the cookies notice), read back on the next visit, shared with other tabs, and reset.
// A damaged or newer saved copy is reported and never written over; saving failures keep the
// writes in this tab and try again.
#include <algorithm>

#include "api/local_community.h"
#include "model/time.h"

namespace hearth::api {

using nlohmann::json;

void LocalCommunity::set_storage(DemoStorage::State state, std::string message) {
  if (message.empty()) message = load_note_;
  DemoStorage next{state, std::move(message), unsaved_.size(), storage_.resets};
  if (next == storage_) return;
  storage_ = next;
  if (on_status_) on_status_(storage_);
}

void LocalCommunity::record(Op op) {
  log_keys_.insert(op.key());
  unsaved_.insert(op.key());
  json message{{"epoch", epoch_}, {"ops", json::array({op_to_json(op)})}};
  log_.push_back(std::move(op));
  if (!store_ || !saving_allowed_) {
    if (storage_.state == DemoStorage::State::memory_only) set_storage(DemoStorage::State::memory_only, storage_.message);
    return;
  }
  store_->broadcast(message.dump());
  save_soon();
}

void LocalCommunity::rebuild() {
  data_ = seed_;
  ++revision_;
  for (const auto& op : log_) apply(op);
}

void LocalCommunity::adopt(std::vector<Op> ops) {
  std::vector<Op> fresh;
  for (auto& op : ops)
    if (!log_keys_.count(op.key())) fresh.push_back(std::move(op));
  if (fresh.empty()) return;
  std::sort(fresh.begin(), fresh.end());
  bool in_order = log_.empty() || log_.back() < fresh.front();
  for (const auto& op : fresh) {
    log_keys_.insert(op.key());
    lamport_ = std::max(lamport_, op.lamport);
    if (op.tab == tab_) seq_ = std::max(seq_, op.seq);
  }
  if (in_order) {
    for (auto& op : fresh) {
      apply(op);  // one another tab's rules already accepted; it may fail here only after a conflict
      log_.push_back(std::move(op));
    }
  } else {
    // An operation from before some of ours: replay everything in the agreed order, telling the
    // screen only about the new ones.
    std::set<std::string> fresh_keys;
    for (const auto& op : fresh) fresh_keys.insert(op.key());
    log_ = merge_ops(log_, fresh);
    data_ = seed_;
    for (const auto& op : log_) {
      quiet_ = !fresh_keys.count(op.key());
      apply(op);
    }
    quiet_ = false;
  }
  flush_events();
}

void LocalCommunity::connect(platform::CommunityStore& store, std::function<void(const DemoStorage&)> on_status) {
  store_ = &store;
  on_status_ = std::move(on_status);
  set_storage(DemoStorage::State::loading, "Reading the demo community saved in this browser.");
  store.on_broadcast([this](const std::string& message) { heard(message); });
  store.load([this](std::optional<platform::StoreFailure> failure, std::string text) {
    loaded_ = true;
    if (failure) {
      set_storage(DemoStorage::State::unreadable,
                  "The demo community saved in this browser could not be read (" + failure->message +
                      "). Nothing has been changed. Reset the demo to start again; the saved copy is kept aside.");
      return;
    }
    StoreRead read = read_store(text);
    if (read.problem == StoreProblem::unreadable || read.problem == StoreProblem::newer_version) {
      set_storage(DemoStorage::State::unreadable, read.message);
      return;
    }
    // A new store gets its epoch when first written (merge_into), so two tabs that both found
    // it empty agree on the first one's.
    if (epoch_.empty() && read.problem == StoreProblem::none) epoch_ = read.log.epoch;
    set_aside_ = read.log.set_aside;
    std::string note;
    if (read.problem == StoreProblem::none) {
      if (read.log.seed != seed_version_) {
        // Saved against another version of the demo data: keep what still fits, set the rest aside.
        std::vector<Op> kept;
        data_ = seed_;
        for (auto& op : merge_ops(log_, read.log.ops)) {
          if (apply(op).ok()) kept.push_back(std::move(op));
          else set_aside_.push_back(op_to_json(op));
        }
        std::size_t dropped = read.log.ops.size() + log_.size() - kept.size();
        log_ = std::move(kept);
        log_keys_.clear();
        for (const auto& op : log_) {
          log_keys_.insert(op.key());
          lamport_ = std::max(lamport_, op.lamport);
        }
        if (dropped)
          note = load_note_ = std::to_string(dropped) + " saved change(s) no longer fit this version of the demo and were set aside.";
        pending_.clear();
        save_soon();
      } else {
        adopt(std::move(read.log.ops));
        pending_.clear();
      }
    }
    if (saving_allowed_) {
      set_storage(unsaved_.empty() ? DemoStorage::State::saved : DemoStorage::State::saving, note);
      if (!unsaved_.empty()) save_soon();
    } else {
      set_storage(DemoStorage::State::memory_only, note);
    }
  });
}

void LocalCommunity::allow_saving(bool allowed) {
  saving_allowed_ = allowed;
  if (!store_ || !loaded_ || storage_.state == DemoStorage::State::unreadable) return;
  if (!allowed) return set_storage(DemoStorage::State::memory_only, "Changes stay in this tab until the cookies notice is accepted.");
  set_storage(unsaved_.empty() ? DemoStorage::State::saved : DemoStorage::State::saving);
  if (!unsaved_.empty()) save_soon();
}

void LocalCommunity::save_soon() {
  if (!store_ || !saving_allowed_ || !loaded_ || storage_.state == DemoStorage::State::unreadable) return;
  if (save_in_flight_) {
    save_again_ = true;
    return;
  }
  save_in_flight_ = true;
  save_again_ = false;
  set_storage(DemoStorage::State::saving, storage_.state == DemoStorage::State::failed ? storage_.message : std::string());
  auto saving = std::make_shared<std::set<std::string>>(unsaved_);
  store_->update([this, saving](const std::string& saved_text) {
        std::string out = merge_into(saved_text);
        if (out.empty()) saving->clear();  // nothing written: nothing counts as saved
        return out.empty() ? saved_text : out;
      },
      [this, saving](std::optional<platform::StoreFailure> failure) {
        if (!failure)
          for (const auto& k : *saving) unsaved_.erase(k);
        saved(std::move(failure));
      });
}

std::string LocalCommunity::merge_into(const std::string& saved_text) {
  StoreRead read = read_store(saved_text);
  if (read.problem == StoreProblem::unreadable || read.problem == StoreProblem::newer_version) {
    // Another tab (or a newer Hearth) wrote something this version cannot read: leave it be.
    set_storage(DemoStorage::State::unreadable, read.message);
    return {};
  }
  if (read.problem == StoreProblem::none) {
    if (epoch_.empty()) epoch_ = read.log.epoch;
    if (read.log.epoch != epoch_) {
      // The demo was reset in another tab while this one was not listening: follow it.
      data_ = seed_;
      log_.clear();
      log_keys_.clear();
      unsaved_.clear();
      set_aside_.clear();
      epoch_ = read.log.epoch;
      emit(model::LatestEvent{0, "latest"});
      ++storage_.resets;
    }
    for (const auto& j : read.log.set_aside)
      if (std::find(set_aside_.begin(), set_aside_.end(), j) == set_aside_.end()) set_aside_.push_back(j);
    adopt(std::move(read.log.ops));
  }
  if (epoch_.empty()) epoch_ = std::to_string(now()) + "-" + std::to_string(tab_);
  return write_store(StoredLog{epoch_, seed_version_, log_, set_aside_});
}

void LocalCommunity::saved(std::optional<platform::StoreFailure> failure) {
  save_in_flight_ = false;
  if (storage_.state == DemoStorage::State::unreadable) return;
  if (failure) {
    save_again_ = false;
    set_storage(DemoStorage::State::failed,
                failure->quota ? "This browser's storage is full, so your latest changes to the demo are kept in this "
                                 "tab only. Hearth will keep trying; closing the tab before then would lose them."
                               : "Your latest changes to the demo could not be saved (" + failure->message +
                                     "). They are kept in this tab and Hearth will try again.");
    return;
  }
  if (save_again_ || !unsaved_.empty()) {
    save_again_ = false;
    if (!unsaved_.empty()) return save_soon();
  }
  set_storage(DemoStorage::State::saved);
}

void LocalCommunity::retry_saving() {
  if (storage_.state == DemoStorage::State::failed) save_soon();
}

void LocalCommunity::heard(const std::string& message) {
  json j = json::parse(message, nullptr, false);
  if (!j.is_object()) return;
  std::string epoch = j.value("epoch", std::string());
  if (j.value("reset", false)) {
    if (epoch == epoch_) return;
    data_ = seed_;
    log_.clear();
    log_keys_.clear();
    unsaved_.clear();
    set_aside_.clear();
    epoch_ = epoch;
    emit(model::LatestEvent{0, "latest"});
    flush_events();
    ++storage_.resets;
    set_storage(saving_allowed_ ? DemoStorage::State::saved : DemoStorage::State::memory_only,
                "The demo was reset in another tab.");
    return;
  }
  if (epoch_.empty()) epoch_ = epoch;
  if (!epoch.empty() && epoch != epoch_) return;  // from before a reset
  std::vector<Op> ops;
  if (auto it = j.find("ops"); it != j.end() && it->is_array()) {
    std::string why;
    for (const auto& o : *it) {
      Op op;
      if (op_from_json(o, op, why)) ops.push_back(std::move(op));
    }
  }
  adopt(std::move(ops));
}

void LocalCommunity::reset_demo(std::function<void(std::optional<platform::StoreFailure>)> done) {
  auto back_to_seed = [this] {
    data_ = seed_;
    log_.clear();
    log_keys_.clear();
    unsaved_.clear();
    set_aside_.clear();
    epoch_ = std::to_string(now()) + "-" + std::to_string(tab_) + "-" + std::to_string(lamport_);
    emit(model::LatestEvent{0, "latest"});
    flush_events();
    ++storage_.resets;
  };
  if (!store_) {
    back_to_seed();
    return delivery_.post([done = std::move(done)] { done(std::nullopt); });
  }
  store_->set_aside([this, back_to_seed, done = std::move(done)](std::optional<platform::StoreFailure> failure) {
    if (failure) return done(failure);
    back_to_seed();
    loaded_ = true;
    storage_.state = DemoStorage::State::saving;  // no longer unreadable: the bad copy is aside
    store_->broadcast(json{{"epoch", epoch_}, {"reset", true}}.dump());
    if (!saving_allowed_) {
      set_storage(DemoStorage::State::memory_only, "The demo is back to how it started.");
      return done(std::nullopt);
    }
    // Write the new start at once, so a tab that missed the news follows it instead of
    // writing the old changes back.
    store_->update([this](const std::string&) { return write_store(StoredLog{epoch_, seed_version_, {}, {}}); },
                   [this, done](std::optional<platform::StoreFailure> f) {
                     if (f) set_storage(DemoStorage::State::failed, "The reset demo could not be saved: " + f->message);
                     else set_storage(DemoStorage::State::saved, "The demo is back to how it started.");
                     done(f);
                   });
  });
}

}  // namespace hearth::api
