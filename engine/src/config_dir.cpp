// Where settings live.
#include "heartflow/config_dir.h"

#include <cstdlib>

namespace fs = std::filesystem;

namespace heartflow {

fs::path default_config_dir() {
    const char* xdg = std::getenv("XDG_CONFIG_HOME");
    if (xdg && *xdg && fs::path(xdg).is_absolute()) return fs::path(xdg) / "heartflow";
    const char* home = std::getenv("HOME");
    return (home && *home ? fs::path(home) : fs::temp_directory_path()) / ".config" / "heartflow";
}

} // namespace heartflow
