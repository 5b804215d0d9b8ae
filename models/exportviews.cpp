#include "exportviews.h"

#include "flownames.h"
#include "queryexporttable.h"
#include "schema.h"
#include "sqlitestatement.h"
#include "workspace.h"

#include <QDateTime>
#include <QLocale>

#include <sqlite3.h>

namespace Flowscope {

namespace {

struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::ExportViews)
};

QString quotedIdentifier(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString timeColumn(const QString &table)
{
    return table == QLatin1String(TableNames::ContactFlowEvents)
               ? QStringLiteral("start_timestamp")
               : QStringLiteral("connect_test_case_execution_start_timestamp");
}

std::unique_ptr<ExportTable> openRowTable(Workspace &workspace, const QString &view,
                                          const Filter &filter, const QStringList &requested,
                                          QString *error)
{
    const QString table = exportViewTable(view);
    const TableSpec *spec = findTableSpec(table);
    const QStringList stored = workspace.storedColumns(table);
    const QStringList names = requested.isEmpty() ? stored : requested;

    QList<ExportColumn> columns;
    QStringList selected;
    for (const QString &name : names) {
        if (!stored.contains(name)) {
            *error = ExportText::tr("The column '%1' does not exist in %2. The columns are: %3.")
                         .arg(name, table, stored.join(QStringLiteral(", ")));
            return nullptr;
        }
        const ColumnSpec *column = spec ? spec->column(name) : nullptr;
        const bool timestamp = column && column->type == ColumnType::Timestamp;
        columns.append({name, timestamp ? ExportColumnType::Timestamp : ExportColumnType::Text});
        selected.append(quotedIdentifier(name));
    }

    const SqlCondition condition = filter.toSql(table);
    const QString where =
        condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition.whereSql;

    // The rows are read on a thread of their own, which needs a connection
    // of its own (see QueryExportTable). Counting on it too reads the same data.
    sqlite3 *connection = nullptr;
    if (sqlite3_open_v2(workspace.path().toUtf8().constData(), &connection, SQLITE_OPEN_READONLY,
                        nullptr) != SQLITE_OK) {
        *error = ExportText::tr("Opening %1 for reading failed: %2")
                     .arg(workspace.path(), QString::fromUtf8(sqlite3_errmsg(connection)));
        sqlite3_close_v2(connection);
        return nullptr;
    }
    std::unique_ptr<sqlite3, int (*)(sqlite3 *)> closer(connection, &sqlite3_close_v2);
    sqlite3_busy_timeout(connection, 5000);

    SqliteStatement count(connection, QStringLiteral("SELECT COUNT(*) FROM ") +
                                          quotedIdentifier(table) + where);
    if (!count.bind(condition.bindValues) || !count.next()) {
        *error = ExportText::tr("Counting the rows of %1 failed: %2").arg(table, count.error());
        return nullptr;
    }
    const qint64 rows = count.integer(0);

    auto statement = std::make_unique<SqliteStatement>(
        connection, QStringLiteral("SELECT ") + selected.join(QStringLiteral(", ")) +
                        QStringLiteral(" FROM ") + quotedIdentifier(table) + where +
                        QStringLiteral(" ORDER BY ") + quotedIdentifier(timeColumn(table)) +
                        QStringLiteral(", rowid"));
    if (!statement->bind(condition.bindValues)) {
        *error = ExportText::tr("Reading %1 failed: %2").arg(table, statement->error());
        return nullptr;
    }
    return std::make_unique<QueryExportTable>(view, columns, rows, closer.release(),
                                              std::move(statement));
}

QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant() : QVariant(text);
}

