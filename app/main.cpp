// corpcare: the desktop client. For now the window shell; sign-in and browsing come with issue 3.
#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CorpCare"));
    QApplication::setOrganizationName(QStringLiteral("CorpCare"));
    QApplication::setApplicationVersion(QStringLiteral(CORPCARE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CorpCare: corporate telecom accounts and service users."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(
        QStringLiteral("server"), QStringLiteral("Billing server to show (https://host:port)."), QStringLiteral("url"));
    parser.addOption(server);
    parser.process(app);

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("CorpCare"));
    auto *placeholder = new QLabel(QObject::tr("CorpCare — the client screens arrive with the next release."), &window);
    placeholder->setAlignment(Qt::AlignCenter);
    window.setCentralWidget(placeholder);
    window.statusBar()->showMessage(parser.isSet(server) ? QObject::tr("Server: %1").arg(parser.value(server))
                                                         : QObject::tr("Not connected"));
    window.resize(1100, 700);
    window.show();
    return app.exec();
}
