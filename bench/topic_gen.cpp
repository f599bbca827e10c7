// Generated forum data for the benchmarks and the unit tests (see topic_gen.h).
#include "bench/topic_gen.h"

#include <random>
#include <string>

#include <nlohmann/json.hpp>

namespace hearth::bench {

namespace {
const char* const k_words[] = {"silence", "client", "session", "supervision", "therapeutic", "relationship",
                               "contracting", "boundaries", "rupture", "repair", "formulation", "attachment",
                               "curiosity", "practice", "online", "room", "pace", "trust", "shame", "grief",
                               "the", "and", "of", "a", "to", "in", "that", "it", "with", "when", "we", "not"};
const char* const k_names[] = {"maya.okafor", "jonas.berg", "priya.nair", "daniel.price", "eleni.papadaki",
                               "olek.nowak", "ruth.lead", "tomas.admin", "ines.admin", "sam.mod"};

std::string sentence(std::mt19937& rng, int words) {
  std::string s;
  for (int i = 0; i < words; ++i) {
    if (i) s += ' ';
    s += k_words[rng() % std::size(k_words)];
  }
  s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s + ".";
}

std::string cooked(std::mt19937& rng) {
  std::string html;
  int paragraphs = 1 + static_cast<int>(rng() % 4);
  for (int i = 0; i < paragraphs; ++i) {
    switch (rng() % 6) {
      case 0:
        html += "<aside class=\"quote no-group\" data-username=\"" + std::string(k_names[rng() % 10]) +
                "\"><div class=\"title\">" + k_names[rng() % 10] + ":</div><blockquote><p>" + sentence(rng, 12) +
                "</p></blockquote></aside>";
        break;
      case 1:
        html += "<ul><li>" + sentence(rng, 6) + "</li><li>" + sentence(rng, 8) + "</li><li>" + sentence(rng, 5) +
                "</li></ul>";
        break;
      case 2:
        html += "<p>" + sentence(rng, 10) + " <a href=\"https://example.org/reading/" + std::to_string(rng() % 1000) +
                "\">" + sentence(rng, 3) + "</a> " + sentence(rng, 9) + "</p>";
        break;
      default:
        html += "<p>" + sentence(rng, 14) + " <strong>" + sentence(rng, 3) + "</strong> " + sentence(rng, 11) +
                " <em>" + sentence(rng, 4) + "</em> <a class=\"mention\" href=\"/u/" + k_names[rng() % 10] + "\">@" +
                k_names[rng() % 10] + "</a> " + sentence(rng, 12) + "</p>";
        break;
    }
  }
  return html;
}

}  // namespace

std::string topic_json(int posts, unsigned seed) {
  std::mt19937 rng(seed);
  nlohmann::json stream = nlohmann::json::array();
  nlohmann::json list = nlohmann::json::array();
  for (int i = 1; i <= posts; ++i) {
    const char* who = k_names[rng() % 10];
    int likes = static_cast<int>(rng() % 12);
    nlohmann::json actions = nlohmann::json::array();
    actions.push_back({{"id", 2}, {"count", likes}, {"acted", rng() % 5 == 0}, {"can_act", true}, {"can_undo", true}});
    if (rng() % 40 == 0) actions.push_back({{"id", 4}, {"count", 1}, {"can_act", true}});
    std::string day = std::to_string(10 + (i * 28 / std::max(1, posts)) % 18);
    list.push_back({{"id", 100000 + i},
                    {"name", who},
                    {"username", who},
                    {"avatar_template", std::string("/user_avatar/forum/") + who + "/{size}/1_2.png"},
                    {"created_at", "2026-10-" + day + "T09:" + std::to_string(10 + i % 50) + ":00.000Z"},
                    {"updated_at", "2026-10-" + day + "T09:" + std::to_string(10 + i % 50) + ":00.000Z"},
                    {"cooked", cooked(rng)},
                    {"post_number", i},
                    {"post_type", 1},
                    {"reply_count", static_cast<int>(rng() % 3)},
                    {"reply_to_post_number", i > 1 && rng() % 3 == 0 ? nlohmann::json(1 + rng() % (i - 1)) : nlohmann::json(nullptr)},
                    {"quote_count", 0},
                    {"incoming_link_count", 0},
                    {"reads", static_cast<int>(rng() % 200)},
                    {"score", 0.2 * static_cast<double>(rng() % 100)},
                    {"yours", false},
                    {"topic_id", 4242},
                    {"topic_slug", "a-very-long-conversation"},
                    {"display_username", who},
                    {"version", 1},
                    {"can_edit", false},
                    {"can_delete", false},
                    {"can_recover", false},
                    {"can_wiki", false},
                    {"user_title", "Integrative counsellor"},
                    {"actions_summary", actions},
                    {"moderator", false},
                    {"admin", false},
                    {"staff", false},
                    {"user_id", 1 + rng() % 500},
                    {"hidden", false},
                    {"trust_level", 2},
                    {"deleted_at", nullptr},
                    {"user_deleted", false},
                    {"edit_reason", nullptr},
                    {"can_view_edit_history", true},
                    {"wiki", false},
                    {"like_count", likes}});
    stream.push_back(100000 + i);
  }
  nlohmann::json topic = {{"id", 4242},
                          {"title", "A very long conversation about silence in the first sessions"},
                          {"fancy_title", "A very long conversation about silence in the first sessions"},
                          {"slug", "a-very-long-conversation"},
                          {"posts_count", posts},
                          {"created_at", "2026-10-10T09:00:00.000Z"},
                          {"views", 12000},
                          {"reply_count", posts - 1},
                          {"like_count", posts * 5},
                          {"category_id", 2},
                          {"archetype", "regular"},
                          {"details", {{"can_create_post", true}, {"notification_level", 1}}},
                          {"post_stream", {{"posts", list}, {"stream", stream}}}};
  return topic.dump();
}

}  // namespace hearth::bench