QVariant optionalNumber(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant flowName(const QHash<QString, FlowName> &names, const QString &id)
{
    const auto found = names.constFind(id);
    return found == names.constEnd() ? QVariant() : textValue(found->name);
}

std::unique_ptr<ExportTable> flowMetricsTable(Workspace &workspace, const Filter &filter,
                                              QString *error)
{
    const FlowMetrics metrics = computeFlowMetrics(workspace, filter);
    if (!metrics.ok()) {
        *error = metrics.error;
        return nullptr;
    }
    const QHash<QString, FlowName> names = loadFlowNames(workspace);

    // One long table: a `metric` column names which of the three reference
    // figures a row contains, and the columns that do not apply to it are NULL.
    const QList<ExportColumn> columns = {
        {QStringLiteral("metric"), ExportColumnType::Text},
        {QStringLiteral("instance_id"), ExportColumnType::Text},
        {QStringLiteral("flow_resource_id"), ExportColumnType::Text},
        {QStringLiteral("flow_name"), ExportColumnType::Text},
        {QStringLiteral("flow_type"), ExportColumnType::Text},
        {QStringLiteral("flow_outcome"), ExportColumnType::Text},
        {QStringLiteral("count"), ExportColumnType::Integer},
        {QStringLiteral("percentage"), ExportColumnType::Real},
        {QStringLiteral("average_seconds"), ExportColumnType::Real},
        {QStringLiteral("min_seconds"), ExportColumnType::Real},
        {QStringLiteral("max_seconds"), ExportColumnType::Real},
    };
    QList<QVariantList> rows;
    for (const FlowStartedRow &row : metrics.started) {
        rows.append({QStringLiteral("flows_started"), row.instanceId, row.flowResourceId,
                     flowName(names, row.flowResourceId), textValue(row.flowType), QVariant(),
                     row.count, QVariant(), QVariant(), QVariant(), QVariant()});
    }
    for (const FlowOutcomeRow &row : metrics.outcomes) {
        rows.append({QStringLiteral("flow_outcome"), row.instanceId, row.flowResourceId,
                     flowName(names, row.flowResourceId), QVariant(), textValue(row.flowOutcome),
                     row.count, row.percentage, QVariant(), QVariant(), QVariant()});
    }
    for (const FlowTimeRow &row : metrics.times) {
        rows.append({QStringLiteral("flow_time"), row.instanceId, row.flowResourceId,
                     flowName(names, row.flowResourceId), QVariant(), QVariant(), row.endedCount,
                     QVariant(), row.averageSeconds, row.minSeconds, row.maxSeconds});
    }
    return std::make_unique<MemoryExportTable>(QLatin1String(ExportViewNames::FlowMetrics),
                                               columns, rows);
}

QVariant activityName(const QHash<QString, FlowName> &names, const Activity &activity)
{
    if (activity.kind != ActivityKind::Flow && activity.kind != ActivityKind::Module)
        return QVariant();
    return flowName(names, activity.id);
}

QVariant secondsOf(const DurationStats &stats, double milliseconds)
{
    return stats.count == 0 ? QVariant() : QVariant(milliseconds / 1000.0);
}

std::unique_ptr<ExportTable> flowMapTable(Workspace &workspace, const Filter &filter,
                                          QString *error,
                                          const AnalyticsProgressCallback &progress)
{
    const FlowMap map = computeFlowMap(workspace, filter, {}, progress);
    if (!map.ok()) {
        *error = map.cancelled ? ExportText::tr("The export was cancelled.") : map.error;
        return nullptr;
    }
    const QHash<QString, FlowName> names = loadFlowNames(workspace);

    const QList<ExportColumn> columns = {
        {QStringLiteral("from_kind"), ExportColumnType::Text},
        {QStringLiteral("from_id"), ExportColumnType::Text},
        {QStringLiteral("from_name"), ExportColumnType::Text},
        {QStringLiteral("to_kind"), ExportColumnType::Text},
        {QStringLiteral("to_id"), ExportColumnType::Text},
        {QStringLiteral("to_name"), ExportColumnType::Text},
        {QStringLiteral("contacts"), ExportColumnType::Integer},
        {QStringLiteral("events"), ExportColumnType::Integer},
        {QStringLiteral("transitions_timed"), ExportColumnType::Integer},
        {QStringLiteral("median_seconds"), ExportColumnType::Real},
        {QStringLiteral("mean_seconds"), ExportColumnType::Real},
        {QStringLiteral("max_seconds"), ExportColumnType::Real},
    };
    QList<QVariantList> rows;
    for (const FlowMapEdge &edge : map.edges) {
        const DurationStats &time = edge.transition;
        rows.append({activityKindName(edge.from.kind), edge.from.id,
                     activityName(names, edge.from), activityKindName(edge.to.kind), edge.to.id,
                     activityName(names, edge.to), edge.contacts, edge.events, time.count,
                     secondsOf(time, time.medianMs), secondsOf(time, time.meanMs),
                     secondsOf(time, double(time.maxMs))});
    }
    return std::make_unique<MemoryExportTable>(QLatin1String(ExportViewNames::FlowMap), columns,
                                               rows);
}

std::unique_ptr<ExportTable> variantsTable(Workspace &workspace, const Filter &filter,
                                           int maxVariants, QString *error,
                                           const AnalyticsProgressCallback &progress)
{
    FlowMapOptions options;
    options.maxVariants = maxVariants;
    const FlowMap map = computeFlowMap(workspace, filter, options, progress);
    if (!map.ok()) {
        *error = map.cancelled ? ExportText::tr("The export was cancelled.") : map.error;
        return nullptr;
    }

    const QList<ExportColumn> columns = {
        {QStringLiteral("rank"), ExportColumnType::Integer},
        {QStringLiteral("steps"), ExportColumnType::Text},
        {QStringLiteral("step_kinds"), ExportColumnType::Text},
        {QStringLiteral("step_count"), ExportColumnType::Integer},
        {QStringLiteral("contacts"), ExportColumnType::Integer},
        {QStringLiteral("share"), ExportColumnType::Real},
        {QStringLiteral("coverage"), ExportColumnType::Real},
    };
    // Steps are joined with " > ", which no flow, module or queue id contains.
    const QString separator = QStringLiteral(" > ");
    QList<QVariantList> rows;
    qint64 rank = 0;
    for (const Variant &variant : map.variants) {
        QStringList ids;
        QStringList kinds;
        for (const Activity &step : variant.steps) {
            ids.append(step.id);
            kinds.append(activityKindName(step.kind));
        }
        rows.append({++rank, ids.join(separator), kinds.join(separator),
                     qint64(variant.steps.size()), variant.contacts, variant.share,
                     variant.coverage});
    }
    return std::make_unique<MemoryExportTable>(QLatin1String(ExportViewNames::Variants), columns,
                                               rows);
}

QList<ExportColumn> resultCountColumns()
{
    return {
        {QStringLiteral("executions"), ExportColumnType::Integer},
        {QStringLiteral("passed"), ExportColumnType::Integer},
        {QStringLiteral("failed"), ExportColumnType::Integer},
        {QStringLiteral("skipped"), ExportColumnType::Integer},
        {QStringLiteral("aborted"), ExportColumnType::Integer},
        {QStringLiteral("no_result"), ExportColumnType::Integer},
        {QStringLiteral("other_result"), ExportColumnType::Integer},
        {QStringLiteral("pass_rate"), ExportColumnType::Real},
    };
}

QVariantList resultCountCells(const ResultCounts &counts)
{
    return {counts.executions(), counts.passed,   counts.failed,
            counts.skipped,      counts.aborted,  counts.noResult,
            counts.other,        optionalNumber(counts.passRate())};
}

std::unique_ptr<ExportTable> testTrendTable(Workspace &workspace, const Filter &filter,
                                            const ExportViewOptions &options, QString *error)
{
    const TestTrend trend = queryTestTrend(workspace, filter, {options.bucket, options.zone});
    if (!trend.ok()) {
        *error = trend.error;
        return nullptr;
    }

    QList<ExportColumn> columns = {
        {QStringLiteral("bucket_start"), ExportColumnType::Timestamp},
        {QStringLiteral("bucket_end"), ExportColumnType::Timestamp},
    };
    columns += resultCountColumns();
    columns.append({QStringLiteral("average_duration_seconds"), ExportColumnType::Real});

    QList<QVariantList> rows;
    for (const TrendPoint &point : trend.points) {
        QVariantList row = {point.startMs, point.endMs};
        row += resultCountCells(point.counts);
        row.append(optionalNumber(point.averageDurationSeconds()));
        rows.append(row);
    }
    return std::make_unique<MemoryExportTable>(QLatin1String(ExportViewNames::TestTrend), columns,
                                               rows);
}

std::unique_ptr<ExportTable> testHistoryTable(Workspace &workspace, const Filter &filter,
                                              const ExportViewOptions &options, QString *error)
{
    const TestHistory history = queryTestHistory(workspace, filter);
    if (!history.ok()) {
        *error = history.error;
        return nullptr;
    }

    QList<ExportColumn> columns = {
        {QStringLiteral("connect_test_case_resource_arn"), ExportColumnType::Text},
        {QStringLiteral("connect_test_case_resource_name"), ExportColumnType::Text},
    };
    columns += resultCountColumns();
    columns += QList<ExportColumn>{
        {QStringLiteral("last_result"), ExportColumnType::Text},
        {QStringLiteral("last_start_timestamp"), ExportColumnType::Timestamp},
        {QStringLiteral("flaky"), ExportColumnType::Boolean},
        {QStringLiteral("new_failure"), ExportColumnType::Boolean},
        {QStringLiteral("fixed"), ExportColumnType::Boolean},
        {QStringLiteral("recent_results"), ExportColumnType::Text},
    };

    // recent_results lists the last runs' results, oldest first, as the
    // history grid shows them; a run without a result is "-".
    constexpr int RecentRuns = 10;
    QList<QVariantList> rows;
    for (const TestCaseHistory &testCase : history.testCases) {
        QStringList recent;
        for (qsizetype i = std::max<qsizetype>(0, testCase.runs.size() - RecentRuns);
             i < testCase.runs.size(); ++i) {
            const QString &result = testCase.runs.at(i).result;
            recent.append(result.isNull() ? QStringLiteral("-") : result);
        }
        QVariantList row = {testCase.arn, textValue(testCase.name)};
        row += resultCountCells(testCase.counts);
        row += QVariantList{textValue(testCase.lastResult()),
                            testCase.runs.isEmpty() ? QVariant()
                                                    : QVariant(testCase.runs.last().startMs),
                            testCase.isFlaky(options.flaky), testCase.isNewFailure(),
                            testCase.isFixed(), recent.join(QLatin1Char(' '))};
        rows.append(row);
    }
    return std::make_unique<MemoryExportTable>(QLatin1String(ExportViewNames::TestHistory),
                                               columns, rows);
}

QString shownValues(const QStringList &values)
{
    QStringList shown;
    for (const QString &value : values) {
        if (value.isNull())
            shown.append(QStringLiteral("NULL"));
        else if (value.isEmpty())
            shown.append(ExportText::tr("(empty)"));
        else
            shown.append(value);
    }
    return shown.join(QStringLiteral(", "));
}

QString shownText(const TextCondition &condition)
{
    return condition.match == TextMatch::Exact
               ? ExportText::tr("equals \"%1\"").arg(condition.text)
               : ExportText::tr("contains \"%1\"").arg(condition.text);
}

QString percentText(const std::optional<double> &rate)
{
    return rate ? QLocale().toString(*rate * 100.0, 'f', 1) + QStringLiteral(" %")
                : QStringLiteral("–");
}

} // namespace

