// Fixture reading for the unit tests (natively, and under Node through NODERAWFS).
#include "test_support.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace hearth::test {

std::string read_project_file(const std::string& relative_path) {
  std::string path = std::string(HEARTH_SOURCE_DIR) + "/" + relative_path;
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot open " << path;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace hearth::test
