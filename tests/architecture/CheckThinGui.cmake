# No class of app/gui starts Graph work itself (docs/ARCHITECTURE.md, "The rules that hold the house together"): it
# drives a class of lib/ or app/session that does. Fails on a source of app/gui that names a Graph job class or
# calls the RequestScheduler's admission. Run by CTest (architecture_thin_gui):
#   cmake -DGUI_DIR=<source>/app/gui -P CheckThinGui.cmake
cmake_minimum_required(VERSION 3.25)

if(NOT GUI_DIR)
    message(FATAL_ERROR "CheckThinGui.cmake: pass -DGUI_DIR=<source>/app/gui")
endif()

set(graph_jobs "GraphJob|BatchJob|ListJob|ObjectJob|PhotoJob|PhotoSizesJob|PhotoPolicyJob|PhotoWriteJob")
set(forbidden "(^|[^A-Za-z0-9_])(${graph_jobs})([^A-Za-z0-9_]|$)|(fetchPhoto|admitListing|admitWrite)[ \t]*\\(")

set(violations "")
file(GLOB_RECURSE sources ${GUI_DIR}/*.h ${GUI_DIR}/*.cpp)
foreach(source IN LISTS sources)
    file(STRINGS ${source} lines REGEX "${forbidden}")
    file(RELATIVE_PATH shown ${GUI_DIR}/../.. ${source})
    foreach(line IN LISTS lines)
        string(STRIP "${line}" line)
        if(line MATCHES "^//")
            continue()
        endif()
        string(APPEND violations "${shown}: ${line}\n")
    endforeach()
endforeach()

if(violations)
    message(FATAL_ERROR "A GUI class starts Graph work itself; move it behind a class of lib/ or app/session "
                        "(PrincipalPhoto, AccountController, a Task):\n${violations}")
endif()
message(STATUS "No class of app/gui starts a Graph job or asks the RequestScheduler itself.")
