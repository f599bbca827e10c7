// JSON mapping of /site.json (categories).
#include "model/site.h"

namespace hearth::model {

const Category* Site::category(std::int64_t id) const {
  for (const auto& c : categories)
    if (c.id == id) return &c;
  return nullptr;
}

Category read_category(ObjectReader& r) {
  Category c;
  c.id = r.required_int("id");
  c.name = r.required_string("name");
  c.slug = r.optional_string("slug");
  c.color = r.optional_string("color", "888888");
  c.text_color = r.optional_string("text_color", "FFFFFF");
  c.description = r.optional_string("description_text");
  c.parent_category_id = r.optional_int("parent_category_id");
  c.topic_count = r.optional_int("topic_count");
  c.position = r.optional_int("position");
  c.read_restricted = r.optional_bool("read_restricted");
  return c;
}

const PostActionType* Site::action_type(std::string_view name_key) const {
  for (const auto& t : post_action_types)
    if (t.name_key == name_key) return &t;
  return nullptr;
}

static PostActionType read_post_action_type(ObjectReader& r) {
  PostActionType t;
  t.id = r.required_int("id");
  t.name_key = r.optional_string("name_key");
  t.name = r.optional_string("name");
  t.description = r.optional_string("description");
  t.short_description = r.optional_string("short_description");
  t.is_flag = r.optional_bool("is_flag");
  t.is_custom_flag = r.optional_bool("is_custom_flag");
  return t;
}

static Group read_group(ObjectReader& r) {
  Group g;
  g.id = r.required_int("id");
  g.name = r.required_string("name");
  return g;
}

// {"name": integer, ...} maps, such as trust_levels and notification_types.
static std::vector<std::pair<std::string, std::int64_t>> read_int_map(ObjectReader& r,
                                                                      std::string_view key) {
  std::vector<std::pair<std::string, std::int64_t>> out;
  const Json* map = r.optional_object(key);
  if (!map) return out;
  ObjectReader m(*map, r.path_of(key), r.context());
  for (auto it = map->begin(); it != map->end() && m.ok(); ++it)
    out.emplace_back(it.key(), m.required_int(it.key()));
  return out;
}

Parsed<Site> parse_site(std::string_view json_text) {
  return read_document<Site>(json_text, [](ObjectReader& r) {
    Site s;
    s.title = r.optional_string("title");
    s.categories = r.objects<Category>(r.required_array("categories"), "categories", read_category);
    s.post_action_types = r.objects<PostActionType>(r.optional_array("post_action_types"),
                                                    "post_action_types", read_post_action_type);
    s.groups = r.objects<Group>(r.optional_array("groups"), "groups", read_group);
    s.trust_levels = read_int_map(r, "trust_levels");
    s.notification_types = read_int_map(r, "notification_types");
    if (const Json* items = r.optional_array("top_menu_items"))
      for (const auto& i : *items)
        if (i.is_string()) s.top_menu_items.push_back(i.get<std::string>());
    s.uncategorized_category_id = r.optional_int("uncategorized_category_id");
    return s;
  });
}

Parsed<SiteBasicInfo> parse_site_basic_info(std::string_view json_text) {
  return read_document<SiteBasicInfo>(json_text, [](ObjectReader& r) {
    SiteBasicInfo b;
    b.title = r.required_string("title");
    b.description = r.optional_string("description");
    b.login_required = r.optional_bool("login_required");
    return b;
  });
}

Parsed<std::vector<Category>> parse_category_list(std::string_view json_text) {
  return read_document<std::vector<Category>>(json_text, [](ObjectReader& root) {
    std::vector<Category> out;
    const Json* list = root.required_object("category_list");
    if (!list) return out;
    ObjectReader r(*list, "category_list", root.context());
    return r.objects<Category>(r.required_array("categories"), "categories", read_category);
  });
}

}  // namespace hearth::model