QStringList exportViewNames()
{
    return {QLatin1String(ExportViewNames::FlowEvents),  QLatin1String(ExportViewNames::TestRuns),
            QLatin1String(ExportViewNames::FlowMetrics), QLatin1String(ExportViewNames::FlowMap),
            QLatin1String(ExportViewNames::Variants),    QLatin1String(ExportViewNames::TestTrend),
            QLatin1String(ExportViewNames::TestHistory)};
}

bool isExportView(const QString &view)
{
    return exportViewNames().contains(view);
}

QString exportViewTable(const QString &view)
{
    if (!isExportView(view))
        return {};
    if (view == QLatin1String(ExportViewNames::TestRuns) ||
        view == QLatin1String(ExportViewNames::TestTrend) ||
        view == QLatin1String(ExportViewNames::TestHistory))
        return QLatin1String(TableNames::TestCaseExecutionResults);
    return QLatin1String(TableNames::ContactFlowEvents);
}

QString exportViewTitle(const QString &view)
{
    if (view == QLatin1String(ExportViewNames::FlowEvents))
        return ExportText::tr("Flow events");
    if (view == QLatin1String(ExportViewNames::TestRuns))
        return ExportText::tr("Test runs");
    if (view == QLatin1String(ExportViewNames::FlowMetrics))
        return ExportText::tr("Flow metrics");
    if (view == QLatin1String(ExportViewNames::FlowMap))
        return ExportText::tr("Flow map");
    if (view == QLatin1String(ExportViewNames::Variants))
        return ExportText::tr("Variants");
    if (view == QLatin1String(ExportViewNames::TestTrend))
        return ExportText::tr("Test trend");
    if (view == QLatin1String(ExportViewNames::TestHistory))
        return ExportText::tr("Test history");
    return view;
}

