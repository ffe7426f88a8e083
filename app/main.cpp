// corpcare: the desktop client. Thin on purpose: it parses the command line and wires the parts.
#include "api/secrets/connection_store.h"
#include "api/secrets/keychain_secret_store.h"
#include "app/command_line.h"
#include "models/company_data.h"
#include "views/main/client_controller.h"
#include "views/main/main_window.h"
#include "views/settings/language.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>

namespace {

QStringList argumentsOf(int argc, char *argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    return arguments;
}

} // namespace

int main(int argc, char *argv[]) {
    using corpcare::app::CommandLine;
    // --help and --version need no display: answered before the QApplication exists (a QCoreApplication
    // only gives the help text the executable's name).
    const CommandLine early = corpcare::app::parseCommandLine(argumentsOf(argc, argv));
    if (early.action == CommandLine::Action::ShowHelp || early.action == CommandLine::Action::ShowVersion) {
        const QCoreApplication core(argc, argv);
        return corpcare::app::reportAndExit(corpcare::app::parseCommandLine(QCoreApplication::arguments()));
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CorpCare"));
    QApplication::setOrganizationName(QStringLiteral("CorpCare"));
    QApplication::setApplicationVersion(QStringLiteral(CORPCARE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.corpcare.CorpCare")); // packaging/: the .desktop file
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.corpcare.CorpCare.svg")));
    // Parsed again without the options Qt took for itself (-platform, -style, ...).
    const CommandLine commandLine = corpcare::app::parseCommandLine(QCoreApplication::arguments());
    if (commandLine.action != CommandLine::Action::Run) {
        return corpcare::app::reportAndExit(commandLine);
    }

    QSettings settings;
    corpcare::views::installLanguage(&app, settings);
    corpcare::models::CompanyData data;
    corpcare::api::secrets::KeychainSecretStore secrets;
    corpcare::views::MainWindow window(&data);
    corpcare::views::ClientController controller(&window, &data, &secrets, &settings);
    window.restoreState();
    window.show();
    if (!controller.startWith(commandLine.connection, commandLine.demoLogin, commandLine.offline)) {
        QStringList saved;
        for (const auto &connection : corpcare::api::secrets::ConnectionStore(&settings).connections()) {
            saved.append(connection.name);
        }
        return corpcare::app::reportAndExit(corpcare::app::unknownConnection(commandLine.connection, saved));
    }
    return app.exec();
}
