// Scanning what the player shows for the scripts and CJK characters it needs.
#include "app/player_glyphs.h"

#include "app/font_loader.h"
#include "heartflow/config_dir.h"
#include "heartflow/help_lines.h"
#include "heartflow/session.h"
#include "heartflow/translation.h"

#include <imgui.h>

#include <fstream>
#include <iterator>
#include <variant>

namespace heartflow::app {

namespace {

// A file's bytes; "" when it cannot be read.
std::string file_bytes(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Calls `visit` with every string a person reads in a loaded program: its own flow's and those
// of the flows it opens, in the language it was loaded in (a translation is not in the file).
template <typename Visit> void visit_program(const Program& program, Visit visit) {
    for (const FlowPart& part : program.parts)
        for (const FlowString& s : flow_strings(*part.flow))
            visit(s.text);
}

} // namespace

std::set<ImWchar> cjk_glyphs_of(const Program& program) {
    std::set<ImWchar> cjk;
    visit_program(program, [&](const std::string& text) { add_cjk_glyphs(text, cjk); });
    return cjk;
}

std::set<ImWchar> cjk_glyphs_of_file(const std::string& file) {
    std::set<ImWchar> cjk;
    add_cjk_glyphs(file_bytes(file), cjk);
    return cjk;
}

void PlayerGlyphs::scan(std::string_view text) {
    scripts_ |= kit::scripts_in_text(text);
    add_cjk_glyphs(text, cjk_);
}

void PlayerGlyphs::scan_file(const std::string& file) {
    scan(file_bytes(file));
}

void PlayerGlyphs::scan_program(const Program& program) {
    visit_program(program, [this](const std::string& text) { scan(text); });
}

// A walk's string answers and notes.
void PlayerGlyphs::scan_walk(const Session& session) {
    for (const Value& value : session.variables())
        if (const auto* text = std::get_if<std::string>(&value)) scan(*text);
    for (const auto& entry : session.journal_entries())
        scan(entry.second);
}

PlayerGlyphs::PlayerGlyphs(const player::PlayerOptions& options, const player::Player& player)
    : flow_file_(options.flow_file) {
    if (flow_file_.empty()) {
        scripts_ = kit::kScriptsAll;
        return;
    }
    scan_file(flow_file_);
    scan_file(help_lines_file(default_config_dir()).string());
    session_ = player.session();
    if (session_) {
        scan_walk(*session_);
        scan_program(session_->program());
        started_at_ms_ = session_->started_at_ms();
        program_ = &session_->program();
    }
}

bool PlayerGlyphs::update(const player::Player& player) {
    const unsigned before = scripts_;
    const std::size_t cjk_before = cjk_.size();
    if (scripts_ == kit::kScriptsAll && flow_file_.empty()) return false;
    for (ImWchar typed : ImGui::GetIO().InputQueueCharacters) {
        scripts_ |= kit::script_of(typed);
        if (is_cjk(typed)) cjk_.insert(typed);
    }
    const Session* session = player.session();
    const Program* program = session ? &session->program() : nullptr;
    const std::int64_t started = session ? session->started_at_ms() : 0;
    if (session != session_ || started != started_at_ms_ || program != program_) {
        if (program != program_) {
            scan_file(flow_file_);
            if (program) scan_program(*program);
        }
        if (session) scan_walk(*session);
        session_ = session;
        started_at_ms_ = started;
        program_ = program;
    }
    return scripts_ != before || cjk_.size() != cjk_before;
}

} // namespace heartflow::app
