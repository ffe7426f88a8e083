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

# Each folder's static library: one helper so the folders stay two lines long.
function(corpcare_add_library name)
  add_library(${name} STATIC ${ARGN})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(${name} PUBLIC corpcare_policy)
endfunction()
