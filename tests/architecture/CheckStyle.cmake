# Keeps the one string style and the one include style of CONTRIBUTING.md ("Strings", "Includes") in every source
# of lib/, app/, tests/ and bench/. Run by CTest (style_strings_includes):
#   cmake -DSOURCE_DIR=<source> -P CheckStyle.cmake
#
# What it refuses: u"text"_s and "text"_L1 literals and the using-directive that enables them, QString::fromLatin1()
# of a bare literal, and in lib/<layer>/ a header of the same layer included by its bare name (only a .cpp's own
# header is included so).
cmake_minimum_required(VERSION 3.25)

if(NOT SOURCE_DIR)
    message(FATAL_ERROR "CheckStyle.cmake: pass -DSOURCE_DIR=<source>")
endif()

set(violations "")
file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR}
    ${SOURCE_DIR}/lib/*.h ${SOURCE_DIR}/lib/*.cpp ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/app/*.cpp
    ${SOURCE_DIR}/tests/*.h ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/bench/*.h ${SOURCE_DIR}/bench/*.cpp)
foreach(source IN LISTS sources)
    file(STRINGS ${SOURCE_DIR}/${source} lines
        REGEX "\"_s([^A-Za-z0-9_]|$)|\"_L1([^A-Za-z0-9_]|$)|StringLiterals;|fromLatin1\\([ ]*\"[^\"]*\"[ ]*\\)")
    foreach(line IN LISTS lines)
        string(STRIP "${line}" line)
        string(APPEND violations "${source}: ${line}\n")
    endforeach()

    if(source MATCHES "^lib/([a-z0-9]+)/")
        get_filename_component(folder ${SOURCE_DIR}/${source} DIRECTORY)
        get_filename_component(own ${source} NAME_WE)
        file(STRINGS ${SOURCE_DIR}/${source} includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"[A-Za-z0-9_]+\\.h\"")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([A-Za-z0-9_]+\\.h)\".*" "\\1" header "${line}")
            if(source MATCHES "\\.cpp$" AND header STREQUAL "${own}.h")
                continue()
            endif()
            if(EXISTS ${folder}/${header})
                string(APPEND violations "${source}: #include \"${header}\": name its layer (\"<layer>/${header}\")\n")
            endif()
        endforeach()
    endif()
endforeach()

if(violations)
    message(FATAL_ERROR "Not in the house style of CONTRIBUTING.md (\"Strings\", \"Includes\"):\n${violations}")
endif()
message(STATUS "Every source follows the string and include style")
