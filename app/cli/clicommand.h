#pragma once

#include "workspace.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Flowscope::Cli {

// The process exit codes every command uses.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailed = 1,     // the work failed, for example an aborted import
    ExitUsageError = 2, // bad usage or unreadable input, for example an unknown option
};

// One command of flowscope-cli. `run` receives the whole argument list
// (program name, command name, then the command's arguments) and returns the
// exit code.
struct Command
{
    const char *name;
    const char *description; // translated in the "Flowscope::Cli::Commands" context
    int (*run)(const QStringList &arguments);
};

// Every command, in the order the general help lists them.
const QList<Command> &commands();
const Command *findCommand(const QString &name);
QString translatedDescription(const Command &command);

// The command line of one command: the options every command shares
// (--workspace, --json, --help) plus those the command adds to parser().
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::Cli::CommandLine)

public:
    explicit CommandLine(const Command &command);

    QCommandLineParser &parser() { return m_parser; }

    // Parses the arguments. Returns an exit code when the command must stop
    // here: after printing the help (0) or a usage error (2).
    std::optional<int> parse(const QStringList &arguments);

    QString workspacePath() const;
    bool json() const;
    // The positional arguments after the command name.
    QStringList positionalArguments() const;

    // Prints `message` and a pointer to --help on stderr; returns ExitUsageError.
    int usageError(const QString &message) const;

private:
    const Command &m_command;
    QCommandLineParser m_parser;
    QCommandLineOption m_workspaceOption;
    QCommandLineOption m_jsonOption;
    QCommandLineOption m_helpOption;
};

// Opens the workspace named by --workspace. Prints the reason and returns
// ExitUsageError when it cannot be opened, because a path that is not a
// workspace is unusable input.
std::optional<int> openWorkspace(const CommandLine &commandLine, Workspace &workspace,
                                 Workspace::OpenMode mode);

} // namespace Flowscope::Cli
