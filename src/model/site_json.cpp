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

Parsed<Site> parse_site(std::string_view json_text) {
  return read_document<Site>(json_text, [](ObjectReader& r) {
    Site s;
    s.title = r.optional_string("title");
    s.categories = r.objects<Category>(r.required_array("categories"), "categories", read_category);
    return s;
  });
}

}  // namespace hearth::model
