// The subcommands of `heartflow`, each a function of its arguments returning an exit code.
#pragma once

#include "exit_codes.h"

#include <string>
#include <vector>

namespace heartflow::cli {

/// Runs `heartflow` with the process arguments.
int run(int argc, char** argv);

/// `heartflow check FILE...`
int check_command(const std::vector<std::string>& args);
/// `heartflow walk FILE --choose 2,1,3`
int walk_command(const std::vector<std::string>& args);
/// `heartflow test FILE...`
int test_command(const std::vector<std::string>& args);
/// `heartflow fmt FILE... [--check]`
int fmt_command(const std::vector<std::string>& args);
/// `heartflow play FILE [--tty] [window flags]`
int play_command(const std::vector<std::string>& args);
/// `heartflow edit [FILE] [window flags]`
int edit_command(const std::vector<std::string>& args);
/// `heartflow present FILE [flags]`: presenter console and audience window.
int present_command(const std::vector<std::string>& args);
/// `heartflow export FILE --to FORMAT [-o OUT] [--page a4|letter] [--tiles] [--notes] [--dpi N]`
int export_command(const std::vector<std::string>& args);
/// `heartflow import FILE [--from mermaid|twee|canvas] [-o OUT] [--force]`
int import_command(const std::vector<std::string>& args);
/// `heartflow strings FILE [--to po] [-o OUT]`: the flow's strings as a PO template.
int strings_command(const std::vector<std::string>& args);

} // namespace heartflow::cli
