// Present mode's flow, translated as the players translate it.
#include "present/present_flow.h"

namespace heartflow::present {

PresentedFlow load_presented_flow(const PresentOptions& options,
                                  const EnvironmentLookup& environment) {
    TranslatedFlow translated =
        load_flow_in_language(options.flow_file, options.language, environment);
    PresentedFlow out;
    if (translated.loaded.ok()) out.said = describe_translation(translated, options.language);
    out.loaded = std::move(translated.loaded);
    return out;
}

} // namespace heartflow::present
