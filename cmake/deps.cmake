# Third-party targets: nlohmann-json (Debian header-only), Dear ImGui (Debian source archive),
# GoogleTest (Debian package; built from /usr/src/googletest for wasm).

# nlohmann-json: for wasm, /usr/include must not join the include path (it would mix the host's
# libc headers into the wasm compile), so expose a folder that holds only a link to it.
set(_nlohmann_src /usr/include/nlohmann)
if(NOT EXISTS "${_nlohmann_src}/json.hpp")
  message(FATAL_ERROR "nlohmann-json not found at ${_nlohmann_src}: run scripts/setup (nlohmann-json3-dev)")
endif()
set(_nlohmann_inc "${CMAKE_BINARY_DIR}/_include/nlohmann-json")
file(MAKE_DIRECTORY "${_nlohmann_inc}")
if(NOT EXISTS "${_nlohmann_inc}/nlohmann")
  file(CREATE_LINK "${_nlohmann_src}" "${_nlohmann_inc}/nlohmann" SYMBOLIC)
endif()
add_library(nlohmann_json_headers INTERFACE)
target_include_directories(nlohmann_json_headers SYSTEM INTERFACE "${_nlohmann_inc}")
# Hearth never relies on exceptions from the JSON library (see STYLE.md): keep it that way.
target_compile_definitions(nlohmann_json_headers INTERFACE JSON_USE_IMPLICIT_CONVERSIONS=0)

# Dear ImGui core (no backend): the UI layer and the headless native UI tests use it.
add_library(imgui STATIC
  ${HEARTH_IMGUI_DIR}/imgui.cpp ${HEARTH_IMGUI_DIR}/imgui_draw.cpp
  ${HEARTH_IMGUI_DIR}/imgui_widgets.cpp ${HEARTH_IMGUI_DIR}/imgui_tables.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${HEARTH_IMGUI_DIR})
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_DEBUG_TOOLS
                           IMGUI_DISABLE_OBSOLETE_FUNCTIONS)

if(EMSCRIPTEN)
  add_library(imgui_web_backend STATIC
    ${HEARTH_IMGUI_DIR}/backends/imgui_impl_glfw.cpp)
  target_include_directories(imgui_web_backend SYSTEM PUBLIC ${HEARTH_IMGUI_DIR}/backends)
  target_link_libraries(imgui_web_backend PUBLIC imgui)
  target_link_options(imgui_web_backend PUBLIC -sUSE_GLFW=3)
endif()

if(HEARTH_BUILD_TESTS)
  if(EMSCRIPTEN)
    set(INSTALL_GTEST OFF CACHE BOOL "" FORCE)
    set(BUILD_GMOCK OFF CACHE BOOL "" FORCE)
    add_subdirectory(/usr/src/googletest "${CMAKE_BINARY_DIR}/_googletest" EXCLUDE_FROM_ALL)
    # Debian's googletest 1.12 defines the GTest::gtest and GTest::gtest_main aliases itself.
  else()
    find_package(GTest REQUIRED)
  endif()
endif()
