// corpcare: the desktop client. Thin on purpose: it parses the command line and wires the parts.
#include "api/secrets/keychain_secret_store.h"
#include "models/company_data.h"
#include "views/main/client_controller.h"
#include "views/main/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CorpCare"));
    QApplication::setOrganizationName(QStringLiteral("CorpCare"));
    QApplication::setApplicationVersion(QStringLiteral(CORPCARE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CorpCare: corporate telecom accounts and service users."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Open the demo company at once, signed in as <login> "
                                                 "(admin, finance, head.sales or head.logistics)."),
                                  QStringLiteral("login"));
    parser.addOption(demo);
    parser.process(app);

    QSettings settings;
    corpcare::models::CompanyData data;
    corpcare::api::secrets::KeychainSecretStore secrets;
    corpcare::views::MainWindow window(&data);
    corpcare::views::ClientController controller(&window, &data, &secrets, &settings);
    window.restoreState();
    window.show();
    controller.start(parser.value(demo));
    return app.exec();
}
