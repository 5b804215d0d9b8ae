// flowscope-cli, the headless command line. It picks the command named by the
// first argument, and each command parses the rest itself.

#include "clicommand.h"
#include "clioutput.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstring>
#include <memory>

using namespace Flowscope::Cli;

namespace {

// The translation context of the general help and dispatch messages.
struct Main
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::Cli::Main)
};

QString generalHelp()
{
    QList<QStringList> commandRows;
    for (const Command &command : commands())
        commandRows.append({QLatin1String(command.name), translatedDescription(command)});
    QString commandList;
    for (const QString &line :
         alignedTable(commandRows).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        commandList += QStringLiteral("  ") + line + QLatin1Char('\n');

    return Main::tr("Usage: flowscope-cli COMMAND --workspace FILE [options]\n"
                    "\n"
                    "Imports Amazon Connect data lake exports into a Flowscope workspace, a\n"
                    "SQLite file, and reports on what it holds.\n"
                    "\n"
                    "Commands:\n"
                    "%1\n"
                    "Run 'flowscope-cli COMMAND --help' for the options of a command.\n"
                    "Exit codes: 0 success, 1 the work failed, 2 bad usage or unreadable input.\n")
        .arg(commandList);
}

QString commandNames()
{
    QStringList names;
    for (const Command &command : commands())
        names.append(QLatin1String(command.name));
    return names.join(QStringLiteral(", "));
}

} // namespace

int main(int argc, char *argv[])
{
    // export draws charts, maps and PDF reports, and the charts are widgets,
    // so it needs a QApplication. It never shows a window, so it draws on the
    // offscreen platform, which also works without a display (scheduled jobs)
    // or with a stale DISPLAY; QT_QPA_PLATFORM overrides that.
    const bool drawing = argc > 1 && std::strcmp(argv[1], "export") == 0;
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application =
        drawing ? std::make_unique<QApplication>(argc, argv)
                : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("flowscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLOWSCOPE_VERSION));

    // Every failure reaches stderr as the command's own message, so the
    // models' warning log would print it twice. QT_LOGGING_RULES overrides this.
    QLoggingCategory::setFilterRules(QStringLiteral("flowscope.*.warning=false"));

    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        printDiagnostic(generalHelp());
        return ExitUsageError;
    }

    const QString first = arguments.at(1);
    const bool help = first == QLatin1String("help");
    if (first == QLatin1String("-h") || first == QLatin1String("--help") ||
        (help && arguments.size() == 2)) {
        printOut(generalHelp());
        return ExitSuccess;
    }
    if (first == QLatin1String("--version")) {
        printOut(QStringLiteral("flowscope-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitSuccess;
    }

    // "help import" is another spelling of "import --help".
    if (help)
        arguments = {arguments.at(0), arguments.at(2), QStringLiteral("--help")};

    const QString name = arguments.at(1);
    const Command *command = findCommand(name);
    if (!command) {
        const QString message =
            name.startsWith(QLatin1Char('-'))
                ? Main::tr("Missing command before '%1'. Write the command "
                           "first and its options after it. The commands are: %2.")
                : Main::tr("Unknown command '%1'. The commands are: %2.");
        printError(message.arg(name, commandNames()));
        printDiagnostic(Main::tr("Run 'flowscope-cli --help' for the usage.\n"));
        return ExitUsageError;
    }
    return command->run(arguments);
}
