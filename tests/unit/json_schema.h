// A validator for the JSON Schema subset Discourse's published schemas use (type, properties,
// required, items, additionalProperties, enum), so contract tests can hold our fixtures and the
// requests we build against them.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace hearth::test {

// Every way `value` breaks `schema`, each as "path: problem"; empty when it conforms.
std::vector<std::string> schema_problems(const nlohmann::json& value, const nlohmann::json& schema,
                                         const std::string& path = "$");

// Where Discourse's reference data lives beside the project (../shared/reference/discourse-api),
// or "" when it is absent (tests that need it skip, saying so).
std::string discourse_reference_dir();

// Loads a schema named like the fixture manifest does: "schemas/x.json",
// "openapi:GET /path" (the 200 response) or "openapi-request:POST /path" (the request body).
// Returns null and sets `error` when it cannot be found.
nlohmann::json load_reference_schema(const std::string& name, std::string& error);

// The OpenAPI path template ("/t/{id}.json") that a concrete path ("/t/2.json") matches, or "".
std::string openapi_path_for(const std::string& concrete_path, const std::string& method);

}  // namespace hearth::test
