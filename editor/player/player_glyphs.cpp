// Scanning what the player shows for the scripts and CJK characters it needs.
#include "player/player_glyphs.h"

#include "heartflow/config_dir.h"
#include "heartflow/help_lines.h"
#include "heartflow/session.h"
#include "heartflow/translation.h"
#include "kit/cjk_glyphs.h"
#include "kit/fonts.h"
#include "player/flow_chooser_view.h"

#include <imgui.h>

#include <variant>

namespace heartflow::player {

void PlayerGlyphs::scan(std::string_view text) {
    scripts_ |= kit::scripts_in_text(text);
    kit::add_cjk_glyphs(text, cjk_);
}

void PlayerGlyphs::scan_file(const std::string& file) {
    scan(kit::file_bytes(file));
}

// Every string a person reads in a loaded program: its own flow's and those of the flows it
// opens, in the language it was loaded in (a translation is not in the file).
void PlayerGlyphs::scan_program(const Program& program) {
    for (const FlowPart& part : program.parts)
        for (const FlowString& s : flow_strings(*part.flow))
            scan(s.text);
}

// A walk's string answers and notes.
void PlayerGlyphs::scan_walk(const Session& session) {
    for (const Value& value : session.variables())
        if (const auto* text = std::get_if<std::string>(&value)) scan(*text);
    for (const auto& entry : session.journal_entries())
        scan(entry.second);
}

PlayerGlyphs::PlayerGlyphs(const Player& player) : flow_file_(player.flow_file()) {
    scan_file(help_lines_file(default_config_dir()).string());
    if (flow_file_.empty()) {
        scripts_ = kit::kScriptsAll;
        for (const std::string& text : chooser_strings(player.catalog()))
            scan(text);
        return;
    }
    scan_file(flow_file_);
    session_ = player.session();
    if (session_) {
        scan_walk(*session_);
        scan_program(session_->program());
        started_at_ms_ = session_->started_at_ms();
        program_ = &session_->program();
    }
}

bool PlayerGlyphs::update(const Player& player) {
    const unsigned before = scripts_;
    const std::size_t cjk_before = cjk_.size();
    for (ImWchar typed : ImGui::GetIO().InputQueueCharacters) {
        scripts_ |= kit::script_of(typed);
        if (kit::is_cjk(typed)) cjk_.insert(typed);
    }
    const bool chosen = player.flow_file() != flow_file_; // a flow chosen from the chooser
    flow_file_ = player.flow_file();
    const Session* session = player.session();
    const Program* program = session ? &session->program() : nullptr;
    const std::int64_t started = session ? session->started_at_ms() : 0;
    if (chosen || session != session_ || started != started_at_ms_ || program != program_) {
        if (chosen || program != program_) {
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

} // namespace heartflow::player
