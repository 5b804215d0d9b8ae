// flowscope-cli paths: the flow map's edges and nodes, and the most frequent
// variants, over the filtered rows.

#include "clicommand.h"
#include "clifilteroptions.h"
#include "clioutput.h"
#include "flowanalytics.h"
#include "flownames.h"

#include <QJsonArray>

namespace Flowscope::Cli {

namespace {

struct PathsText
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::Cli::Paths)
};

constexpr int DefaultTopVariants = 10;

QJsonValue jsonSeconds(const DurationStats &stats, double milliseconds)
{
    return stats.count == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(milliseconds / 1000.0);
}

void addDurations(QJsonObject &object, const DurationStats &stats)
{
    object.insert(QStringLiteral("median_seconds"), jsonSeconds(stats, stats.medianMs));
    object.insert(QStringLiteral("mean_seconds"), jsonSeconds(stats, stats.meanMs));
    object.insert(QStringLiteral("max_seconds"), jsonSeconds(stats, double(stats.maxMs)));
}

QJsonValue jsonName(const QHash<QString, FlowName> &names, const Activity &activity)
{
    const auto found = names.constFind(activity.id);
    if (found == names.cend() || activity.kind == ActivityKind::Start ||
        activity.kind == ActivityKind::End)
        return QJsonValue(QJsonValue::Null);
    return found->name;
}

QJsonObject pathsJson(const QString &workspacePath, const FlowMap &map,
                      const QHash<QString, FlowName> &names)
{
    QJsonArray nodes;
    for (const FlowMapNode &node : map.nodes) {
        QJsonObject object{
            {QStringLiteral("id"), node.activity.id},
            {QStringLiteral("kind"), activityKindName(node.activity.kind)},
            {QStringLiteral("name"), jsonName(names, node.activity)},
            {QStringLiteral("contacts"), node.contacts},
            {QStringLiteral("events"), node.events},
        };
        addDurations(object, node.duration);
        nodes.append(object);
    }

    QJsonArray edges;
    for (const FlowMapEdge &edge : map.edges) {
        QJsonObject object{
            {QStringLiteral("from"), edge.from.id},
            {QStringLiteral("from_kind"), activityKindName(edge.from.kind)},
            {QStringLiteral("to"), edge.to.id},
            {QStringLiteral("to_kind"), activityKindName(edge.to.kind)},
            {QStringLiteral("contacts"), edge.contacts},
            {QStringLiteral("events"), edge.events},
        };
        addDurations(object, edge.transition);
        edges.append(object);
    }

    QJsonArray variants;
    for (const Variant &variant : map.variants) {
        QJsonArray steps;
        QJsonArray kinds;
        for (const Activity &step : variant.steps) {
            steps.append(step.id);
            kinds.append(activityKindName(step.kind));
        }
        variants.append(QJsonObject{
            {QStringLiteral("steps"), steps},
            {QStringLiteral("step_kinds"), kinds},
            {QStringLiteral("contacts"), variant.contacts},
            {QStringLiteral("share"), variant.share},
            {QStringLiteral("coverage"), variant.coverage},
        });
    }

    return {
        {QStringLiteral("workspace"), workspacePath},
        {QStringLiteral("contacts"), map.contactCount},
        {QStringLiteral("events"), map.eventCount},
        {QStringLiteral("nodes"), nodes},
        {QStringLiteral("edges"), edges},
        {QStringLiteral("variants"), variants},
    };
}

// "(start)", "(end)", "queue:ID", "module:ID" or the flow id, each followed
// by its display name when the workspace has one.
QString shownActivity(const QHash<QString, FlowName> &names, const Activity &activity)
{
    switch (activity.kind) {
    case ActivityKind::Start:
        return PathsText::tr("(start)");
    case ActivityKind::End:
        return PathsText::tr("(end)");
    default:
        break;
    }
    QString text = activity.id;
    if (activity.kind == ActivityKind::Queue)
        text = PathsText::tr("queue:%1").arg(activity.id);
    else if (activity.kind == ActivityKind::Module)
        text = PathsText::tr("module:%1").arg(activity.id);
    const auto found = names.constFind(activity.id);
    if (found != names.cend())
        text = PathsText::tr("%1 (%2)").arg(text, found->name);
    return text;
}

