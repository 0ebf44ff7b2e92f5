# The Debian packages, made by `cpack -G DEB` from the install rules (scripts/package.sh):
# heartflow-cli (the command line, the flows, docs, man pages, completions; no graphics
# libraries) and heartflow (the windows, PNG charts and the desktop integration).
set(HEARTFLOW_MAINTAINER "heartflow maintainers <maintainers@users.noreply.h-seed-9bee81df.example>")

# Each package's own doc folder holds the copyright file and the changelog Debian asks for.
string(TIMESTAMP HEARTFLOW_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
configure_file(changelog.in ${CMAKE_CURRENT_BINARY_DIR}/changelog @ONLY)
add_custom_command(
    OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
    COMMAND gzip -9nc ${CMAKE_CURRENT_BINARY_DIR}/changelog > ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
    DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/changelog
    VERBATIM)
add_custom_target(heartflow_changelog ALL DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
foreach(package heartflow-cli heartflow)
    set(component cli)
    if(package STREQUAL heartflow)
        set(component desktop)
    endif()
    install(FILES copyright ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/${package} COMPONENT ${component})
endforeach()

set(CPACK_PACKAGE_NAME heartflow)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${HEARTFLOW_MAINTAINER})
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_COMPONENTS_ALL cli desktop)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${HEARTFLOW_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_CLI_PACKAGE_NAME heartflow-cli)
set(CPACK_DEBIAN_CLI_DESCRIPTION "decision flowcharts that help people (command line)
heartflow walks a person through a decision flowchart written in TOML, one calm
step at a time. This package holds the command line: check, test, walk, format,
export and import flows, and play them in the terminal (it reads well through a
screen reader). It needs no graphics libraries, for machines that only check
flows. The windows are in the package heartflow.")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME heartflow)
# The GL library is loaded by glad at run time (so dpkg-shlibdeps cannot see it); the fonts are
# read by fontconfig.
set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS "heartflow-cli (= ${PROJECT_VERSION}), libgl1, fonts-inter, fonts-noto-core")
set(CPACK_DEBIAN_DESKTOP_DESCRIPTION "decision flowcharts that help people
heartflow walks a person through a decision flowchart, one calm step at a time.
The main flow, Getting to the Heart of the Matter, starts from feeling
overwhelmed, helps you name what you feel, and where the feeling is resentment
or disgust, leads to a boundary said gently but clearly. It is a guide for
reflection, not therapy, and help is one step away on every screen.

This package holds the player window, the flow editor for therapists, present
mode for podcasts, PNG charts, menu entries and the flow file type.")
include(CPack)
