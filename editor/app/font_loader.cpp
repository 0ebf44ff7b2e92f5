// fontconfig look-up and the ImGui atlas.
#include "app/font_loader.h"

#include <fontconfig/fontconfig.h>
#include <imgui.h>
#include <imgui_freetype.h>

#include <cstdio>
#include <vector>

namespace heartflow::app {

namespace {

// The glyph ranges of `scripts`, kept for the life of the program: the atlas holds on to them.
const ImWchar* ranges_for(unsigned scripts) {
    static std::vector<ImWchar> built[kit::kScriptsAll + 1];
    std::vector<ImWchar>& ranges = built[scripts & kit::kScriptsAll];
    if (ranges.empty()) ranges = kit::glyph_ranges(scripts);
    return ranges.data();
}

// The CJK code points as ImGui glyph ranges (each its own pair), kept until the next build: the
// atlas reads them again when it is rebuilt.
const ImWchar* cjk_ranges(const std::set<ImWchar>& cjk) {
    static std::vector<ImWchar> ranges;
    ranges.clear();
    for (ImWchar c : cjk) {
        ranges.push_back(c);
        ranges.push_back(c);
    }
    ranges.push_back(0);
    return ranges.data();
}

// The file fontconfig picks for `pattern`, if its family is one of the wanted ones; `face` gets
// its index in a collection.
std::string match(FcConfig* config, const char* pattern_text, const char* wanted_family,
                  int* face = nullptr) {
    FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>(pattern_text));
    if (!pattern) return {};
    FcConfigSubstitute(config, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern* font = FcFontMatch(config, pattern, &result);
    std::string file;
    FcChar8* path = nullptr;
    FcChar8* family = nullptr;
    if (font && FcPatternGetString(font, FC_FILE, 0, &path) == FcResultMatch &&
        FcPatternGetString(font, FC_FAMILY, 0, &family) == FcResultMatch) {
        std::string fam = reinterpret_cast<const char*>(family);
        if (!wanted_family || fam == wanted_family) file = reinterpret_cast<const char*>(path);
        if (face && FcPatternGetInteger(font, FC_INDEX, 0, face) != FcResultMatch) *face = 0;
    }
    if (font) FcPatternDestroy(font);
    FcPatternDestroy(pattern);
    return file;
}

ImFontConfig font_config() {
    ImFontConfig config;
    config.OversampleH = 1;
    config.OversampleV = 1;
    config.PixelSnapH = true;
    return config;
}

ImFont* add(const std::string& file, float size, const ImWchar* ranges) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontConfig config = font_config();
    if (!file.empty()) {
        if (ImFont* f = io.Fonts->AddFontFromFileTTF(file.c_str(), size, &config, ranges)) return f;
        std::fprintf(stderr, "heartflow: could not load the font %s; using the built-in one\n",
                     file.c_str());
    }
    config.SizePixels = size;
    return io.Fonts->AddFontDefault(&config);
}

// Merges the CJK font's `ranges` into the font added last, at `size`.
void merge_cjk(const FontFiles& files, float size, const ImWchar* ranges) {
    ImFontConfig config = font_config();
    config.MergeMode = true;
    config.FontNo = static_cast<unsigned>(files.cjk_face);
    ImGui::GetIO().Fonts->AddFontFromFileTTF(files.cjk.c_str(), size, &config, ranges);
}

} // namespace

FontFiles find_font_files() {
    FontFiles files;
    if (!FcInit()) return files;
    FcConfig* config = FcConfigGetCurrent();
    struct Choice {
        const char* regular;
        const char* semibold;
        const char* family;
    };
    const Choice choices[] = {{"Inter:style=Regular", "Inter:style=Semi Bold", "Inter"},
                              {"Noto Sans:style=Regular", "Noto Sans:style=SemiBold", "Noto Sans"},
                              {"sans-serif", "sans-serif:weight=semibold", nullptr}};
    for (const Choice& c : choices) {
        files.regular = match(config, c.regular, c.family);
        if (files.regular.empty()) continue;
        files.semibold = match(config, c.semibold, c.family);
        if (files.semibold.empty()) files.semibold = files.regular;
        break;
    }
    if (files.regular.empty())
        std::fprintf(stderr, "heartflow: fontconfig found no readable font; install fonts-inter\n");
    files.cjk =
        match(config, "Noto Sans CJK JP:style=Regular", "Noto Sans CJK JP", &files.cjk_face);
    return files;
}

kit::Fonts build_fonts(const FontFiles& files, const kit::FontSizes& sizes, unsigned scripts,
                       const std::set<ImWchar>& cjk) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    io.Fonts->FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    const ImWchar* ranges = ranges_for(scripts);
    const ImWchar* cjk_glyphs = files.cjk.empty() || cjk.empty() ? nullptr : cjk_ranges(cjk);
    kit::Fonts fonts;
    ImFont* kit::Fonts::*const members[] = {&kit::Fonts::body, &kit::Fonts::heading,
                                            &kit::Fonts::ui, &kit::Fonts::small};
    const float pixels[] = {sizes.body, sizes.heading, sizes.ui, sizes.small};
    for (int i = 0; i < 4; ++i) {
        fonts.*members[i] = add(i == 1 ? files.semibold : files.regular, pixels[i], ranges);
        if (cjk_glyphs) merge_cjk(files, pixels[i], cjk_glyphs);
    }
    io.Fonts->Build();
    io.FontDefault = fonts.ui;
    return fonts;
}

} // namespace heartflow::app
