// Helpers shared by the unit tests: reading fixtures and the demo seed from the source tree.
#pragma once

#include <string>

namespace hearth::test {

// Reads a file below the project root (e.g. "tests/fixtures/latest.json"); fails the test if missing.
std::string read_project_file(const std::string& relative_path);

}  // namespace hearth::test
