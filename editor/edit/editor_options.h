// The command line of `heartflow edit [FILE] [flags]`.
#pragma once

#include <string>
#include <variant>
#include <vector>

namespace heartflow::editor {

/// What `heartflow edit` asked for.
struct EditorOptions {
    std::string flow_file;  ///< The flow to open ("" = start with the New and Open choices).
    std::string screenshot; ///< --screenshot FILE.png: render, save, exit ("" = no).
    int width = 1360;       ///< --size WxH: window width in screen units.
    int height = 860;       ///< --size WxH: window height in screen units.
};

/// Parses the arguments after `edit`; on error returns a sentence saying what is wrong.
[[nodiscard]] std::variant<EditorOptions, std::string>
parse_editor_options(const std::vector<std::string>& args);

/// One line per flag, for `heartflow help edit`.
[[nodiscard]] std::string editor_flags_help();

} // namespace heartflow::editor
