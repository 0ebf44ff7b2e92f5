// The player's flow, translated when a translation is beside it.
#include "player/player_language.h"

#include "heartflow/translation_files.h"

#include <cstdio>

namespace heartflow::player {

LoadedFlow load_in_language(const std::string& flow_file, const std::string& language) {
    TranslatedFlow translated = load_flow_in_language(flow_file, language);
    if (translated.loaded.ok())
        for (const std::string& line : describe_translation(translated, language))
            std::fprintf(stderr, "%s\n", line.c_str());
    return std::move(translated.loaded);
}

} // namespace heartflow::player
