#include "app/command_line.h"

#include <QCommandLineParser>

#include <cstdio>

namespace corpcare::app {

namespace {

constexpr int kUsageError = 2;

CommandLine failure(const QString &problem) {
    CommandLine result;
    result.action = CommandLine::Action::Fail;
    result.message = QStringLiteral("corpcare: %1\nTry 'corpcare --help'.").arg(problem);
    return result;
}

} // namespace

CommandLine parseCommandLine(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CorpCare: corporate telecom accounts and service users."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption connection(QStringLiteral("connection"),
                                        QStringLiteral("Open the sign-in dialog on the saved connection <name>."),
                                        QStringLiteral("name"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Open the demo company at once, signed in as <login> "
                                                 "(admin, finance, head.sales or head.logistics)."),
                                  QStringLiteral("login"));
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     QStringLiteral("Work on the offline archive: with --connection, the sign-in "
                                                    "dialog with \"Work offline\" ticked; with --demo, the demo "
                                                    "user's archive."));
    parser.addOptions({connection, demo, offline});

    if (!parser.parse(arguments)) {
        return failure(parser.errorText());
    }
    CommandLine result;
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        result.action = CommandLine::Action::ShowHelp;
        result.message = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.action = CommandLine::Action::ShowVersion;
        result.message = QStringLiteral("corpcare " CORPCARE_VERSION "\n");
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return failure(QStringLiteral("unexpected argument '%1'.").arg(parser.positionalArguments().constFirst()));
    }
    if (parser.isSet(connection) && parser.isSet(demo)) {
        return failure(QStringLiteral("--connection and --demo cannot be used together."));
    }
    result.connection = parser.value(connection);
    result.demoLogin = parser.value(demo);
    result.offline = parser.isSet(offline);
    if (parser.isSet(connection) && result.connection.isEmpty()) {
        return failure(QStringLiteral("--connection needs the name of a saved connection."));
    }
    return result;
}

int reportAndExit(const CommandLine &commandLine) {
    const bool failed = commandLine.action == CommandLine::Action::Fail;
    QString text = commandLine.message;
    if (!text.endsWith(QLatin1Char('\n'))) {
        text += QLatin1Char('\n');
    }
    std::fputs(text.toLocal8Bit().constData(), failed ? stderr : stdout);
    return failed ? kUsageError : 0;
}

CommandLine unknownConnection(const QString &name, const QStringList &savedNames) {
    const QString saved =
        savedNames.isEmpty()
            ? QStringLiteral("There are no saved connections: sign in once from File → Sign in "
                             "to save one.")
            : QStringLiteral("Saved connections: \"%1\".").arg(savedNames.join(QStringLiteral("\", \"")));
    CommandLine result;
    result.action = CommandLine::Action::Fail;
    result.message = QStringLiteral("corpcare: no saved connection is named \"%1\". %2").arg(name, saved);
    return result;
}

} // namespace corpcare::app
