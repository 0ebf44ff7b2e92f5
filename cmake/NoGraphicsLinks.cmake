# heartflow_require_no_graphics(TARGET...): fails the configuration when a target reaches a
# graphics library (GLFW, GL, X11, cairo, pango, librsvg, fontconfig, ImGui) or a heartflow target
# that wraps one, anywhere in its link interface. The engine and the heartflow command must not:
# windows and PNGs live in their sibling executables (docs/architecture.md).
set(HEARTFLOW_GRAPHICS_LINK_REGEX "glfw|(^|[/:_-])(gl|egl|glx|opengl|x11)([.:_-]|$)|cairo|pango|rsvg|\
fontconfig|imgui|heartflow_(gui|glad|png|editor_canvas)")

# Appends to `out_var` every library `target` links, directly or through other targets.
function(heartflow_collect_links target out_var)
    set(seen ${${out_var}})
    foreach(property LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
        get_target_property(items ${target} ${property})
        if(NOT items)
            continue()
        endif()
        foreach(item IN LISTS items)
            string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" item "${item}")
            if(item IN_LIST seen)
                continue()
            endif()
            list(APPEND seen ${item})
            if(TARGET ${item})
                heartflow_collect_links(${item} seen)
            endif()
        endforeach()
    endforeach()
    set(${out_var} ${seen} PARENT_SCOPE)
endfunction()

function(heartflow_require_no_graphics)
    foreach(target IN LISTS ARGN)
        set(links "")
        heartflow_collect_links(${target} links)
        foreach(item IN LISTS links)
            string(TOLOWER "${item}" item)
            if(item MATCHES "${HEARTFLOW_GRAPHICS_LINK_REGEX}")
                message(FATAL_ERROR "${target} links ${item}: the engine and the heartflow command "
                                    "must link no graphics library (see docs/architecture.md)")
            endif()
        endforeach()
    endforeach()
endfunction()
