# Linux: the desktop integration files, the icons, a DEB and a TGZ. Included from
# packaging/CMakeLists.txt, before include(CPack).

# The .desktop file and the AppStream metainfo carry the version: generated, then validated by
# scripts/check-package (desktop-file-validate, appstreamcli validate).
configure_file(${CORPCARE_APP_ID}.desktop.in ${CORPCARE_APP_ID}.desktop @ONLY)
configure_file(${CORPCARE_APP_ID}.metainfo.xml.in ${CORPCARE_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${CORPCARE_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${CORPCARE_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# The icon: the SVG as drawn, and PNGs rendered from it at build time (rsvg-convert, librsvg2-bin).
find_program(RSVG_CONVERT rsvg-convert)
if(NOT RSVG_CONVERT)
  message(FATAL_ERROR "rsvg-convert not found (Debian package librsvg2-bin): run scripts/bootstrap")
endif()
set(corpcare_icon_pngs)
foreach(size IN ITEMS 16 32 48 64 128 256)
  set(png ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}x${size}/${CORPCARE_APP_ID}.png)
  add_custom_command(OUTPUT ${png}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}x${size}
    COMMAND ${RSVG_CONVERT} --width ${size} --height ${size} --output ${png} ${corpcare_icon_svg}
    DEPENDS ${corpcare_icon_svg}
    COMMENT "Rendering the ${size}x${size} application icon" VERBATIM)
  list(APPEND corpcare_icon_pngs ${png})
  install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
add_custom_target(corpcare_icons ALL DEPENDS ${corpcare_icon_pngs})
add_dependencies(corpcare_shipped corpcare_icons)
install(FILES ${corpcare_icon_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

set(CPACK_GENERATOR DEB TGZ)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps finds the libraries the two binaries link; the plugins Qt loads at run time are
# invisible to it and are listed here (Debian 12 package names):
#   libqt6gui6        the xcb and offscreen platform plugins (qt6-qpa-plugins holds only vnc there)
#   libqt6network6    the TLS backend, plugins/tls/libqopensslbackend.so (it depends on libssl3)
#   libqt6sql6-sqlite the SQLite driver of the offline archive (plugins/sqldrivers/libqsqlite.so)
#   libqt6svg6        the SVG icon engine and image format (the window icon)
#   fonts-dejavu-core without a font every text is drawn as boxes
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6gui6, libqt6network6, libqt6sql6-sqlite, libqt6svg6, fonts-dejavu-core")
# A secret service keeps remembered passwords (QtKeychain over libsecret); without one the program
# still works and says that it cannot remember them. qt6-wayland: native windows on a Wayland session.
# qt6-translations-l10n: Qt's own dialogs in Russian (qtbase_ru.qm); CorpCare's translations are embedded.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, qt6-wayland, qt6-qpa-plugins, qt6-translations-l10n")

