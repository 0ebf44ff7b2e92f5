// The flow a show presents, in the host's language: `--lang LANG`, else the locale's, with the
// flow's own words wherever a translation is missing or unusable.
#pragma once

#include "heartflow/translation_files.h"
#include "present/present_options.h"

#include <string>
#include <vector>

namespace heartflow::present {

/// A presented flow and what its translation brought, in sentences for standard error.
struct PresentedFlow {
    LoadedFlow loaded;             ///< The flow, translated where a translation was used.
    std::vector<std::string> said; ///< Errors in the PO file and which words are shown.
};

/// Loads the options' flow in their --lang language (or the locale `environment` gives).
[[nodiscard]] PresentedFlow
load_presented_flow(const PresentOptions& options,
                    const EnvironmentLookup& environment = process_environment());

} // namespace heartflow::present
