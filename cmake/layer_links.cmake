# Configure-time check of the windowed half's link interfaces (docs/architecture.md): no target
# but heartflow_app links GLFW, glad or fontconfig, directly or through what it links.

# heartflow_link_closure(TARGET OUT): every library TARGET links, followed through the link
# interfaces of the targets among them.
function(heartflow_link_closure target out)
    set(seen "")
    get_target_property(pending ${target} LINK_LIBRARIES)
    while(pending)
        list(POP_FRONT pending item)
        string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" item "${item}")
        if(NOT item OR item IN_LIST seen)
            continue()
        endif()
        list(APPEND seen ${item})
        if(TARGET ${item})
            get_target_property(more ${item} INTERFACE_LINK_LIBRARIES)
            if(more)
                list(APPEND pending ${more})
            endif()
        endif()
    endwhile()
    set(${out} ${seen} PARENT_SCOPE)
endfunction()

# heartflow_check_no_window_system(TARGET...): stops the configuration when one links the
# window system.
function(heartflow_check_no_window_system)
    foreach(target IN LISTS ARGN)
        heartflow_link_closure(${target} linked)
        foreach(item IN LISTS linked)
            if(item MATCHES "GLFW|glfw|glad|FONTCONFIG|fontconfig")
                message(FATAL_ERROR "${target} links ${item}: only heartflow_app may link the "
                                    "window system (docs/architecture.md)")
            endif()
        endforeach()
    endforeach()
endfunction()
