// The CJK characters found in text and files, which the app merges into its atlas one by one.
#include "kit/cjk_glyphs.h"

#include <doctest/doctest.h>

using namespace heartflow::kit;

TEST_CASE("CJK characters are found one by one among other scripts") {
    std::set<ImWchar> found;
    add_cjk_glyphs("Breathe \xce\xb1 \xd0\xb4 数回の呼吸、한 ＡＢ", found); // Greek, Cyrillic too
    CHECK(found == std::set<ImWchar>{0x6570, 0x56DE, 0x306E, 0x547C, 0x5438, 0x3001, 0xD55C, 0xFF21,
                                     0xFF22});
    CHECK(is_cjk(0x3042));       // hiragana a
    CHECK_FALSE(is_cjk(0x2014)); // an em dash is the reading font's
    CHECK_FALSE(is_cjk('A'));
}

TEST_CASE("text that is not UTF-8, and a file that cannot be read, give no characters") {
    std::set<ImWchar> found;
    add_cjk_glyphs("\xe6\x95", found); // cut short
    add_cjk_glyphs("\xe6\x41\x41", found);
    CHECK(found.empty());
    CHECK(cjk_glyphs_of_file("/nonexistent/heartflow/flow.toml").empty());
}
