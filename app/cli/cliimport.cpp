// flowscope-cli import: reads export files into the workspace in one
// transaction and reports the counts and warnings.

#include "clicommand.h"
#include "cliimportoptions.h"
#include "cliimportreport.h"
#include "cliinterrupt.h"
#include "clioutput.h"

#include <QFile>
#include <QFileInfo>

namespace Flowscope::Cli {

namespace {

struct Import
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::Cli::Import)
};

// Names the first input that does not exist or cannot be read, so that a
// typing mistake fails before the workspace is created or opened.
QString unreadableInput(const QStringList &inputs)
{
    for (const QString &input : inputs) {
        const QFileInfo info(input);
        if (!info.exists())
            return Import::tr("Input %1 not found. Check the path.").arg(input);
        if (!info.isReadable())
            return Import::tr("Input %1 is not readable. Check its permissions.").arg(input);
    }
    return QString();
}

// Reports an import that was rolled back.
int reportFailure(const CommandLine &commandLine, const ImportResult &result, bool newWorkspace)
{
    if (commandLine.json()) {
        printJson(ImportReport::json(commandLine.workspacePath(), result));
    } else {
        // The error quotes the warning that aborted the import, so only the others are listed.
        ImportResult others = result;
        others.warnings.removeIf([&result](const ImportWarning &warning) {
            return result.error.contains(warning.message);
        });
        others.warningCount -= result.warnings.size() - others.warnings.size();
        printDiagnostic(ImportReport::warningsText(others));
    }

    const QString cause = result.status == ImportResult::Status::Cancelled
                              ? Import::tr("The import was cancelled.")
                              : result.error;
    // A workspace this import created stays, empty: another import may have
    // opened the same new path meanwhile, and removing it would lose its rows.
    if (newWorkspace)
        printError(Import::tr("%1 The new workspace contains no data.").arg(cause));
    else if (result.status == ImportResult::Status::Cancelled)
        printError(Import::tr("The import was cancelled. The workspace is unchanged."));
    else
        printError(cause); // the importer's message already states that the workspace is unchanged
    return ExitFailed;
}

} // namespace

int runImport(const QStringList &arguments)
{
    CommandLine commandLine(*findCommand(QStringLiteral("import")));
    const ImportOptionSet optionSet(commandLine.parser());
    commandLine.parser().addPositionalArgument(
        QStringLiteral("INPUT"),
        Import::tr("Files to import: CSV, TEXTFILE or JSON exports, .gz or not, and folders of "
                   "part files (read recursively)."),
        QStringLiteral("INPUT..."));
    if (const std::optional<int> exitCode = commandLine.parse(arguments))
        return *exitCode;

    QString error;
    const std::optional<ImportOptions> options = optionSet.read(commandLine.parser(), &error);
    if (!options)
        return commandLine.usageError(error);

    const QStringList inputs = commandLine.positionalArguments();
    if (inputs.isEmpty())
        return commandLine.usageError(Import::tr("Missing INPUT: name the files or folders to "
                                                 "import."));
    error = unreadableInput(inputs);
    if (!error.isEmpty()) {
        printError(error);
        return ExitUsageError;
    }

    const bool newWorkspace = !QFileInfo::exists(commandLine.workspacePath());
    Workspace workspace;
    if (const std::optional<int> exitCode =
            openWorkspace(commandLine, workspace, Workspace::OpenMode::CreateIfMissing))
        return *exitCode;

    // Progress is for a person at a terminal, so scripts and logs get the result only.
    ProgressLine progressLine(stderrIsTerminal() && !commandLine.json());
    const InterruptGuard interruptGuard;
    const ImportResult result =
        importFiles(workspace, inputs, *options, [&progressLine](const ImportProgress &progress) {
            progressLine.update(progress);
            return !InterruptGuard::requested();
        });
    progressLine.finish();

    if (result.status != ImportResult::Status::Succeeded)
        return reportFailure(commandLine, result, newWorkspace);

    if (commandLine.json()) {
        printJson(ImportReport::json(commandLine.workspacePath(), result));
    } else {
        printOut(ImportReport::countsText(commandLine.workspacePath(), result));
        printDiagnostic(ImportReport::warningsText(result));
    }
    return ExitSuccess;
}

} // namespace Flowscope::Cli
