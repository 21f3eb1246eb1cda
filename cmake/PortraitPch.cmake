# Precompiled headers, shared between targets.
#
# Parsing Qt's headers is about 40 % of a typical translation unit's compile time here, and CI builds the tree twice
# (default and asan) on two cores. Two precompiled headers are compiled once per build and reused by every target:
# portrait_pch_core (Qt Core, Gui, Network) and portrait_pch_widgets (plus Widgets). GCC uses a precompiled header
# only when the macros it saw are defined the same way, so the generators link the fewest Qt modules, every user
# links at least those, and the headers hold no QtTest (Qt::Test defines a QT_TESTCASE_BUILDDIR per directory).
# A header GCC cannot use is included as ordinary text (CMake passes -Winvalid-pch, which says so): never wrong,
# only slower.
option(PORTRAIT_PRECOMPILED_HEADERS "Share precompiled Qt headers between targets" ON)
add_feature_info(PrecompiledHeaders PORTRAIT_PRECOMPILED_HEADERS "Qt headers parsed once per build")

if(PORTRAIT_PRECOMPILED_HEADERS)
    add_library(portrait_pch_core OBJECT ${CMAKE_CURRENT_LIST_DIR}/pch/pch.cpp)
    target_link_libraries(portrait_pch_core PRIVATE Qt::Core Qt::Gui Qt::Network portrait_hygiene)
    target_precompile_headers(portrait_pch_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/pch/PortraitCorePch.h)

    add_library(portrait_pch_widgets OBJECT ${CMAKE_CURRENT_LIST_DIR}/pch/pch.cpp)
    target_link_libraries(portrait_pch_widgets PRIVATE Qt::Core Qt::Gui Qt::Network Qt::Widgets portrait_hygiene)
    target_precompile_headers(portrait_pch_widgets PRIVATE ${CMAKE_CURRENT_LIST_DIR}/pch/PortraitWidgetsPch.h)
    set_target_properties(portrait_pch_core portrait_pch_widgets PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
endif()

# portrait_use_pch(<target> [WIDGETS]): <target> links Qt Core, Gui and Network (and Widgets with WIDGETS).
function(portrait_use_pch target)
    if(NOT PORTRAIT_PRECOMPILED_HEADERS)
        return()
    endif()
    cmake_parse_arguments(ARG "WIDGETS" "" "" ${ARGN})
    if(ARG_WIDGETS)
        target_precompile_headers(${target} REUSE_FROM portrait_pch_widgets)
    else()
        target_precompile_headers(${target} REUSE_FROM portrait_pch_core)
    endif()
endfunction()
