// Names the flow a step belongs to when it is not the first.
#include "player/flow_breadcrumb.h"

namespace heartflow::player {

std::string other_flow_words(const Program& program, NodeIndex node) {
    if (program.part_of(node) == 0) return "";
    const Flow& flow = program.flow_of(node);
    return "in: " + (flow.info.title.empty() ? flow.info.id : flow.info.title);
}

} // namespace heartflow::player
