// flowscope-cli import-names: stores display names of flows and modules.

#include "clicommand.h"
#include "clioutput.h"
#include "flownames.h"

#include <QJsonArray>

namespace Flowscope::Cli {

namespace {

struct ImportNamesText
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::Cli::ImportNames)
};

QJsonObject warningJson(const ImportWarning &warning)
{
    return {
        {QStringLiteral("file"), warning.file},
        {QStringLiteral("line"), warning.line},
        {QStringLiteral("kind"), importWarningKindName(warning.kind)},
        {QStringLiteral("value"), warning.value},
        {QStringLiteral("message"), warning.message},
    };
}

} // namespace

int runImportNames(const QStringList &arguments)
{
    CommandLine commandLine(*findCommand(QStringLiteral("import-names")));
    commandLine.parser().addPositionalArgument(
        QStringLiteral("FILE"),
        ImportNamesText::tr("A JSON file from aws connect list-contact-flows or "
                            "list-contact-flow-modules, or a CSV of id and name."),
        QStringLiteral("FILE..."));
    if (const std::optional<int> exitCode = commandLine.parse(arguments))
        return *exitCode;
    const QStringList files = commandLine.positionalArguments();
    if (files.isEmpty())
        return commandLine.usageError(
            ImportNamesText::tr("Missing FILE: name a list-contact-flows JSON file or a CSV of "
                                "id and name."));

    Workspace workspace;
    if (const std::optional<int> exitCode =
            openWorkspace(commandLine, workspace, Workspace::OpenMode::ExistingOnly))
        return *exitCode;

    const FlowNameImportResult result = importFlowNames(workspace, files);
    for (const ImportWarning &warning : result.warnings)
        printDiagnostic(warning.toString() + QLatin1Char('\n'));
    if (!result.ok) {
        printError(result.error);
        return ExitUsageError;
    }

    if (commandLine.json()) {
        QJsonArray warnings;
        for (const ImportWarning &warning : result.warnings)
            warnings.append(warningJson(warning));
        printJson({{QStringLiteral("stored"), result.stored},
                   {QStringLiteral("skipped"), qint64(result.warnings.size())},
                   {QStringLiteral("warnings"), warnings}});
    } else {
        printOut(ImportNamesText::tr("Stored %n name(s).\n", nullptr, int(result.stored)));
    }
    return ExitSuccess;
}

} // namespace Flowscope::Cli