QString shownSeconds(const DurationStats &stats, double milliseconds)
{
    return stats.count == 0 ? PathsText::tr("-") : QString::number(milliseconds / 1000.0, 'f', 1);
}

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 1);
}

QString pathsText(const FlowMap &map, const QHash<QString, FlowName> &names)
{
    const QString totals =
        PathsText::tr("Contacts: %1, events: %2\n").arg(map.contactCount).arg(map.eventCount);

    QList<QStringList> edges = {{PathsText::tr("From"), PathsText::tr("To"),
                                 PathsText::tr("Contacts"), PathsText::tr("Events"),
                                 PathsText::tr("Median s"), PathsText::tr("Mean s"),
                                 PathsText::tr("Max s")}};
    for (const FlowMapEdge &edge : map.edges) {
        const DurationStats &time = edge.transition;
        edges.append({shownActivity(names, edge.from), shownActivity(names, edge.to),
                      QString::number(edge.contacts), QString::number(edge.events),
                      shownSeconds(time, time.medianMs), shownSeconds(time, time.meanMs),
                      shownSeconds(time, double(time.maxMs))});
    }

    QList<QStringList> variants = {{PathsText::tr("#"), PathsText::tr("Contacts"),
                                    PathsText::tr("Share %"), PathsText::tr("Coverage %"),
                                    PathsText::tr("Steps")}};
    for (qsizetype i = 0; i < map.variants.size(); ++i) {
        const Variant &variant = map.variants.at(i);
        QStringList steps;
        for (const Activity &step : variant.steps)
            steps.append(shownActivity(names, step));
        variants.append({QString::number(i + 1), QString::number(variant.contacts),
                         percent(variant.share), percent(variant.coverage),
                         steps.join(QStringLiteral(" -> "))});
    }

    return totals +
           PathsText::tr("\nTransitions (time from one step's end to the next's start)\n") +
           alignedTable(edges, {2, 3, 4, 5, 6}) + PathsText::tr("\nVariants\n") +
           alignedTable(variants, {0, 1, 2, 3});
}

} // namespace

int runPaths(const QStringList &arguments)
{
    CommandLine commandLine(*findCommand(QStringLiteral("paths")));
    const FilterOptionSet filterOptions(commandLine.parser());
    const QCommandLineOption topOption(
        QStringLiteral("top"),
        PathsText::tr("List this many variants, the most frequent first; 0 lists all "
                      "(default %1).")
            .arg(DefaultTopVariants),
        PathsText::tr("N"), QString::number(DefaultTopVariants));
    commandLine.parser().addOption(topOption);
    if (const std::optional<int> exitCode = commandLine.parse(arguments))
        return *exitCode;
    if (!commandLine.positionalArguments().isEmpty())
        return commandLine.usageError(
            PathsText::tr("Unexpected argument '%1': paths takes no inputs.")
                .arg(commandLine.positionalArguments().constFirst()));

    bool validTop = false;
    const int top = commandLine.parser().value(topOption).toInt(&validTop);
    if (!validTop || top < 0)
        return commandLine.usageError(
            PathsText::tr("Invalid --top value '%1': give a whole number of variants, 0 or more.")
                .arg(commandLine.parser().value(topOption)));
    QString error;
    const std::optional<Filter> filter = filterOptions.read(commandLine.parser(), &error);
    if (!filter)
        return commandLine.usageError(error);

    Workspace workspace;
    if (const std::optional<int> exitCode =
            openWorkspace(commandLine, workspace, Workspace::OpenMode::ReadOnly))
        return *exitCode;

    FlowMapOptions options;
    options.maxVariants = top;
    const FlowMap map = computeFlowMap(workspace, *filter, options);
    if (!map.ok()) {
        printError(map.error);
        return ExitFailed;
    }
    const QHash<QString, FlowName> names = loadFlowNames(workspace);

    if (commandLine.json())
        printJson(pathsJson(commandLine.workspacePath(), map, names));
    else
        printOut(pathsText(map, names));
    return ExitSuccess;
}

} // namespace Flowscope::Cli
