# One place for the compile policy of every CorpCare target (STYLE.md, qBittorrent's CommonConfig).
# Every library, executable and test links corpcare_policy and nothing repeats these flags.
add_library(corpcare_policy INTERFACE)
target_compile_features(corpcare_policy INTERFACE cxx_std_20)
target_compile_definitions(corpcare_policy INTERFACE
  QT_NO_CONTEXTLESS_CONNECT         # a lambda connect always names its context object (Qt >= 6.7 enforces it)
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  QT_USE_QSTRINGBUILDER)
target_compile_options(corpcare_policy INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wnull-dereference -Wformat=2 -Wimplicit-fallthrough)
if(CORPCARE_WERROR)
  target_compile_options(corpcare_policy INTERFACE -Werror)
endif()
# The sanitizer build of every test (scripts/sanitize, issue 9): any report ends the process, so a test
# cannot pass over one.
if(CORPCARE_SANITIZE)
  set(sanitizers -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  # GCC 12 warns falsely of maybe-uninitialized values in instrumented code; the plain build keeps it.
  target_compile_options(corpcare_policy INTERFACE ${sanitizers} -Wno-maybe-uninitialized)
  target_link_options(corpcare_policy INTERFACE ${sanitizers})
endif()

# Each folder's static library: one helper so the folders stay two lines long.
function(corpcare_add_library name)
  add_library(${name} STATIC ${ARGN})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(${name} PUBLIC corpcare_policy)
endfunction()
