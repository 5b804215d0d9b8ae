#include "clicommand.h"

#include "clioutput.h"

namespace Flowscope::Cli {

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

QString translatedDescription(const Command &command)
{
    return QCoreApplication::translate("Flowscope::Cli::Commands", command.description);
}

CommandLine::CommandLine(const Command &command)
    : m_command(command),
      m_workspaceOption(QStringLiteral("workspace"),
                        tr("The workspace file to work on (required). Any path works; "
                           ".flowscope is the suggested extension."),
                        tr("FILE")),
      m_jsonOption(QStringLiteral("json"),
                   tr("Print the result as one JSON document on stdout instead of text.")),
      m_helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Print this help and exit."))
{
    m_parser.setApplicationDescription(translatedDescription(command));
    m_parser.addOption(m_workspaceOption);
    m_parser.addOption(m_jsonOption);

    // The command name comes first, so the usage line reads
    // "flowscope-cli [options] import ...".
    m_parser.addPositionalArgument(QLatin1String(command.name),
                                   tr("The command name, always the first argument."),
                                   QLatin1String(command.name));
}

std::optional<int> CommandLine::parse(const QStringList &arguments)
{
    // Added last, so the help lists it after the command's own options.
    m_parser.addOption(m_helpOption);
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());

    if (m_parser.isSet(m_helpOption)) {
        printOut(m_parser.helpText() +
                 tr("\nExit codes: 0 success, 1 the work failed, 2 bad usage or unreadable "
                    "input.\n"));
        return ExitSuccess;
    }

    if (workspacePath().isEmpty())
        return usageError(tr("Missing --workspace FILE: name the workspace file, for example "
                             "--workspace analysis.flowscope."));
    return std::nullopt;
}

QString CommandLine::workspacePath() const
{
    return m_parser.value(m_workspaceOption);
}

bool CommandLine::json() const
{
    return m_parser.isSet(m_jsonOption);
}

QStringList CommandLine::positionalArguments() const
{
    return m_parser.positionalArguments().mid(1);
}

int CommandLine::usageError(const QString &message) const
{
    printError(message);
    printDiagnostic(
        tr("Run 'flowscope-cli %1 --help' for the options.\n").arg(QLatin1String(m_command.name)));
    return ExitUsageError;
}

std::optional<int> openWorkspace(const CommandLine &commandLine, Workspace &workspace,
                                 Workspace::OpenMode mode)
{
    // An upgrade builds indexes over every row, so a large workspace keeps
    // the command silent for seconds without this line.
    const QString path = commandLine.workspacePath();
    workspace.setUpgradeObserver([&path](int fromVersion) {
        printDiagnostic(CommandLine::tr("Upgrading %1 from workspace version %2 to %3. This "
                                        "happens once and can take a minute for a large "
                                        "workspace.\n")
                            .arg(path)
                            .arg(fromVersion)
                            .arg(Workspace::CurrentSchemaVersion));
    });

    // Workspace::open names the path and the cause: not found, not a
    // workspace, read-only, written by a newer version.
    QString error;
    if (!workspace.open(path, mode, &error)) {
        printError(error);
        return ExitUsageError;
    }
    return std::nullopt;
}

} // namespace Flowscope::Cli
