// The client-confidentiality check: each kind of identifying detail is found and named, and
// on a corpus of invented posts it warns on identifying text and stays quiet on ordinary
// professional talk (precision and recall are printed, and held above a floor).
#include <gtest/gtest.h>

#include <cstdio>

#include "model/json_reader.h"
#include "state/confidentiality.h"
#include "test_support.h"

using namespace hearth::state;

namespace {
bool has_kind(std::string_view text, IdentifierKind kind) {
  for (const auto& f : find_identifying_details(text))
    if (f.kind == kind) return true;
  return false;
}
}  // namespace

TEST(Confidentiality, FindsEachKindAndReportsWhere) {
  EXPECT_TRUE(has_kind("call 07700 900123 today", IdentifierKind::phone_number));
  EXPECT_TRUE(has_kind("mail j.doe@example.com", IdentifierKind::email_address));
  EXPECT_TRUE(has_kind("postcode LS6 2QB", IdentifierKind::postal_address));
  EXPECT_TRUE(has_kind("lives at 12 Acacia Avenue", IdentifierKind::postal_address));
  EXPECT_TRUE(has_kind("DOB 12/03/1985", IdentifierKind::date_of_birth));
  EXPECT_TRUE(has_kind("NHS number 943 476 5919", IdentifierKind::health_number));
  EXPECT_TRUE(has_kind("a 34-year-old from Leeds", IdentifierKind::age_with_place));
  EXPECT_TRUE(has_kind("my client Sarah is", IdentifierKind::named_client));
  auto f = find_identifying_details("Hello. My client Sarah cried.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].excerpt, "client Sarah");
  EXPECT_EQ(f[0].offset, 10u);
}

TEST(Confidentiality, EveryKindHasALabelAndAReason) {
  for (auto k : {IdentifierKind::phone_number, IdentifierKind::email_address, IdentifierKind::postal_address,
                 IdentifierKind::date_of_birth, IdentifierKind::health_number, IdentifierKind::age_with_place,
                 IdentifierKind::named_client}) {
    EXPECT_GT(std::string(identifier_label(k)).size(), 5u);
    EXPECT_GT(std::string(identifier_reason(k)).size(), 30u);
  }
}

TEST(Confidentiality, QuietOnColleaguesBooksAndHelplines) {
  EXPECT_TRUE(find_identifying_details("My supervisor Sarah agreed.").empty());
  EXPECT_TRUE(find_identifying_details("Call the Samaritans on 116 123.").empty());
  EXPECT_TRUE(find_identifying_details("Clients aged 18 to 25 are most of our work.").empty());
  EXPECT_TRUE(find_identifying_details("My client work is with adults.").empty());
}

TEST(Confidentiality, HugeOrOddInputIsBounded) {
  // Twice the longest post the composer sends (ComposerLimits::max_post, 32,000): a run of
  // digits is the phone-number rules' worst case.
  std::string big(64000, '7');
  EXPECT_NO_FATAL_FAILURE(find_identifying_details(big));
  EXPECT_NO_FATAL_FAILURE(find_identifying_details(std::string("\xff\xfe client \x01 Sarah", 18)));
}

TEST(Confidentiality, CorpusPrecisionAndRecall) {
  auto corpus = hearth::model::parse_json_text(hearth::test::read_project_file("tests/fixtures/confidentiality/corpus.json"));
  ASSERT_TRUE(corpus.ok());
  int tp = 0, fn = 0, fp = 0, tn = 0;
  for (const auto& t : corpus.value()["identifying"]) {
    bool warned = !find_identifying_details(t.get<std::string>()).empty();
    (warned ? tp : fn)++;
    if (!warned) std::printf("  missed: %s\n", t.get<std::string>().c_str());
  }
  for (const auto& t : corpus.value()["ordinary"]) {
    auto f = find_identifying_details(t.get<std::string>());
    (f.empty() ? tn : fp)++;
    if (!f.empty())
      std::printf("  false alarm (%s, \"%s\"): %s\n", identifier_label(f[0].kind), f[0].excerpt.c_str(),
                  t.get<std::string>().c_str());
  }
  double precision = tp + fp ? double(tp) / (tp + fp) : 1.0;
  double recall = tp + fn ? double(tp) / (tp + fn) : 1.0;
  std::printf("confidentiality corpus: %d identifying, %d ordinary; precision %.3f, recall %.3f\n", tp + fn, tn + fp,
              precision, recall);
  EXPECT_GE(precision, 0.95);
  EXPECT_GE(recall, 0.95);
}