bool isRowTableView(const QString &view)
{
    return view == QLatin1String(ExportViewNames::FlowEvents) ||
           view == QLatin1String(ExportViewNames::TestRuns);
}

std::unique_ptr<ExportTable> openExportTable(Workspace &workspace, const QString &view,
                                             const Filter &filter,
                                             const ExportViewOptions &options, QString *error,
                                             const AnalyticsProgressCallback &progress)
{
    if (isRowTableView(view))
        return openRowTable(workspace, view, filter, options.columns, error);
    if (view == QLatin1String(ExportViewNames::FlowMetrics))
        return flowMetricsTable(workspace, filter, error);
    if (view == QLatin1String(ExportViewNames::FlowMap))
        return flowMapTable(workspace, filter, error, progress);
    if (view == QLatin1String(ExportViewNames::Variants))
        return variantsTable(workspace, filter, options.maxVariants, error, progress);
    if (view == QLatin1String(ExportViewNames::TestTrend))
        return testTrendTable(workspace, filter, options, error);
    if (view == QLatin1String(ExportViewNames::TestHistory))
        return testHistoryTable(workspace, filter, options, error);

    *error = ExportText::tr("Unknown view '%1'. The views are: %2.")
                 .arg(view, exportViewNames().join(QStringLiteral(", ")));
    return nullptr;
}

