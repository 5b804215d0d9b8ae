// flowscope-cli summary: what the workspace holds, read without changing it.

#include "clicommand.h"
#include "clioutput.h"
#include "summary.h"

#include <QJsonArray>

namespace Flowscope::Cli {

namespace {

struct Summary
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::Cli::Summary)
};

QJsonObject tableJson(const TableSummary &table)
{
    return {
        {QStringLiteral("rows"), table.rows},
        {QStringLiteral("first_") + table.timestampColumn, jsonTimestamp(table.firstTimestampMs)},
        {QStringLiteral("last_") + table.timestampColumn, jsonTimestamp(table.lastTimestampMs)},
    };
}

QJsonObject summaryJson(const QString &workspacePath, const WorkspaceSummary &summary)
{
    return {
        {QStringLiteral("workspace"), workspacePath},
        {summary.contactFlowEvents.table, tableJson(summary.contactFlowEvents)},
        {summary.testCaseExecutions.table, tableJson(summary.testCaseExecutions)},
        {QStringLiteral("instances"), QJsonArray::fromStringList(summary.instances)},
        {QStringLiteral("distinct_contacts"), summary.distinctContacts},
        {QStringLiteral("distinct_flows"), summary.distinctFlows},
        {QStringLiteral("distinct_test_cases"), summary.distinctTestCases},
        {QStringLiteral("imports"), summary.imports},
        {QStringLiteral("last_import_timestamp"), jsonTimestamp(summary.lastImportMs)},
    };
}

QStringList tableRow(const TableSummary &table)
{
    const QString none = Summary::tr("-");
    return {table.table, QString::number(table.rows), formatTimestamp(table.firstTimestampMs, none),
            formatTimestamp(table.lastTimestampMs, none)};
}

QString summaryText(const QString &workspacePath, const WorkspaceSummary &summary)
{
    const QString facts = alignedTable({
        {Summary::tr("Workspace"), workspacePath},
        {Summary::tr("Imports"), QString::number(summary.imports)},
        {Summary::tr("Last import"), formatTimestamp(summary.lastImportMs, Summary::tr("never"))},
    });

    // The time span is measured on each table's start timestamp column.
    const QString tables = alignedTable({{Summary::tr("Table"), Summary::tr("Rows"),
                                          Summary::tr("First start"), Summary::tr("Last start")},
                                         tableRow(summary.contactFlowEvents),
                                         tableRow(summary.testCaseExecutions)},
                                        {1});

    // One instance per line, under the count.
    QList<QStringList> counts = {
        {Summary::tr("Instances"), QString::number(summary.instances.size())}};
    for (const QString &instance : summary.instances)
        counts.append({QString(), instance});
    counts.append({Summary::tr("Distinct contacts"), QString::number(summary.distinctContacts)});
    counts.append({Summary::tr("Distinct flows"), QString::number(summary.distinctFlows)});
    counts.append({Summary::tr("Distinct test cases"), QString::number(summary.distinctTestCases)});

    return facts + QLatin1Char('\n') + tables + QLatin1Char('\n') + alignedTable(counts);
}

} // namespace

int runSummary(const QStringList &arguments)
{
    CommandLine commandLine(*findCommand(QStringLiteral("summary")));
    if (const std::optional<int> exitCode = commandLine.parse(arguments))
        return *exitCode;
    if (!commandLine.positionalArguments().isEmpty())
        return commandLine.usageError(Summary::tr("Unexpected argument '%1': summary takes no "
                                                  "inputs.")
                                          .arg(commandLine.positionalArguments().constFirst()));

    // Read-only, so a summary never creates, migrates or locks the file for writing.
    Workspace workspace;
    if (const std::optional<int> exitCode =
            openWorkspace(commandLine, workspace, Workspace::OpenMode::ReadOnly))
        return *exitCode;

    const WorkspaceSummary summary = summarizeWorkspace(workspace);
    if (!summary.ok()) {
        printError(summary.error);
        return ExitFailed;
    }

    if (commandLine.json())
        printJson(summaryJson(commandLine.workspacePath(), summary));
    else
        printOut(summaryText(commandLine.workspacePath(), summary));
    return ExitSuccess;
}

} // namespace Flowscope::Cli
