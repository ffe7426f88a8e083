#pragma once

#include <QString>
#include <QStringList>

namespace corpcare::app {

// What `corpcare` was asked to do. Parsing needs no QCoreApplication, so main() answers --help and
// --version before it creates the QApplication: they work without a display.
struct CommandLine {
    enum class Action { Run, ShowHelp, ShowVersion, Fail };
    Action action = Action::Run;
    QString message;    // the help text, the version line, or what is wrong with the arguments
    QString connection; // --connection NAME: the sign-in dialog on that saved connection
    QString demoLogin;  // --demo LOGIN: the demo company as that user
    bool offline = false;
};

// `arguments` as QCoreApplication::arguments() gives them: the executable first.
CommandLine parseCommandLine(const QStringList &arguments);

// Prints the message of a command line that does not run (help and version on stdout, a problem on
// stderr) and returns the exit code: 0, or 2 for a usage error.
int reportAndExit(const CommandLine &commandLine);

// The usage error for --connection NAME when no saved connection has that name: it names the saved ones.
CommandLine unknownConnection(const QString &name, const QStringList &savedNames);

} // namespace corpcare::app