QList<ExportKpi> exportViewKpis(Workspace &workspace, const QString &view, const Filter &filter)
{
    const QString table = exportViewTable(view);
    if (table == QLatin1String(TableNames::TestCaseExecutionResults)) {
        const TestKpis kpis = queryTestKpis(workspace, filter);
        if (!kpis.ok() || !kpis.hasPeriod)
            return {};
        const KpiValues &current = kpis.current;
        const std::optional<double> &duration = current.averageDurationSeconds;
        return {
            {ExportText::tr("Executions"), QLocale().toString(current.counts.executions())},
            {ExportText::tr("Pass rate"), percentText(current.counts.passRate())},
            {ExportText::tr("Failure rate"), percentText(current.counts.failureRate())},
            {ExportText::tr("Average duration"),
             duration ? ExportText::tr("%1 s").arg(QLocale().toString(*duration, 'f', 1))
                      : QStringLiteral("–")},
        };
    }
    if (table.isEmpty())
        return {};

    // Flow views: the events and distinct contacts the filter selects.
    const SqlCondition condition = filter.toSql(table);
    SqliteStatement statement(
        workspace.handle(),
        QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT contact_id), COUNT(DISTINCT "
                       "flow_resource_id) FROM contact_flow_events") +
            (condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition.whereSql));
    if (!statement.bind(condition.bindValues) || !statement.next())
        return {};
    return {
        {ExportText::tr("Flow events"), QLocale().toString(statement.integer(0))},
        {ExportText::tr("Contacts"), QLocale().toString(statement.integer(1))},
        {ExportText::tr("Flows"), QLocale().toString(statement.integer(2))},
    };
}

