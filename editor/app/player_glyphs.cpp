// Scanning what the player shows for the scripts it needs.
#include "app/player_glyphs.h"

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

// The scripts of a file's bytes; none when it cannot be read.
unsigned scripts_of_file(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return kit::scripts_in_text(text);
}

// The scripts of every string a person reads in a loaded program: its own flow's and those of
// the flows it opens, in the language it was loaded in (a translation is not in the file).
unsigned scripts_of_program(const Program& program) {
    unsigned scripts = 0;
    for (const FlowPart& part : program.parts)
        for (const FlowString& s : flow_strings(*part.flow))
            scripts |= kit::scripts_in_text(s.text);
    return scripts;
}

// The scripts of a walk's string answers and notes.
unsigned scripts_of_walk(const Session& session) {
    unsigned scripts = 0;
    for (const Value& value : session.variables())
        if (const auto* text = std::get_if<std::string>(&value))
            scripts |= kit::scripts_in_text(*text);
    for (const auto& entry : session.journal_entries())
        scripts |= kit::scripts_in_text(entry.second);
    return scripts;
}

} // namespace

PlayerGlyphs::PlayerGlyphs(const player::PlayerOptions& options, const player::Player& player)
    : flow_file_(options.flow_file) {
    if (flow_file_.empty()) {
        scripts_ = kit::kScriptsAll;
        return;
    }
    scripts_ = scripts_of_file(flow_file_) |
               scripts_of_file(help_lines_file(default_config_dir()).string());
    session_ = player.session();
    if (session_) {
        scripts_ |= scripts_of_walk(*session_) | scripts_of_program(session_->program());
        started_at_ms_ = session_->started_at_ms();
        program_ = &session_->program();
    }
}

bool PlayerGlyphs::update(const player::Player& player) {
    const unsigned before = scripts_;
    if (scripts_ == kit::kScriptsAll) return false;
    for (ImWchar typed : ImGui::GetIO().InputQueueCharacters)
        scripts_ |= kit::script_of(typed);
    const Session* session = player.session();
    const Program* program = session ? &session->program() : nullptr;
    const std::int64_t started = session ? session->started_at_ms() : 0;
    if (session != session_ || started != started_at_ms_ || program != program_) {
        if (program != program_)
            scripts_ |= scripts_of_file(flow_file_) | (program ? scripts_of_program(*program) : 0);
        if (session) scripts_ |= scripts_of_walk(*session);
        session_ = session;
        started_at_ms_ = started;
        program_ = program;
    }
    return scripts_ != before;
}

} // namespace heartflow::app
