// Rules for spotting details that may identify a client.
#include "state/confidentiality.h"

#include <algorithm>
#include <regex>

namespace hearth::state {

namespace {

struct Rule {
  IdentifierKind kind;
  std::regex pattern;
  int group = 0;  // the sub-match to report
};

// Clinical context words that, next to a capitalised name, suggest a client is being named.
// The name itself must be capitalised, so the pattern is case-sensitive and the context words
// accept either case of their first letter.
std::string client_words() {
  static const char* words[] = {"client", "clients", "patient", "patients", "service user", "counsellee",
                                "young person", "child", "teenager", "son", "daughter", "husband", "wife",
                                "partner", "mother", "father", "mum", "dad"};
  std::string out = "(?:";
  for (const char* w : words) {
    if (out.size() > 3) out += '|';
    out += std::string("[") + static_cast<char>(w[0] - 'a' + 'A') + w[0] + "]" + (w + 1);
  }
  return out + ")";
}

// Names that follow the context words but are not people (months, days, common words).
bool ordinary_word(const std::string& w) {
  static const char* words[] = {"I", "A", "An", "The", "This", "That", "These", "Those", "He", "She", "They",
                                "We", "It", "My", "Our", "Their", "His", "Her", "One", "Some", "Any",
                                "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                                "January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December", "Christmas", "Easter",
                                "CBT", "DBT", "EMDR", "ACT", "PTSD", "OCD", "ADHD", "NHS", "GP", "Zoom", "Teams",
                                "When", "After", "Before", "Since", "While", "If", "But", "And", "So", "Then",
                                "Often", "Sometimes", "Today", "Yesterday", "Recently", "Last", "Next", "Who",
                                "What", "How", "Why", "Where", "Not", "Was", "Is", "Has", "Had", "Said", "Says"};
  for (const char* x : words)
    if (w == x) return true;
  return false;
}

const std::vector<Rule>& rules() {
  using std::regex;
  static const std::vector<Rule> r = [] {
    auto icase = std::regex::ECMAScript | std::regex::icase;
    std::vector<Rule> v;
    // UK mobiles and landlines, +44 forms, and generic international numbers with 10+ digits.
    v.push_back({IdentifierKind::phone_number,
                 regex(R"((?:\+44\s?\(?0?\)?\s?|\b0)(?:\d[\s-]?){9,10}\b)"), 0});
    v.push_back({IdentifierKind::phone_number, regex(R"(\+\d{1,3}[\s-]?(?:\d[\s-]?){8,12}\d\b)"), 0});
    v.push_back({IdentifierKind::email_address,
                 regex(R"(\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b)"), 0});
    // UK postcodes (SW1A 1AA, M1 1AE, B33 8TH, CR2 6XH, DN55 1PT).
    v.push_back({IdentifierKind::postal_address,
                 regex(R"(\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b)"), 0});
    // "12 Acacia Avenue", "4b Mill Lane", "221B Baker Street".
    v.push_back({IdentifierKind::postal_address,
                 regex(R"(\b\d{1,4}[A-Za-z]?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Crescent|Way|Place|Court|Gardens|Terrace|Grove|Hill|Square|Mews|Row|Walk|Park)\b)"), 0});
    // Dates of birth: "DOB 12/03/1985", "born on 3 March 1990", "born 12.3.85", "d.o.b.".
    v.push_back({IdentifierKind::date_of_birth,
                 regex(R"(\b(?:d\.?o\.?b\.?|date of birth|born(?: on)?)\s*:?\s*(?:is\s+|was\s+)?(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{2,4})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}))", icase), 0});
    // NHS numbers: 3-3-4 digits (with spaces or dashes) or 10 digits after "NHS".
    v.push_back({IdentifierKind::health_number, regex(R"(\b\d{3}[\s-]\d{3}[\s-]\d{4}\b)"), 0});
    v.push_back({IdentifierKind::health_number, regex(R"(\bNHS\s*(?:no\.?|number)?\s*:?\s*\d{10}\b)", icase), 0});
    // "a 34-year-old from Leeds", "aged 34, living in Bristol", "34 year old woman in Leeds".
    // The place must be a capitalised name, so these are case-sensitive ("in our service" is not a place).
    v.push_back({IdentifierKind::age_with_place,
                 regex(R"(\b(?:[Aa]ged\s+\d{1,2}|\d{1,2}[\s-]?(?:year|yr)s?[\s-]?old)\b[^.!?\n]{0,40}?\b(?:from|in|living in|lives in|who lives in|at)\s+[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?)"), 0});
    v.push_back({IdentifierKind::age_with_place,
                 regex(R"(\b(?:[Ss]he|[Hh]e|[Tt]hey)(?:'s|\s+is|\s+was|\s+are|\s+were)\s+\d{1,2}\b[^.!?\n]{0,40}?\b(?:from|in|living in|lives in|who lives in)\s+[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?)"), 0});
    return v;
  }();
  return r;
}

// "my client Sarah", "a client called John", "patient, Mrs Patel,", "Sarah (my client)".
void find_named_clients(std::string_view text, std::vector<Finding>& out) {
  static const std::regex before(std::string(R"(\b)") + client_words() +
                                 R"(\b,?\s+(?:(?:called|named|who is called)\s+)?((?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))");
  static const std::regex after(std::string(R"(\b([A-Z][a-z]+)\s*\((?:[Mm]y\s+|[Aa]\s+|[Tt]he\s+)?)") + client_words() + R"(\))");
  std::string s(text);
  for (auto it = std::sregex_iterator(s.begin(), s.end(), before); it != std::sregex_iterator(); ++it) {
    const std::smatch& m = *it;
    std::string name = m[2].str();
    std::string first = name.substr(0, name.find(' '));
    if (ordinary_word(first) && !m[1].matched) continue;
    // "Sarah Cried" cannot happen mid-sentence, but "client Sarah. She" must not take "She".
    if (std::size_t space = name.find(' '); space != std::string::npos && ordinary_word(name.substr(space + 1)))
      name = first;
    out.push_back({IdentifierKind::named_client, static_cast<std::size_t>(m.position(0)),
                   static_cast<std::size_t>(m.length(0)), m.str(0)});
  }
  for (auto it = std::sregex_iterator(s.begin(), s.end(), after); it != std::sregex_iterator(); ++it) {
    const std::smatch& m = *it;
    std::string name = m[1].str();
    if (ordinary_word(name)) continue;
    out.push_back({IdentifierKind::named_client, static_cast<std::size_t>(m.position(0)),
                   static_cast<std::size_t>(m.length(0)), m.str(0)});
  }
}

}  // namespace

std::vector<Finding> find_identifying_details(std::string_view text) {
  std::vector<Finding> found;
  // std::regex backtracks by recursion, one level per character a match attempt spans, so a
  // long unbroken run (a pasted hash, a wall of digits) could exhaust the stack. Windows of
  // at most 1000 bytes, overlapping by 200 so that nothing identifying is cut in two, bound it.
  constexpr std::size_t k_window = 1000, k_overlap = 200;
  for (std::size_t start = 0; start < text.size(); start += k_window - k_overlap) {
    std::string s(text.substr(start, k_window));
    std::vector<Finding> here;
    for (const auto& rule : rules()) {
      for (auto it = std::sregex_iterator(s.begin(), s.end(), rule.pattern); it != std::sregex_iterator(); ++it) {
        const std::smatch& m = *it;
        here.push_back({rule.kind, static_cast<std::size_t>(m.position(rule.group)),
                        static_cast<std::size_t>(m.length(rule.group)), m.str(rule.group)});
      }
    }
    find_named_clients(s, here);
    for (auto& f : here) {
      f.offset += start;
      found.push_back(std::move(f));
    }
    if (start + k_window >= text.size()) break;
  }
  std::sort(found.begin(), found.end(), [](const Finding& a, const Finding& b) {
    return a.offset != b.offset ? a.offset < b.offset : a.length > b.length;
  });
  // Keep the first of overlapping findings (the longest at a position).
  std::vector<Finding> out;
  std::size_t end = 0;
  for (auto& f : found) {
    if (!out.empty() && f.offset < end) continue;
    end = f.offset + f.length;
    out.push_back(std::move(f));
  }
  return out;
}

const char* identifier_label(IdentifierKind kind) {
  switch (kind) {
    case IdentifierKind::phone_number: return "a phone number";
    case IdentifierKind::email_address: return "an e-mail address";
    case IdentifierKind::postal_address: return "a postal address or postcode";
    case IdentifierKind::date_of_birth: return "a date of birth";
    case IdentifierKind::health_number: return "an NHS or health number";
    case IdentifierKind::age_with_place: return "an age together with a place";
    case IdentifierKind::named_client: return "a name in a clinical context";
  }
  return "an identifying detail";
}

const char* identifier_reason(IdentifierKind kind) {
  switch (kind) {
    case IdentifierKind::phone_number:
    case IdentifierKind::email_address:
      return "Contact details point straight to a person; never share a client's.";
    case IdentifierKind::postal_address: return "An address or postcode can locate a client or their family.";
    case IdentifierKind::date_of_birth: return "A date of birth, with anything else, can identify a client.";
    case IdentifierKind::health_number: return "A health service number identifies a client uniquely.";
    case IdentifierKind::age_with_place:
      return "An age and a place together can make a client recognisable to people who know them.";
    case IdentifierKind::named_client:
      return "Even a first name, next to what they are going through, can identify a client: change or leave it out.";
  }
  return "This detail may identify a client.";
}

}  // namespace hearth::state