QList<QPair<QString, QString>> exportFilterFields(const Filter &filter, const QString &view,
                                                  const QTimeZone &zone)
{
    const QString table = exportViewTable(view);
    TimestampFormatter timestamps(zone);
    QList<QPair<QString, QString>> fields = {
        {ExportText::tr("View"), view},
        {ExportText::tr("Table"), table},
        {ExportText::tr("Time zone"), QString::fromUtf8(zone.id())},
        {ExportText::tr("From (inclusive)"),
         filter.fromMs ? timestamps.format(*filter.fromMs) : ExportText::tr("(open)")},
        {ExportText::tr("To (exclusive)"),
         filter.toMs ? timestamps.format(*filter.toMs) : ExportText::tr("(open)")},
    };
    const auto addValues = [&fields](const char *column, const QStringList &values) {
        if (!values.isEmpty())
            fields.append({QString::fromLatin1(column), shownValues(values)});
    };

    addValues("instance_id", filter.instances);
    if (table == QLatin1String(TableNames::ContactFlowEvents)) {
        addValues("channel", filter.channels);
        addValues("flow_type", filter.flowTypes);
        addValues("initiation_method", filter.initiationMethods);
        addValues("flow_resource_id", filter.flows);
        addValues("flow_outcome", filter.outcomes);
        addValues("next_queue_resource_id", filter.queues);
        if (!filter.contactId.isEmpty())
            fields.append({QStringLiteral("contact_id"), shownText(filter.contactId)});
        addValues("contact_id", filter.contacts);
        if (filter.createdByTestRun == TestRunOrigin::CreatedByTestRun)
            fields.append({ExportText::tr("Created by a test run"), ExportText::tr("only")});
        else if (filter.createdByTestRun == TestRunOrigin::NotCreatedByTestRun)
            fields.append({ExportText::tr("Created by a test run"), ExportText::tr("excluded")});
    } else if (table == QLatin1String(TableNames::TestCaseExecutionResults)) {
        if (!filter.testCase.isEmpty())
            fields.append({QStringLiteral("connect_test_case_resource_arn or _name"),
                           shownText(filter.testCase)});
        addValues("connect_test_case_result", filter.testResults);
        addValues("connect_test_case_status", filter.testStatuses);
        addValues("connect_test_case_type", filter.testTypes);
        addValues("connect_test_case_execution_method", filter.executionMethods);
        addValues("connect_test_case_execution_channel", filter.testChannels);
        addValues("connect_test_case_execution_channel_subtype", filter.testChannelSubtypes);
        addValues("connect_test_case_initiating_flow_id", filter.initiatingFlows);
        if (!filter.contactId.isEmpty())
            fields.append({ExportText::tr("Linked contact_id"), shownText(filter.contactId)});
        if (!filter.contacts.isEmpty())
            fields.append({ExportText::tr("Linked contact_id"), shownValues(filter.contacts)});
    }
    return fields;
}

QStringList exportViewColumns(Workspace &workspace, const QString &view)
{
    if (!isRowTableView(view))
        return {};
    return workspace.storedColumns(exportViewTable(view));
}

} // namespace Flowscope
