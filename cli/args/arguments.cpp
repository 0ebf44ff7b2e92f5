// Subcommand argument parsing.
#include "arguments.h"

#include "exit_codes.h"

#include <cstdio>

namespace heartflow::cli {

std::optional<std::string> parse_arguments(const std::vector<std::string>& args,
                                           const std::set<std::string>& boolean_flags,
                                           const std::set<std::string>& value_flags,
                                           Arguments& out) {
    bool flags_done = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (flags_done || a.size() < 2 || a[0] != '-') {
            out.files.push_back(a);
            continue;
        }
        if (a == "--") {
            flags_done = true;
            continue;
        }
        std::string name = a, value;
        bool inline_value = false;
        if (auto eq = a.find('='); eq != std::string::npos) {
            name = a.substr(0, eq);
            value = a.substr(eq + 1);
            inline_value = true;
        }
        if (boolean_flags.count(name) && !inline_value) {
            out.flags.insert(name);
        } else if (value_flags.count(name)) {
            if (!inline_value) {
                if (i + 1 >= args.size()) return name + " needs a value";
                value = args[++i];
            }
            out.values[name] = value;
        } else {
            out.unknown.push_back(a);
        }
    }
    return std::nullopt;
}

int usage_error(const std::string& command, const std::string& message) {
    std::fprintf(stderr, "heartflow %s: %s\nTry 'heartflow help %s'.\n", command.c_str(),
                 message.c_str(), command.c_str());
    return kExitUsage;
}

} // namespace heartflow::cli
