// The scripts a text needs, and the glyph ranges built for them.
#include "kit/fonts.h"

#include <doctest/doctest.h>

#include <set>

using namespace heartflow::kit;

namespace {

// Every code point in ImGui glyph ranges (pairs ending in 0).
std::set<unsigned> code_points(const std::vector<ImWchar>& ranges) {
    std::set<unsigned> points;
    REQUIRE(!ranges.empty());
    REQUIRE(ranges.back() == 0);
    for (std::size_t i = 0; i + 1 < ranges.size(); i += 2)
        for (unsigned c = ranges[i]; c <= ranges[i + 1]; ++c)
            points.insert(c);
    return points;
}

} // namespace

TEST_CASE("Latin-1, punctuation, currency signs and arrows need nothing beyond the basic set") {
    CHECK(scripts_in_text("Feeling overwhelmed? Let's slow down.") == kScriptsBasic);
    CHECK(scripts_in_text("caf\xc3\xa9 na\xc3\xafve \xc3\x9f") == kScriptsBasic); // café naïve ß
    CHECK(scripts_in_text("\xe2\x80\x9cquoted\xe2\x80\x9d \xe2\x80\x94 \xe2\x80\xa6") ==
          kScriptsBasic); // curly quotes, em dash, ellipsis
    CHECK(scripts_in_text("\xe2\x82\xac 5 \xe2\x86\x90 Back") == kScriptsBasic); // euro, arrow
}

TEST_CASE("each other script is found from its own letters") {
    CHECK(scripts_in_text("\xc5\x81\xc3\xb3\x64\xc5\xba") == kScriptLatinExtended); // Łódź
    CHECK(scripts_in_text("Ti\xe1\xba\xbfng Vi\xe1\xbb\x87t") == kScriptLatinExtended);
    CHECK(scripts_in_text("\xce\x95\xce\xbb\xce\xbb\xce\xac\xce\xb4\xce\xb1") == kScriptGreek);
    CHECK(scripts_in_text("\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82") == kScriptCyrillic);
    CHECK(scripts_in_text("\xce\xb1 \xd0\xb1 \xc4\x9f") ==
          (kScriptGreek | kScriptCyrillic | kScriptLatinExtended));
}

TEST_CASE("bytes that are not UTF-8, cut sequences and scripts no font covers count for nothing") {
    CHECK(scripts_in_text("\xff\xfe\x80\xbf") == kScriptsBasic);
    CHECK(scripts_in_text("ends cut \xce") == kScriptsBasic);
    CHECK(scripts_in_text("ends cut \xe1\xba") == kScriptsBasic);
    CHECK(scripts_in_text("\xe6\x97\xa5\xe6\x9c\xac") == kScriptsBasic); // Japanese: no font here
    CHECK(scripts_in_text("\xf0\x9f\x92\x9c") == kScriptsBasic);         // an emoji
}

TEST_CASE("the glyph ranges hold the basic set always and a script only when asked") {
    const std::set<unsigned> basic = code_points(glyph_ranges(kScriptsBasic));
    CHECK(basic.count('A') == 1);
    CHECK(basic.count(0x00E9) == 1); // é
    CHECK(basic.count(0x2014) == 1); // em dash
    CHECK(basic.count(0x20AC) == 1); // euro
    CHECK(basic.count(0x2190) == 1); // left arrow
    CHECK(basic.count(0x03B1) == 0); // alpha
    const std::set<unsigned> greek = code_points(glyph_ranges(kScriptGreek));
    CHECK(greek.count(0x03B1) == 1);
    CHECK(greek.count(0x0431) == 0); // Cyrillic be
    CHECK(script_of(0x03B1) == kScriptGreek);
    CHECK(script_of(0x0431) == kScriptCyrillic);
    CHECK(script_of(0x1EBF) == kScriptLatinExtended);
    CHECK(script_of('A') == kScriptsBasic);
}

TEST_CASE("all scripts together build exactly what the fonts always built before") {
    const std::vector<ImWchar> before = {0x0020, 0x024F, 0x0370, 0x03FF, 0x0400,
                                         0x052F, 0x1E00, 0x1EFF, 0x2010, 0x205E,
                                         0x20A0, 0x20C0, 0x2190, 0x2193, 0};
    CHECK(code_points(glyph_ranges(kScriptsAll)) == code_points(before));
}
