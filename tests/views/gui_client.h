#pragma once

// What every GUI test of the client needs: one window with its controller, its own settings file
// and an in-memory keychain, and the small chores around it (the news that pops up at start,
// screenshots for the README when CORPCARE_SCREENSHOTS names a folder).
#include "api/secrets/memory_secret_store.h"
#include "charts/chart_output.h"
#include "models/company_data.h"
#include "support/server_process.h"
#include "views/main/client_controller.h"
#include "views/main/error_banner.h"
#include "views/main/main_window.h"
#include "views/news/news_dialog.h"
#include "views/signin/sign_in_dialog.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace corpcare::views::testing {

constexpr int kLoadTimeout = 60000;

// Everything one window needs, with a settings file of its own.
struct Client {
    explicit Client(const QString &settingsPath)
        : settings(settingsPath, QSettings::IniFormat), window(&data), controller(&window, &data, &secrets, &settings) {
        window.resize(1400, 900);
        window.show();
    }
    QSettings settings;
    models::CompanyData data;
    api::secrets::MemorySecretStore secrets;
    views::MainWindow window;
    views::ClientController controller;
};

// What the sign-in dialog would hand over for a demo portal user of a test server (not the demo
// launcher's): a connection named `name`, its CA trusted.
inline views::SignInRequest requestFor(const tests::ServerProcess &server, const QString &name,
                                       const QString &login = QStringLiteral("admin")) {
    views::SignInRequest request;
    request.connection.name = name;
    request.connection.baseUrl = server.baseUrl();
    request.connection.login = login;
    request.connection.caFile = server.caFile();
    request.password = QStringLiteral("corpcare-demo");
    return request;
}

inline void closeNews(QWidget *window) {
    for (auto *news : window->findChildren<views::NewsDialog *>()) {
        news->reject();
    }
}

inline void saveScreenshot(QWidget *window, const QString &name) {
    const QString directory = qEnvironmentVariable("CORPCARE_SCREENSHOTS");
    if (!directory.isEmpty()) {
        QDir().mkpath(directory);
        window->grab().save(QDir(directory).filePath(name + QStringLiteral(".png")));
    }
}

// A chart alone, at the size the README shows it.
inline void saveChartScreenshot(QChartView *chart, const QString &name) {
    const QString directory = qEnvironmentVariable("CORPCARE_SCREENSHOTS");
    if (!directory.isEmpty()) {
        QDir().mkpath(directory);
        QString error;
        charts::saveChartPng(chart, QDir(directory).filePath(name + QStringLiteral(".png")), &error, QSize(800, 450));
    }
}

inline QString bannerText(views::MainWindow &window) {
    auto *banner = window.findChild<views::ErrorBanner *>();
    return banner ? banner->message() : QString();
}

// Runs a GUI test in a private home: settings, the demo server's data and the keychain never touch the
// user's own.
template <typename Test>
int runInPrivateHome(int argc, char *argv[]) {
    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CorpCareTest"));
    QApplication::setApplicationName(QStringLiteral("CorpCareGuiTest"));
    Test test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace corpcare::views::testing
