// flowscope-cli flow-metrics: the reference flow metrics over the filtered rows.

#include "clicommand.h"
#include "clifilteroptions.h"
#include "clioutput.h"
#include "flowanalytics.h"
#include "flownames.h"
#include "schema.h"

#include <QJsonArray>

namespace Flowscope::Cli {

namespace {

struct FlowMetricsText
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::Cli::FlowMetrics)
};

QJsonValue jsonText(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue jsonName(const QHash<QString, FlowName> &names, const QString &id)
{
    const auto found = names.constFind(id);
    return found == names.cend() ? QJsonValue(QJsonValue::Null) : QJsonValue(found->name);
}

QJsonObject metricsJson(const QString &workspacePath, const FlowMetrics &metrics,
                        const QHash<QString, FlowName> &names)
{
    QJsonArray started;
    for (const FlowStartedRow &row : metrics.started) {
        started.append(QJsonObject{
            {QStringLiteral("instance_id"), jsonText(row.instanceId)},
            {QStringLiteral("flow_resource_id"), jsonText(row.flowResourceId)},
            {QStringLiteral("flow_name"), jsonName(names, row.flowResourceId)},
            {QStringLiteral("flow_type"), jsonText(row.flowType)},
            {QStringLiteral("count"), row.count},
        });
    }
    QJsonArray outcomes;
    for (const FlowOutcomeRow &row : metrics.outcomes) {
        outcomes.append(QJsonObject{
            {QStringLiteral("instance_id"), jsonText(row.instanceId)},
            {QStringLiteral("flow_resource_id"), jsonText(row.flowResourceId)},
            {QStringLiteral("flow_outcome"), jsonText(row.flowOutcome)},
            {QStringLiteral("count"), row.count},
            {QStringLiteral("percentage"), row.percentage},
        });
    }
    QJsonArray times;
    for (const FlowTimeRow &row : metrics.times) {
        times.append(QJsonObject{
            {QStringLiteral("instance_id"), jsonText(row.instanceId)},
            {QStringLiteral("flow_resource_id"), jsonText(row.flowResourceId)},
            {QStringLiteral("ended_count"), row.endedCount},
            {QStringLiteral("average_seconds"), row.averageSeconds},
            {QStringLiteral("min_seconds"), row.minSeconds},
            {QStringLiteral("max_seconds"), row.maxSeconds},
        });
    }
    return {
        {QStringLiteral("workspace"), workspacePath},
        {QStringLiteral("flows_started"), started},
        {QStringLiteral("flow_outcomes"), outcomes},
        {QStringLiteral("flow_times"), times},
    };
}

QString shownText(const QString &text)
{
    return text.isNull() ? FlowMetricsText::tr("(null)") : text;
}

// The flow id, followed by its display name when the workspace has one.
QString shownFlow(const QHash<QString, FlowName> &names, const QString &id)
{
    const auto found = names.constFind(id);
    if (found == names.cend())
        return shownText(id);
    return FlowMetricsText::tr("%1 (%2)").arg(id, found->name);
}

QString seconds(double value)
{
    return QString::number(value, 'f', 3);
}

QString metricsText(const FlowMetrics &metrics, const QHash<QString, FlowName> &names)
{
    QList<QStringList> started = {{FlowMetricsText::tr("Instance"), FlowMetricsText::tr("Flow"),
                                   FlowMetricsText::tr("Flow type"),
                                   FlowMetricsText::tr("Started")}};
    for (const FlowStartedRow &row : metrics.started)
        started.append({shownText(row.instanceId), shownFlow(names, row.flowResourceId),
                        shownText(row.flowType), QString::number(row.count)});

    QList<QStringList> outcomes = {{FlowMetricsText::tr("Instance"), FlowMetricsText::tr("Flow"),
                                    FlowMetricsText::tr("Outcome"), FlowMetricsText::tr("Count"),
                                    FlowMetricsText::tr("Percent")}};
    for (const FlowOutcomeRow &row : metrics.outcomes)
        outcomes.append({shownText(row.instanceId), shownFlow(names, row.flowResourceId),
                         shownText(row.flowOutcome), QString::number(row.count),
                         QString::number(row.percentage, 'f', 2)});

    QList<QStringList> times = {{FlowMetricsText::tr("Instance"), FlowMetricsText::tr("Flow"),
                                 FlowMetricsText::tr("Ended"), FlowMetricsText::tr("Average s"),
                                 FlowMetricsText::tr("Min s"), FlowMetricsText::tr("Max s")}};
    for (const FlowTimeRow &row : metrics.times)
        times.append({shownText(row.instanceId), shownFlow(names, row.flowResourceId),
                      QString::number(row.endedCount), seconds(row.averageSeconds),
                      seconds(row.minSeconds), seconds(row.maxSeconds)});

    return FlowMetricsText::tr("Flows started\n") + alignedTable(started, {3}) +
           FlowMetricsText::tr("\nFlow outcomes (rows with an end time)\n") +
           alignedTable(outcomes, {3, 4}) +
           FlowMetricsText::tr("\nFlow time in seconds (rows with an end time)\n") +
           alignedTable(times, {2, 3, 4, 5});
}

} // namespace

int runFlowMetrics(const QStringList &arguments)
{
    CommandLine commandLine(*findCommand(QStringLiteral("flow-metrics")));
    const FilterOptionSet filterOptions(commandLine.parser());
    if (const std::optional<int> exitCode = commandLine.parse(arguments))
        return *exitCode;
    if (!commandLine.positionalArguments().isEmpty())
        return commandLine.usageError(
            FlowMetricsText::tr("Unexpected argument '%1': flow-metrics takes no inputs.")
                .arg(commandLine.positionalArguments().constFirst()));
    QString error;
    const std::optional<Filter> filter = filterOptions.read(commandLine.parser(), &error);
    if (!filter)
        return commandLine.usageError(error);

    Workspace workspace;
    if (const std::optional<int> exitCode =
            openWorkspace(commandLine, workspace, Workspace::OpenMode::ReadOnly))
        return *exitCode;

    const FlowMetrics metrics = computeFlowMetrics(workspace, *filter);
    if (!metrics.ok()) {
        printError(metrics.error);
        return ExitFailed;
    }
    const QHash<QString, FlowName> names = loadFlowNames(workspace);

    if (commandLine.json())
        printJson(metricsJson(commandLine.workspacePath(), metrics, names));
    else
        printOut(metricsText(metrics, names));
    return ExitSuccess;
}

} // namespace Flowscope::Cli
