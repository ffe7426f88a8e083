# The Windows installer (issue 8): CPack WIX over the installed tree. Qt's deploy script (windeployqt
# under the hood) puts the Qt libraries and plugins next to the executables; the libraries that are not
# Qt's (QtKeychain, OpenSSL, SQLite, libxlsxwriter) are found from the executables' imports; the TLS
# backends are installed explicitly, since OpenSSL's is loaded at run time and imports nothing of ours.
# It cannot be built on the Linux machines: docs/windows.md says how to build it on Windows.
# Included from packaging/CMakeLists.txt when WIN32, before include(CPack).

set(CORPCARE_WINDOWS_DLL_DIRS "" CACHE STRING
  "Directories searched for the non-Qt DLLs of corpcare and corpcare-server (e.g. vcpkg's installed/x64-windows/bin)")

# Qt: libraries, platform / style / image format / icon engine / SQL driver / TLS plugins, qt.conf.
# The deploy scripts run after the executables' own install rules (app/ and server/ come first).
foreach(target IN ITEMS corpcare corpcare-server)
  if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET ${target} OUTPUT_SCRIPT deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
  else() # Qt 6.3 and 6.4 name the output FILENAME_VARIABLE
    qt_generate_deploy_app_script(TARGET ${target} FILENAME_VARIABLE deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
  endif()
  install(SCRIPT ${deploy_script})
endforeach()

# TLS: the OpenSSL backend (what Linux uses) and Schannel, Windows' own, which needs no OpenSSL DLLs.
foreach(plugin IN ITEMS Qt6::QTlsBackendOpenSSLPlugin Qt6::QSchannelBackendPlugin Qt6::QTlsBackendCertOnlyPlugin)
  if(TARGET ${plugin})
    install(FILES $<TARGET_FILE:${plugin}> DESTINATION plugins/tls)
  endif()
endforeach()
# The OpenSSL backend loads libssl / libcrypto at run time: nothing imports them, so name them.
get_filename_component(corpcare_openssl_bin ${OPENSSL_INCLUDE_DIR}/../bin ABSOLUTE)
file(GLOB corpcare_openssl_dlls ${corpcare_openssl_bin}/libssl-3*.dll ${corpcare_openssl_bin}/libcrypto-3*.dll)
install(FILES ${corpcare_openssl_dlls} DESTINATION bin)

# Everything else the two executables import, QtKeychain first among them, from the directories
# of the imported targets and CORPCARE_WINDOWS_DLL_DIRS; Qt's own DLLs are windeployqt's.
install(CODE "
  file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES \"\${CMAKE_INSTALL_PREFIX}/bin/corpcare.exe\" \"\${CMAKE_INSTALL_PREFIX}/bin/corpcare-server.exe\"
    DIRECTORIES \"$<TARGET_FILE_DIR:Qt6Keychain::Qt6Keychain>\" \"${corpcare_openssl_bin}\" ${CORPCARE_WINDOWS_DLL_DIRS}
    PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\" \"^[Qq]t6\"
    POST_EXCLUDE_REGEXES \".*[Ss]ystem32/.*\"
    RESOLVED_DEPENDENCIES_VAR corpcare_resolved
    UNRESOLVED_DEPENDENCIES_VAR corpcare_unresolved)
  if(corpcare_unresolved)
    message(FATAL_ERROR \"DLLs not found (add their directory to CORPCARE_WINDOWS_DLL_DIRS): \${corpcare_unresolved}\")
  endif()
  file(INSTALL \${corpcare_resolved} DESTINATION \"\${CMAKE_INSTALL_PREFIX}/bin\")
")
include(InstallRequiredSystemLibraries) # the MSVC runtime

set_target_properties(corpcare PROPERTIES WIN32_EXECUTABLE ON) # no console window beside the program
set(CPACK_GENERATOR WIX ZIP)
set(CPACK_PACKAGE_INSTALL_DIRECTORY CorpCare)
set(CPACK_PACKAGE_EXECUTABLES corpcare CorpCare) # a Start menu shortcut
set(CPACK_WIX_PROGRAM_MENU_FOLDER CorpCare)
set(CPACK_WIX_UPGRADE_GUID 35F5130F-9175-4A2C-87CC-B3C6D6A00A83) # never change: it lets a new version replace an old one
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_SOURCE_DIR}/windows-license.txt) # else CPack shows CMake's own
