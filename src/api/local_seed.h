// The embedded community's data. parse_seed reads the demo's seed (assets/demo/community.json):
// members, categories, topics, posts and private messages written by us for the demo. The same
// structures then hold the community as its rules change it (flags, notifications, reviews,
// suspensions...), which LocalCommunity rebuilds from the seed and its log of writes.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/json_reader.h"
#include "model/site.h"

namespace hearth::api {

enum class Role { member, moderator, admin, lead };

// How often one kind of notification reaches a member (shared/DESIGN.md, preferences).
enum class Frequency { per_post, hourly, daily, weekly, never };
const char* frequency_name(Frequency f);  // "per_post", "hourly", ...
bool frequency_from_name(std::string_view name, Frequency& out);

// The kinds of notification a member chooses a frequency for.
enum class NotifyKind { replies, mentions, messages, likes };
inline constexpr int k_notify_kinds = 4;

struct SeedMember {
  std::int64_t id = 0;  // 1-based position in the seed
  std::string username;
  std::string name;
  std::string title;
  Role role = Role::member;
  std::string location;
  std::string website;
  std::string bio;
  std::string joined_at;
  std::vector<std::string> groups;
  // Changed by the community's rules and the member's own choices.
  Frequency notify[k_notify_kinds] = {Frequency::per_post, Frequency::per_post, Frequency::per_post, Frequency::daily};
  bool hide_profile = false;
  std::vector<std::int64_t> watched_categories, muted_categories;
  std::set<std::string> blocked;  // members whose posts this member hides and who may not message them
  std::set<std::string> muted;
  std::map<std::int64_t, std::int64_t> last_read;  // topic id -> highest post number read
  int copyright_strikes = 0;
  std::int64_t suspended_until = 0;  // Unix seconds; 0: not suspended
  std::string suspend_reason;
};

struct SeedFlag {
  std::string by;
  std::string type;  // "inappropriate", "off_topic", "spam", "copyright", "defamatory", "something_else"
  std::string at;
  std::string message;
  bool active = true;  // cleared when the author's edit un-hides the post or staff disagree
};

struct SeedPost {
  std::int64_t id = 0;
  std::string username;
  std::string raw;
  std::string created_at;
  std::string edited_at;
  std::int64_t reply_to_post_number = 0;
  std::vector<std::string> liked_by;
  std::vector<SeedFlag> flags;
  bool hidden = false;
  std::string edit_reason;
  std::int64_t version = 1;
  // Taken down by staff: "spam" or "copyright" leave a placeholder; defamatory posts are
  // removed from the topic entirely (kept only in the staff record).
  std::string removed;      // "", "spam", "copyright", "defamatory", "staff"
  std::string removed_at;
  // Topics that continue from this post ("reply as linked topic").
  std::vector<std::int64_t> linked_topics;
};

// The community's own settings (shared/DESIGN.md, "The community's rules").
struct SeedSettings {
  int hide_after_staff_flags = 2;  // distinct Administrator-level "inappropriate" flags that hide a post
  int copyright_strikes_to_suspend = 3;
  int copyright_suspension_days = 365;
  int pile_on_threshold = 5;  // distinct members...
  int pile_on_window_minutes = 60;  // ...within this window
  bool members_only = true;  // nothing is readable signed out
};

struct SeedTopic {
  std::int64_t id = 0;
  std::string title;
  std::int64_t category_id = 0;  // 0 for private messages
  bool pinned = false;
  std::vector<SeedPost> posts;
  // A private message: only its participants read it.
  std::vector<std::string> participants;
  // Sent by the community to the author of a hidden post: replying asks for a call.
  std::int64_t notice_for_post = 0;
  std::int64_t linked_from_post = 0;  // the post this topic continues from
  bool private_message() const { return !participants.empty(); }
};

struct SeedNotification {
  std::int64_t id = 0;
  std::string user;  // who is notified
  std::int64_t type = 0;  // model::NotificationType
  NotifyKind kind = NotifyKind::replies;
  std::string by;
  std::int64_t topic_id = 0;
  std::int64_t post_number = 0;
  std::int64_t post_id = 0;
  std::string topic_title;
  std::string created_at;
  bool read = false;
};

// An item in the staff review queue: flagged posts for staff; reports, call requests and
// pile-on signals for the community lead.
struct SeedReview {
  std::int64_t id = 0;
  std::string type;  // "ReviewableFlaggedPost", "HearthReport", "HearthCallRequest", "HearthPileOn"
  std::int64_t status = 0;  // 0 pending, 1 agreed, 2 disagreed, 3 ignored
  std::int64_t version = 1;
  std::int64_t post_id = 0;
  std::int64_t topic_id = 0;
  std::string about;  // the member concerned
  std::string raised_by;
  std::string reason;
  std::string created_at;
  std::string resolved_by;
  std::string resolved_at;
  std::string outcome;  // the action staff took
  std::string removed_text;  // the words of a removed post, for the staff record
};

// Who singled out whom, and when (for the pile-on signal).
struct Attention {
  std::string from, to;
  std::int64_t at = 0;
};

struct SeedGroup {
  std::string name;
  std::string full_name;
};

struct Seed {
  SeedSettings settings;
  std::string title;
  std::string signed_in_as;  // the demo member a visitor acts as at first
  std::vector<SeedGroup> groups;
  std::vector<SeedMember> members;
  std::vector<model::Category> categories;
  std::map<std::int64_t, std::string> category_group;  // closed categories and their group
  std::deque<SeedTopic> topics;  // topics, then private messages (a deque: adding keeps references)
  // Built up by the community's rules.
  std::vector<SeedNotification> notifications;
  std::deque<SeedReview> reviews;
  std::vector<Attention> attention;
};

const char* role_name(Role role);
model::Parsed<Seed> parse_seed(std::string_view json_text);

}  // namespace hearth::api
